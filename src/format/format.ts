/**
 * Display text for record fields, by `FieldFormat`. A missing value shows as
 * `missingValue`, and a value of the wrong type for its format (the text
 * "abc" in a currency field) shows as its own text instead of throwing.
 */
import type { FieldFormat } from '../structure/schema.ts';
import { formatMoney, toMinorUnits } from '../money/money.ts';
import { isCalendarDate, type CalendarDate } from '../dates/civil-date.ts';
import { formatCalendarDate } from '../dates/localized-date.ts';
import { formatInstant, isInstant, toCalendarDateIn } from '../dates/time-zone.ts';
import { formatCnpj, formatCpf } from './documents.ts';
import { formatPhone } from './phone.ts';

export { formatCnpj, formatCpf } from './documents.ts';
export { formatPhone } from './phone.ts';
export { safeUrl } from './url.ts';

/** Text shown for a missing value (an em dash). */
export const missingValue = '—';

/** Label and colour of one `enum` value, as the structure defines them. */
export interface EnumOption {
  label: string;
  color?: string;
}

/** Locale, currency and zone a value is shown in, plus the labels of an `enum` field. */
export interface FormatValueOptions {
  locale: string;
  /** ISO 4217 code for `currency` fields. */
  currency: string;
  /** IANA zone in which `date` and `datetime` fields show instants. */
  timeZone: string;
  /** For `enum`: raw value (as a string) to label and colour. */
  options?: Record<string, EnumOption>;
}

/**
 * Returns whether `value` counts as missing: undefined, null, NaN, or a
 * string that is empty or only whitespace (it would show as a blank cell).
 */
export function isMissing(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  return value === undefined || value === null || Number.isNaN(value);
}

/**
 * Formats one field value as display text. `format` defaults to `text`.
 * Returns `missingValue` for a missing value, an invalid Date and any other
 * object (a path that points at an object is a structure mistake, and
 * "[object Object]" or raw JSON would mean nothing to an agent).
 *
 * - `number`: Intl number; decimal strings are formatted exactly.
 * - `currency`: an amount in major units (number or decimal string) in
 *   `currency`, through `toMinorUnits` and `formatMoney`.
 * - `percent`: a ratio, so 0.25 is "25%", with at most one fraction digit.
 * - `date`: a `YYYY-MM-DD` date as is, or an instant's date in `timeZone`.
 * - `datetime`: an instant's date and time in `timeZone`. A calendar date
 *   alone shows only the date.
 * - `boolean`: true/false or "true"/"false" as Sim/Não (Portuguese), Sí/No (Spanish) or Yes/No.
 * - `enum`: the option's label, else the raw value.
 * - `phone`, `cpf`, `cnpj`: Brazilian punctuation when the shape fits.
 * - `score`: an integer from 0 to 1000 without digit grouping.
 * - `text`, `email`, `url`: the text as given. A link is the element's
 *   choice, through `safeUrl`.
 *
 * A value that does not fit its format, or an invalid locale, currency or
 * zone, shows the value as its own text.
 */
export function formatValue(
  value: unknown,
  format: FieldFormat | undefined,
  options: FormatValueOptions,
): string {
  if (isMissing(value)) return missingValue;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return missingValue;
  } else if (
    typeof value === 'object' ||
    typeof value === 'function' ||
    typeof value === 'symbol'
  ) {
    return missingValue;
  }
  const text = value instanceof Date ? value.toISOString() : String(value);
  try {
    return formatKnownValue(value as Primitive | Date, text, format ?? 'text', options) ?? text;
  } catch (error) {
    // Intl throws RangeError or TypeError for an invalid locale, currency or zone.
    if (error instanceof RangeError || error instanceof TypeError) return text;
    throw error;
  }
}

/** Returns the option's colour for an `enum` value, or undefined. */
export function enumColor(
  value: unknown,
  options: Record<string, EnumOption> | undefined,
): string | undefined {
  return enumOption(value, options)?.color;
}

type Primitive = string | number | boolean | bigint;

/** Returns the formatted text, or undefined when the value does not fit the format. */
function formatKnownValue(
  value: Primitive | Date,
  text: string,
  format: FieldFormat,
  { locale, currency, timeZone, options }: FormatValueOptions,
): string | undefined {
  switch (format) {
    case 'number':
      return formatNumber(value, locale, {});
    case 'percent':
      return formatNumber(value, locale, { style: 'percent', maximumFractionDigits: 1 });
    case 'currency':
      return formatCurrency(value, locale, currency);
    case 'date':
      return formatDate(value, locale, timeZone);
    case 'datetime':
      if (isCalendarDate(value)) return formatCalendarDate(value, locale);
      return isInstant(value) ? formatInstant(value, locale, timeZone) : undefined;
    case 'boolean':
      return formatBoolean(value, locale);
    case 'enum':
      return enumOption(value, options)?.label;
    case 'phone':
      return typeof value === 'string' || typeof value === 'number'
        ? formatPhone(value)
        : undefined;
    case 'cpf':
      return typeof value === 'string' || typeof value === 'number' ? formatCpf(value) : undefined;
    case 'cnpj':
      return typeof value === 'string' || typeof value === 'number' ? formatCnpj(value) : undefined;
    case 'score':
      return formatScore(value);
    default:
      return text;
  }
}

const decimalTextPattern = /^\s*[+-]?\d+(\.\d+)?\s*$/;

function formatNumber(
  value: Primitive | Date,
  locale: string,
  options: Intl.NumberFormatOptions,
): string | undefined {
  let number: number | bigint | `${number}`;
  if (typeof value === 'number' || typeof value === 'bigint') number = value;
  // Intl.NumberFormat formats a decimal string exactly, without a float step.
  else if (typeof value === 'string' && decimalTextPattern.test(value))
    number = value.trim() as `${number}`;
  else return undefined;
  if (typeof number === 'number' && !Number.isFinite(number)) return undefined;
  return numberFormat(locale, options).format(number);
}

const numberFormatCache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = numberFormatCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormatCache.set(key, format);
  }
  return format;
}

function formatCurrency(
  value: Primitive | Date,
  locale: string,
  currency: string,
): string | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  return formatMoney(toMinorUnits(value, currency), locale, currency);
}

function formatDate(value: Primitive | Date, locale: string, timeZone: string): string | undefined {
  let date: CalendarDate | undefined;
  if (isCalendarDate(value)) date = value;
  else if (isInstant(value)) date = toCalendarDateIn(value, timeZone);
  return date === undefined ? undefined : formatCalendarDate(date, locale);
}

const booleanLabels = {
  pt: { true: 'Sim', false: 'Não' },
  en: { true: 'Yes', false: 'No' },
  es: { true: 'Sí', false: 'No' },
};

function formatBoolean(value: Primitive | Date, locale: string): string | undefined {
  let flag: boolean | undefined;
  if (typeof value === 'boolean') flag = value;
  else if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
    flag = value.trim().toLowerCase() === 'true';
  }
  if (flag === undefined) return undefined;
  const labels = locale.toLowerCase().startsWith('pt') ? booleanLabels.pt : booleanLabels.en;
  return flag ? labels.true : labels.false;
}

function formatScore(value: Primitive | Date): string | undefined {
  const score = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 1000) {
    return undefined;
  }
  return String(score);
}

function enumOption(
  value: unknown,
  options: Record<string, EnumOption> | undefined,
): EnumOption | undefined {
  if (!options || isMissing(value)) return undefined;
  const key = String(value);
  return Object.prototype.hasOwnProperty.call(options, key) ? options[key] : undefined;
}
