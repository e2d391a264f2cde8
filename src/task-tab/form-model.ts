import type { Task, TaskField } from '../core/records.ts';
import { currencyFractionDigits, fromMinorUnits, toMinorUnits } from '../money/money.ts';
import { formatCalendarDate, isCalendarDate } from '../dates/calendar-date.ts';

/** Value of one form field: the typed text for inputs, a boolean for checkboxes. */
export type FormValue = string | boolean;

/** Form state by field path. */
export type FormValues = Record<string, FormValue>;

/**
 * Builds the form's initial values from `task.values`, written the way the
 * agent would type them in `locale`: amounts as "1.234,56", dates as
 * "10/03/2024" in pt-BR. Fields without a usable value start empty.
 */
export function initialFormValues(task: Task, locale: string, currency: string): FormValues {
  const values: FormValues = {};
  for (const field of task.fields) {
    const stored =
      task.values && Object.hasOwn(task.values, field.path) ? task.values[field.path] : undefined;
    values[field.path] = toFormValue(field, stored, locale, currency);
  }
  return values;
}

function toFormValue(
  field: TaskField,
  stored: unknown,
  locale: string,
  currency: string,
): FormValue {
  if (field.type === 'boolean') return stored === true;
  if (stored === undefined || stored === null) return '';
  switch (field.type) {
    case 'currency':
      return typeof stored === 'number' || typeof stored === 'string'
        ? moneyInputText(stored, locale, currency)
        : '';
    case 'number':
      return typeof stored === 'number' && Number.isFinite(stored)
        ? new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(stored)
        : String(stored);
    case 'date':
      return typeof stored === 'string' && isCalendarDate(stored)
        ? formatCalendarDate(stored, locale)
        : String(stored);
    default:
      return typeof stored === 'object' ? '' : String(stored);
  }
}

/** Writes an amount in major units as input text without the currency symbol ("1.234,56" in pt-BR). */
export function moneyInputText(amount: number | string, locale: string, currency: string): string {
  let minor: number;
  try {
    minor = toMinorUnits(amount, currency);
  } catch {
    return String(amount);
  }
  const digits = currencyFractionDigits(currency);
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl formats a decimal string exactly, so no float rounding happens here.
  return format.format(fromMinorUnits(minor, currency) as unknown as number);
}

/**
 * Parses a number typed in `locale` ("1.234,5" in pt-BR, "1,234.5" in en),
 * or returns null. Group separators are optional; anything else but digits,
 * one decimal separator and a leading minus sign is rejected.
 */
export function parseLocalizedNumber(text: string, locale: string): number | null {
  const parts = new Intl.NumberFormat(locale).formatToParts(-12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const compact = text.trim().replace(/\s/g, '');
  // Some locales group with a narrow no-break space, which \s above already removed.
  const withoutGroups = group.trim() ? compact.split(group).join('') : compact;
  const normalized = withoutGroups.replace(decimal, '.').replace(/^\u2212/, '-');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

/**
 * Date pattern of `locale` for hints, built from Intl's field order with the
 * given letters: "dd/mm/aaaa" in pt-BR, "mm/dd/yyyy" in en-US.
 */
export function datePattern(
  locale: string,
  letters: { day: string; month: string; year: string },
): string {
  const parts = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2024, 2, 10)));
  return parts
    .map((part) => {
      if (part.type === 'day') return letters.day;
      if (part.type === 'month') return letters.month;
      if (part.type === 'year') return letters.year;
      return part.value;
    })
    .join('');
}
