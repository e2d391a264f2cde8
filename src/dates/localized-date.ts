/**
 * Calendar dates shown in and read from a locale's notation, with the field
 * order that `Intl.DateTimeFormat` uses for that locale.
 */
import {
  parseCalendarDate,
  utcMidnight,
  isCalendarDate,
  toCalendarDate,
  daysInMonth,
  type CalendarDate,
} from './civil-date.ts';

/**
 * Length of a formatted calendar date. In pt-BR: "10/03/2024" (short),
 * "10 de mar. de 2024" (medium), "10 de março de 2024" (long).
 */
export type CalendarDateStyle = 'short' | 'medium' | 'long';

const styleOptions: Record<CalendarDateStyle, Intl.DateTimeFormatOptions> = {
  short: { year: 'numeric', month: '2-digit', day: '2-digit' },
  medium: { dateStyle: 'medium' },
  long: { dateStyle: 'long' },
};
const formatCache = new Map<string, Intl.DateTimeFormat>();
const fieldOrderCache = new Map<string, DateField[]>();

/** A numeric field of a calendar date. */
export type DateField = 'year' | 'month' | 'day';

/**
 * Formats a calendar date in `locale` ("10/03/2024" in pt-BR short,
 * "03/10/2024" in en-US short). The result does not depend on the browser's
 * time zone. Throws RangeError for an invalid date.
 */
export function formatCalendarDate(
  date: CalendarDate,
  locale: string,
  style: CalendarDateStyle = 'short',
): string {
  const { year, month, day } = parseCalendarDate(date);
  return dateFormat(locale, style).format(utcMidnight(year, month, day));
}

/**
 * Parses a date typed in `locale`'s field order ("10/03/2024" in pt-BR,
 * "03/10/2024" in en-US) or as `YYYY-MM-DD`, or returns null when the text
 * is not an existing date. Fields may be separated by "/", ".", "-" or
 * spaces. The year needs four digits, because two digits leave the century
 * open.
 */
export function parseLocalizedDate(text: string, locale: string): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const match = /^(\d{1,4})[\s./-]+(\d{1,4})[\s./-]+(\d{1,4})\.?$/.exec(trimmed);
  if (!match) return null;

  const values = new Map<DateField, string>();
  fieldOrder(locale).forEach((field, index) => values.set(field, match[index + 1]));
  const year = values.get('year') ?? '';
  const month = values.get('month') ?? '';
  const day = values.get('day') ?? '';
  if (year.length !== 4 || month.length > 2 || day.length > 2) return null;

  const [yearNumber, monthNumber, dayNumber] = [Number(year), Number(month), Number(day)];
  if (monthNumber < 1 || monthNumber > 12) return null;
  if (dayNumber < 1 || dayNumber > daysInMonth(yearNumber, monthNumber)) return null;
  return toCalendarDate(yearNumber, monthNumber, dayNumber);
}

/** Returns the order of the fields in `locale`'s numeric dates (pt-BR: day, month, year). */
export function dateFieldOrder(locale: string): DateField[] {
  return [...fieldOrder(locale)];
}

function fieldOrder(locale: string): DateField[] {
  let order = fieldOrderCache.get(locale);
  if (!order) {
    const parts = new Intl.DateTimeFormat(locale, {
      ...styleOptions.short,
      calendar: 'gregory',
      timeZone: 'UTC',
    }).formatToParts(0);
    order = parts
      .map((part) => part.type)
      .filter((type): type is DateField => type === 'year' || type === 'month' || type === 'day');
    fieldOrderCache.set(locale, order);
  }
  return order;
}

function dateFormat(locale: string, style: CalendarDateStyle): Intl.DateTimeFormat {
  const key = `${locale}\u0000${style}`;
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...styleOptions[style], timeZone: 'UTC' });
    formatCache.set(key, format);
  }
  return format;
}
