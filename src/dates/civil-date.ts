/**
 * Arithmetic on calendar dates: `YYYY-MM-DD` strings naming a day on the civil
 * calendar, with no time and no zone (a due date, a birthday). Days are
 * counted between UTC midnights, which have no daylight saving jumps.
 */

/** A calendar date written `YYYY-MM-DD`, such as "2024-03-10". */
export type CalendarDate = string;

/** A calendar date split into numbers, with `month` from 1 to 12. */
export interface CalendarDateFields {
  year: number;
  month: number;
  day: number;
}

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const millisecondsPerDay = 86_400_000;

/** Returns whether `value` is a `YYYY-MM-DD` string naming a day that exists. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && readFields(value) !== null;
}

/**
 * Splits a calendar date into numbers.
 * Throws RangeError naming the value when it is not a valid `YYYY-MM-DD` date.
 */
export function parseCalendarDate(date: CalendarDate): CalendarDateFields {
  const fields = typeof date === 'string' ? readFields(date) : null;
  if (!fields) {
    throw new RangeError(
      `Invalid calendar date ${JSON.stringify(date)}: expected an existing date as YYYY-MM-DD.`,
    );
  }
  return fields;
}

/**
 * Writes numbers as a calendar date, normalizing overflow the way `Date.UTC`
 * does (month 13 is January of the next year, day 0 the last day of the
 * previous month). Throws RangeError when the year leaves 0000 to 9999.
 */
export function toCalendarDate(year: number, month: number, day: number): CalendarDate {
  return fromUtcTime(utcMidnight(year, month, day));
}

/** Returns the number of days in `month` (1 to 12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
}

/** Adds `days` (an integer, may be negative) to a calendar date. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  assertInteger(days, 'days');
  const { year, month, day } = parseCalendarDate(date);
  return toCalendarDate(year, month, day + days);
}

/**
 * Adds `months` (an integer, may be negative) to a calendar date. The day is
 * clamped to the end of the target month: 2025-01-31 plus one month is 2025-02-28.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  assertInteger(months, 'months');
  const { year, month, day } = parseCalendarDate(date);
  const first = parseCalendarDate(toCalendarDate(year, month + months, 1));
  return toCalendarDate(
    first.year,
    first.month,
    Math.min(day, daysInMonth(first.year, first.month)),
  );
}

/** Returns `to` minus `from` in calendar days: negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const start = parseCalendarDate(from);
  const end = parseCalendarDate(to);
  const difference =
    utcMidnight(end.year, end.month, end.day) - utcMidnight(start.year, start.month, start.day);
  return Math.round(difference / millisecondsPerDay);
}

/** Returns the weekday of a calendar date: 0 is Sunday and 6 is Saturday, as in `getUTCDay`. */
export function dayOfWeek(date: CalendarDate): number {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(utcMidnight(year, month, day)).getUTCDay();
}

/** Compares two calendar dates for sorting: negative, zero or positive. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return daysBetween(b, a);
}

/** Returns the month of a calendar date as `YYYY-MM`. */
export function monthOf(date: CalendarDate): string {
  parseCalendarDate(date);
  return date.slice(0, 7);
}

/**
 * Returns the first day of a `YYYY-MM` month.
 * Throws RangeError naming the value when it is not a `YYYY-MM` month.
 */
export function startOfMonth(month: string): CalendarDate {
  if (typeof month !== 'string' || !monthPattern.test(month)) {
    throw new RangeError(`Invalid month ${JSON.stringify(month)}: expected YYYY-MM.`);
  }
  return `${month}-01`;
}

/** Returns the last day of a `YYYY-MM` month. */
export function endOfMonth(month: string): CalendarDate {
  const { year, month: monthNumber } = parseCalendarDate(startOfMonth(month));
  return toCalendarDate(year, monthNumber, daysInMonth(year, monthNumber));
}

/**
 * Returns the epoch milliseconds of UTC midnight on a civil date. Unlike
 * `Date.UTC`, it keeps years 0 to 99 instead of mapping them to 1900 to 1999.
 */
export function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function fromUtcTime(time: number): CalendarDate {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) {
    throw new RangeError(`Calendar date out of range: year ${year} is outside 0000 to 9999.`);
  }
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

function readFields(value: string): CalendarDateFields | null {
  const match = calendarDatePattern.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function assertInteger(value: number, name: string): void {
  if (!Number.isInteger(value)) {
    throw new RangeError(`Invalid ${name} ${String(value)}: expected an integer.`);
  }
}

/** Returns whether `date` falls on a Saturday or Sunday, read in UTC so no zone shifts it. */
export function isWeekendDay(date: CalendarDate): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}
