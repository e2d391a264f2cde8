/**
 * Month-grid arithmetic for the calendar view, with no templates. Dates are
 * `YYYY-MM-DD` strings; date-fns runs on `TZDate`s pinned to UTC, so the grid
 * never depends on the browser's zone or its daylight saving jumps.
 */
import {
  addDays as addDaysToDate,
  addMonths as addMonthsToDate,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  startOfMonth,
  startOfWeek,
  type Locale,
} from 'date-fns';
import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { pt } from 'date-fns/locale/pt';
import { ptBR } from 'date-fns/locale/pt-BR';
import { TZDate } from '@date-fns/tz';
import type { CalendarDate } from '../dates/calendar-date.ts';

/** Day of the week as date-fns numbers it: 0 is Sunday, 6 is Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A month as `YYYY-MM`. */
export type MonthKey = string;

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** date-fns locales whose `weekStartsOn` the grid reads, by BCP 47 tag. */
const dateFnsLocales: Record<string, Locale> = {
  'pt-BR': ptBR,
  pt,
  'en-US': enUS,
  en: enUS,
  'en-GB': enGB,
  de,
  es,
  fr,
};

/**
 * Returns the first day of the week for `locale`, from the matching date-fns
 * locale's `options.weekStartsOn` (exact tag, then language). Locales without
 * one here fall back to Sunday.
 */
export function weekStartOf(locale: string): Weekday {
  const language = locale.split('-')[0];
  const match = dateFnsLocales[locale] ?? dateFnsLocales[language];
  return (match?.options?.weekStartsOn ?? 0) as Weekday;
}

/** Returns whether `value` is a real month written `YYYY-MM`. */
export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && monthPattern.test(value);
}

function toUtcDate(date: CalendarDate): TZDate {
  const [year, month, day] = date.split('-').map(Number);
  return new TZDate(year, month - 1, day, 'UTC');
}

function toCalendarDate(date: Date): CalendarDate {
  return format(date, 'yyyy-MM-dd');
}

/**
 * Builds the weeks shown for `month`: whole weeks from the one holding the
 * 1st to the one holding the last day, so a month spans 4 to 6 rows and
 * the first and last rows may hold days of the neighbouring months.
 */
export function monthGrid(month: MonthKey, weekStartsOn: Weekday): CalendarDate[][] {
  const first = toUtcDate(`${month}-01`);
  const days = eachDayOfInterval({
    start: startOfWeek(startOfMonth(first), { weekStartsOn }),
    end: endOfWeek(endOfMonth(first), { weekStartsOn }),
  }).map(toCalendarDate);
  const weeks: CalendarDate[][] = [];
  for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7));
  return weeks;
}

/** Returns the seven weekdays in grid column order. */
export function weekdayOrder(weekStartsOn: Weekday): Weekday[] {
  return Array.from({ length: 7 }, (_, index) => ((weekStartsOn + index) % 7) as Weekday);
}

/** Returns the month `months` after `month` (negative moves back). */
export function shiftMonth(month: MonthKey, months: number): MonthKey {
  return format(addMonthsToDate(toUtcDate(`${month}-01`), months), 'yyyy-MM');
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
  const current = toUtcDate(date);
  switch (key) {
    case 'ArrowLeft':
      return toCalendarDate(addDaysToDate(current, -1));
    case 'ArrowRight':
      return toCalendarDate(addDaysToDate(current, 1));
    case 'ArrowUp':
      return toCalendarDate(addDaysToDate(current, -7));
    case 'ArrowDown':
      return toCalendarDate(addDaysToDate(current, 7));
    case 'PageUp':
      return toCalendarDate(addMonthsToDate(current, -1));
    case 'PageDown':
      return toCalendarDate(addMonthsToDate(current, 1));
    case 'Home':
      return toCalendarDate(startOfWeek(current, { weekStartsOn }));
    case 'End':
      return toCalendarDate(endOfWeek(current, { weekStartsOn }));
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
