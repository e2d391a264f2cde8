/**
 * Validation of a task execution against the task it runs. Field errors are
 * messages keyed by field path, the shape of `ProviderError.body.errors`, in
 * the language of the dataset text passed in (pt-BR by default).
 */
import { interpolate } from '../core/i18n.ts';
import type * as z from 'zod/mini';
import { taskExecutionSchema, type TaskExecution } from '../core/records.ts';
import { isCalendarDate, isWeekendDay, type CalendarDate } from '../dates/calendar-date.ts';
import { toMinorUnits } from '../money/money.ts';
import type { DatasetTask } from './dataset.ts';
import { datasetTexts, type DatasetText } from './dataset-text.ts';

export type FieldErrors = Record<string, string>;

/** Parses `input` with `taskExecutionSchema`; returns the execution or its field errors. */
export function parseTaskExecution(
  input: unknown,
  text: DatasetText = datasetTexts['pt-BR'],
): { ok: true; execution: TaskExecution } | { ok: false; errors: FieldErrors } {
  // reportInput keeps the rejected value on each issue, so a missing value gets its own message.
  const result = taskExecutionSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, execution: result.data };
  return { ok: false, errors: schemaErrors(result.error, text) };
}

function schemaErrors(error: z.core.$ZodError, text: DatasetText): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || 'data';
    if (errors[path]) continue;
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    errors[path] = missing ? text.errors.required : text.errors.invalid;
  }
  return errors;
}

/** Facts about the customer that bound a task execution's values. */
export interface ExecutionLimits {
  /** The customer's outstanding balance in minor units; larger promise amounts are rejected. */
  outstandingMinor?: number;
  /** Returns the name of the holiday on a date, or undefined. A promise on a holiday is rejected. */
  holidayName?: (date: CalendarDate) => string | undefined;
}

/**
 * Checks that `task` is open, that the outcome is one of its event options,
 * that the outcome's required fields have values and its changed fields differ
 * from the task's values on record, and that the phone,
 * promise date and promise amount present are valid. A promise date must be
 * today or later, not on a Saturday or Sunday, and not on a holiday when
 * `limits.holidayName` is given. An amount must be above zero and at most the
 * outstanding balance when `limits` gives it. Returns the errors, empty when
 * the execution may run.
 */
export function checkTaskExecution(
  execution: TaskExecution,
  task: DatasetTask,
  today: CalendarDate,
  currency: string,
  limits: ExecutionLimits = {},
  text: DatasetText = datasetTexts['pt-BR'],
): FieldErrors {
  const messages = text.errors;
  if (task.status !== 'open') return { taskId: messages.taskNotOpen };
  const option = task.eventOptions.find((candidate) => candidate.id === execution.outcome);
  if (!option) return { outcome: messages.outcomeUnavailable };
  const outcome = { outcome: option.label };

  const errors: FieldErrors = {};
  for (const path of option.requiredFields) {
    if (isBlank(execution.values[path])) {
      errors[path] = interpolate(messages.requiredForOutcome, outcome);
    }
  }
  const { phone, promiseDate, promiseAmount } = execution.values;
  if (!errors.phone && !isBlank(phone) && normalizePhone(phone) === null) {
    errors.phone = messages.phoneInvalid;
  }
  for (const path of option.changedFields ?? []) {
    const value = execution.values[path];
    if (errors[path] || isBlank(value) || !sameAsRecord(path, value, task.values[path])) continue;
    errors[path] = interpolate(messages.changedForOutcome, outcome);
  }
  if (!errors.promiseDate && !isBlank(promiseDate)) {
    if (!isCalendarDate(promiseDate)) errors.promiseDate = messages.dateInvalid;
    else if (promiseDate < today) errors.promiseDate = messages.promiseBeforeToday;
    else if (isWeekendDay(promiseDate)) errors.promiseDate = messages.promiseOnWeekend;
    else {
      const holiday = limits.holidayName?.(promiseDate);
      if (holiday) errors.promiseDate = interpolate(messages.promiseOnHoliday, { holiday });
    }
  }
  if (!errors.promiseAmount && !isBlank(promiseAmount)) {
    const minor = amountInMinorUnits(promiseAmount, currency);
    if (minor === null || minor <= 0) errors.promiseAmount = messages.amountNotPositive;
    else if (limits.outstandingMinor !== undefined && minor > limits.outstandingMinor) {
      errors.promiseAmount = messages.amountAboveBalance;
    }
  }
  return errors;
}

/** Compares a value sent with the task's value on record; phone numbers compare in E.164. */
function sameAsRecord(path: string, value: unknown, current: unknown): boolean {
  if (isBlank(current)) return false;
  if (path === 'phone') return normalizePhone(value) === normalizePhone(current);
  return String(value).trim() === String(current).trim();
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** Returns an amount in minor units, or null when it is not a number or a decimal string. */
function amountInMinorUnits(value: unknown, currency: string): number | null {
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  try {
    return toMinorUnits(typeof value === 'string' ? value.trim() : value, currency);
  } catch {
    return null;
  }
}

/**
 * Normalizes a Brazilian phone number to E.164 (`+5511987654321`): 10 or 11
 * digits get the country code 55, 12 or 13 digits must start with 55.
 * Returns null for anything else.
 */
export function normalizePhone(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value);
  if (!/^[\d\s()+.-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (digits.length === 10 || digits.length === 11) return `+55${digits}`;
  if ((digits.length === 12 || digits.length === 13) && digits.startsWith('55'))
    return `+${digits}`;
  return null;
}
