import * as z from 'zod/mini';
import type { EventOption, Task, TaskField } from '../core/records.ts';
import { formatPhone } from '../format/phone.ts';
import { formatMoney, fromMinorUnits, parseLocalizedMoney } from '../money/money.ts';
import {
  formatCalendarDate,
  isCalendarDate,
  isWeekendDay,
  parseLocalizedDate,
  type CalendarDate,
} from '../dates/calendar-date.ts';
import { parseLocalizedNumber, type FormValue, type FormValues } from './form-model.ts';
import type { FieldIssueCode } from './messages.ts';

/** Key of the outcome's issue in {@link ValidationFailure.issues}. */
export const outcomeIssueKey = 'outcome';

/** One problem of one field: a message code and the values its message reads. */
export interface FieldIssue {
  code: FieldIssueCode;
  values: Record<string, string>;
}

export interface ValidationContext {
  locale: string;
  currency: string;
  /** Today in the structure's time zone, from the injected clock. */
  today: CalendarDate;
  /** Outstanding balance in minor units; amounts above it are rejected. */
  maxAmountMinor?: number;
  /**
   * Name of the holiday on a date, for date fields. Without it only
   * Saturdays and Sundays are rejected.
   */
  holidayName?: (date: CalendarDate) => string | undefined;
}

export interface ValidationSuccess {
  ok: true;
  /** Values to send: trimmed text, numbers, amounts as decimal strings, dates as YYYY-MM-DD. */
  values: Record<string, unknown>;
}

export interface ValidationFailure {
  ok: false;
  /** The first issue of each invalid field, by field path (and {@link outcomeIssueKey}). */
  issues: Record<string, FieldIssue>;
}

/** Schema of one field, from its form value to the value sent (undefined when left out). */
type FieldSchema = z.ZodMiniType<unknown, FormValue>;

/** The parse state a check or transform receives. Field checks add their issues to it. */
type ParseContext = z.core.ParsePayload;

/**
 * Validates a task execution. The chosen outcome must be one of
 * `task.eventOptions`, and a field is required when it has `required: true`
 * or the outcome lists it in `requiredFields`. Empty optional fields are
 * left out of the values.
 *
 * Date fields schedule something (a promise, a call back), so a date must be
 * today or later and a business day. Currency fields are amounts the customer
 * commits to pay, so they must be greater than zero and at most the
 * outstanding balance.
 */
export function validateExecution(
  task: Task,
  outcomeId: string | undefined,
  values: FormValues,
  context: ValidationContext,
): ValidationSuccess | ValidationFailure {
  const issues: Record<string, FieldIssue> = {};
  const outcome = findOutcome(task.eventOptions, outcomeId);
  if (!outcomeId) issues[outcomeIssueKey] = { code: 'outcomeRequired', values: {} };
  else if (!outcome) issues[outcomeIssueKey] = { code: 'unknownOutcome', values: {} };

  const required = new Set(outcome?.requiredFields ?? []);
  const changed = new Set(outcome?.changedFields ?? []);
  const output: Record<string, unknown> = {};
  for (const field of task.fields) {
    const raw = Object.hasOwn(values, field.path) ? values[field.path] : undefined;
    const schema = fieldSchema(field, field.required === true || required.has(field.path), context);
    const result = schema.safeParse(raw ?? (field.type === 'boolean' ? false : ''));
    if (!result.success) {
      issues[field.path] = toFieldIssue(result.error, field);
      continue;
    }
    const current = task.values?.[field.path];
    if (
      changed.has(field.path) &&
      result.data !== undefined &&
      sameValue(field, result.data, current)
    ) {
      issues[field.path] = {
        code: 'unchangedValue',
        values: {
          field: field.label,
          current: field.type === 'phone' ? formatPhone(String(current)) : String(current),
        },
      };
    } else if (result.data !== undefined) {
      output[field.path] = result.data;
    }
  }
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  return { ok: true, values: output };
}

/**
 * Compares a parsed form value with the value on record. Phone numbers match
 * by digits, and a number without its country code (1 to 3 digits) matches the
 * same number with it, so "(11) 98765-4321" equals "+5511987654321".
 */
export function sameValue(field: TaskField, value: unknown, current: unknown): boolean {
  if (current === undefined || current === null) return false;
  if (field.type !== 'phone') return String(value).trim() === String(current).trim();
  const typed = String(value).replace(/\D/g, '');
  const recorded = String(current).replace(/\D/g, '');
  const [shorter, longer] = typed.length <= recorded.length ? [typed, recorded] : [recorded, typed];
  return longer.endsWith(shorter) && shorter.length >= 10 && longer.length - shorter.length <= 3;
}

function findOutcome(options: EventOption[], id: string | undefined): EventOption | undefined {
  return id === undefined ? undefined : options.find((option) => option.id === id);
}

