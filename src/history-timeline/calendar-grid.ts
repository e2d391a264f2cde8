/**
 * Month-grid arithmetic for the calendar view, with no templates. Dates are
 * `YYYY-MM-DD` strings. date-fns finds the week edges on `TZDate`s pinned to
 * UTC, so the grid never depends on the browser's zone or its daylight saving jumps.
 */
import { endOfWeek, startOfWeek } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  endOfMonth,
  monthOf,
  type CalendarDate,
} from '../dates/calendar-date.ts';
import type { Weekday } from './week-start.ts';

export { weekStartOf, type Weekday } from './week-start.ts';

/** A month as `YYYY-MM`. */
export type MonthKey = string;

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const millisecondsPerDay = 86_400_000;

/** Returns whether `value` is a real month written `YYYY-MM`. */
export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && monthPattern.test(value);
}

function toUtcDate(date: CalendarDate): TZDate {
  const [year, month, day] = date.split('-').map(Number);
  return new TZDate(year, month - 1, day, 'UTC');
}

/** Writes the UTC day of `time` (epoch milliseconds) as `YYYY-MM-DD`. */
function utcCalendarDate(time: number): CalendarDate {
  const date = new Date(time);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * Builds the weeks shown for `month`: whole weeks from the one holding the
 * 1st to the one holding the last day, so a month spans 4 to 6 rows and
 * the first and last rows may hold days of the neighbouring months.
 */
export function monthGrid(month: MonthKey, weekStartsOn: Weekday): CalendarDate[][] {
  const first = toUtcDate(`${month}-01`);
  const last = toUtcDate(endOfMonth(month));
  const start = startOfWeek(first, { weekStartsOn }).getTime();
  const end = endOfWeek(last, { weekStartsOn }).getTime();
  // UTC days all last 24 hours, so stepping by a day's milliseconds lands on each midnight.
  const weeks: CalendarDate[][] = [];
  for (let time = start; time <= end; time += millisecondsPerDay) {
    if (weeks.length === 0 || weeks[weeks.length - 1].length === 7) weeks.push([]);
    weeks[weeks.length - 1].push(utcCalendarDate(time));
  }
  return weeks;
}

/** Returns the seven weekdays in grid column order. */
export function weekdayOrder(weekStartsOn: Weekday): Weekday[] {
  return Array.from({ length: 7 }, (_, index) => ((weekStartsOn + index) % 7) as Weekday);
}

/** Returns the month `months` after `month` (negative moves back). */
export function shiftMonth(month: MonthKey, months: number): MonthKey {
  return monthOf(addMonths(`${month}-01`, months));
}

/** Keys the calendar grid handles, following the WAI-ARIA date grid pattern. */
export type GridKey =
  'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/** Returns whether `key` is one the grid moves focus for. */
export function isGridKey(key: string): key is GridKey {
  return [
    'ArrowLeft',
    'ArrowRight',
    'ArrowUp',
    'ArrowDown',
    'PageUp',
    'PageDown',
    'Home',
    'End',
  ].includes(key);
}

/**
 * Returns the date focus moves to from `date` for `key`: a day left or right,
 * a week up or down, a month back or forward (the day clamped to the month's
 * end), or the start or end of the week.
 */
export function moveFocus(date: CalendarDate, key: GridKey, weekStartsOn: Weekday): CalendarDate {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'PageUp':
      return addMonths(date, -1);
    case 'PageDown':
      return addMonths(date, 1);
    case 'Home':
      return utcCalendarDate(startOfWeek(toUtcDate(date), { weekStartsOn }).getTime());
    case 'End':
      return utcCalendarDate(endOfWeek(toUtcDate(date), { weekStartsOn }).getTime());
  }
}

function utcNoon(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Returns one shared formatter per locale and options: creating one costs far more than using it. */
function utcFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${Object.entries(options).join(' ')}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** Formats a day with its weekday, such as "sexta-feira, 20 de novembro de 2027". */
export function formatDayLabel(date: CalendarDate, locale: string): string {
  return utcFormat(locale, { dateStyle: 'full' }).format(utcNoon(date));
}

/** Formats a month title, such as "dezembro de 2026". */
export function formatMonthTitle(month: MonthKey, locale: string): string {
  return utcFormat(locale, { month: 'long', year: 'numeric' }).format(utcNoon(`${month}-01`));
}

/** Returns the short and long name of each weekday in `order`. */
export function weekdayNames(
  locale: string,
  order: readonly Weekday[],
): { short: string; long: string }[] {
  const short = utcFormat(locale, { weekday: 'short' });
  const long = utcFormat(locale, { weekday: 'long' });
  // 2023-01-01 is a Sunday, so day 1 + weekday is that weekday.
  return order.map((weekday) => {
    const date = new Date(Date.UTC(2023, 0, 1 + weekday, 12));
    return { short: short.format(date), long: long.format(date) };
  });
}