/** Builds the zod schema of one field: form input in, the value to send (or undefined) out. */
export function fieldSchema(
  field: TaskField,
  required: boolean,
  context: ValidationContext,
): FieldSchema {
  if (field.type === 'boolean') {
    return z.boolean().check(
      z.superRefine((checked: boolean, ctx) => {
        if (required && !checked) fail(ctx, 'mustBeChecked');
      }),
    );
  }
  return z.pipe(
    z.string(),
    z.transform((input: string, ctx) => {
      const text = input.trim();
      if (text === '') {
        if (required) fail(ctx, 'required');
        return undefined;
      }
      return parseByType(field, text, ctx, context);
    }),
  );
}

function parseByType(
  field: TaskField,
  text: string,
  ctx: ParseContext,
  context: ValidationContext,
): unknown {
  switch (field.type) {
    case 'number':
      return parseNumber(text, ctx, context);
    case 'currency':
      return parseAmount(text, ctx, context);
    case 'date':
      return parseDate(text, ctx, context);
    case 'select':
      return parseOption(field, text, ctx);
    case 'email':
      return parseEmail(text, ctx);
    case 'phone':
      return parsePhone(text, ctx);
    default:
      return text;
  }
}

function parseNumber(text: string, ctx: ParseContext, context: ValidationContext): unknown {
  const number = parseLocalizedNumber(text, context.locale);
  if (number === null) return fail(ctx, 'invalidNumber');
  return number;
}

function parseAmount(text: string, ctx: ParseContext, context: ValidationContext): unknown {
  const minor = parseLocalizedMoney(text, context.locale, context.currency);
  if (minor === null) return fail(ctx, 'invalidAmount');
  if (minor <= 0) return fail(ctx, 'amountNotPositive');
  if (context.maxAmountMinor !== undefined && minor > context.maxAmountMinor) {
    return fail(ctx, 'amountAboveBalance', {
      total: formatMoney(context.maxAmountMinor, context.locale, context.currency),
    });
  }
  return fromMinorUnits(minor, context.currency);
}

function parseDate(text: string, ctx: ParseContext, context: ValidationContext): unknown {
  const date = isCalendarDate(text) ? text : parseLocalizedDate(text, context.locale);
  if (date === null) return fail(ctx, 'invalidDate');
  const localDate = formatCalendarDate(date, context.locale);
  if (date < context.today) {
    return fail(ctx, 'dateInPast', { today: formatCalendarDate(context.today, context.locale) });
  }
  if (isWeekendDay(date)) return fail(ctx, 'dateOnWeekend', { date: localDate });
  const holiday = context.holidayName?.(date);
  if (holiday) return fail(ctx, 'dateOnHoliday', { date: localDate, holiday });
  return date;
}

/** Saturday and Sunday check, kept under this name for the task tab's callers. */
export { isWeekendDay as isWeekend };

function parseOption(field: TaskField, text: string, ctx: ParseContext): unknown {
  const known = (field.options ?? []).some((option) => option.value === text);
  return known ? text : fail(ctx, 'invalidOption');
}

const emailSchema = z.email();

function parseEmail(text: string, ctx: ParseContext): unknown {
  return emailSchema.safeParse(text).success ? text : fail(ctx, 'invalidEmail');
}

/**
 * Accepts digits with the usual separators and an optional leading "+".
 * Brazilian numbers have 10 or 11 digits with the area code, 12 or 13 with
 * the country code; 15 is the E.164 maximum.
 */
function parsePhone(text: string, ctx: ParseContext): unknown {
  if (!/^\+?[\d\s().-]+$/.test(text)) return fail(ctx, 'invalidPhone');
  const digits = text.replace(/\D/g, '');
  if (digits.length < 10 || digits.length > 15) return fail(ctx, 'invalidPhone');
  return text.startsWith('+') ? `+${digits}` : digits;
}

/**
 * Adds a custom issue carrying the message code and its values, and returns
 * z.NEVER. zod/mini transforms have no `addIssue`, so the issue goes to the
 * context's list directly, which zod completes when the parse ends.
 */
function fail(
  ctx: ParseContext,
  code: FieldIssueCode,
  values: Record<string, string> = {},
): typeof z.NEVER {
  ctx.issues.push({ code: 'custom', message: code, params: { code, values }, input: ctx.value });
  return z.NEVER;
}

function toFieldIssue(error: z.core.$ZodError, field: TaskField): FieldIssue {
  const params = (
    error.issues[0] as { params?: { code?: FieldIssueCode; values?: Record<string, string> } }
  ).params;
  // A value of the wrong type (not text, not a boolean) reaches zod's own checks.
  const code = params?.code ?? (field.type === 'boolean' ? 'mustBeChecked' : 'required');
  return { code, values: { field: field.label, ...params?.values } };
}
