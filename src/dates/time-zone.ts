/**
 * Instants seen from a time zone: which calendar day it is there, and how a
 * moment reads on that zone's clock. Zones are IANA names such as
 * "America/Sao_Paulo". Intl throws a RangeError for an unknown name.
 */
import { isCalendarDate, type CalendarDate } from './civil-date.ts';

/** An instant as a Date or as ISO 8601 text with `Z` or an offset ("2027-02-10T01:30:00Z"). */
export type Instant = Date | string;

const isoInstantPattern =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const formatCache = new Map<string, Intl.DateTimeFormat>();

/**
 * Converts an instant to a Date. Text must be ISO 8601 with `Z` or an offset,
 * because a date-time without one names no single moment.
 * Throws RangeError naming the value otherwise.
 */
export function toInstant(instant: Instant): Date {
  const date = readInstant(instant);
  if (!date) {
    throw new RangeError(
      `Invalid instant ${describe(instant)}: ` +
        `expected a Date or ISO 8601 text with Z or an offset, such as "2027-02-10T01:30:00Z".`,
    );
  }
  return date;
}

/** Returns whether `value` is a valid Date or ISO 8601 instant text with `Z` or an offset. */
export function isInstant(value: unknown): value is Instant {
  return readInstant(value) !== null;
}

/** Returns the calendar date in `timeZone` at the instant `now` (from the app's clock). */
export function todayIn(timeZone: string, now: Date): CalendarDate {
  return toCalendarDateIn(now, timeZone);
}

/**
 * Returns the calendar date in `timeZone` at `instant`: 2027-02-10T01:30Z is
 * 2027-02-09 in America/Sao_Paulo. A calendar date given as `instant` is
 * returned unchanged. Throws RangeError for an invalid instant or zone.
 */
export function toCalendarDateIn(instant: Instant | CalendarDate, timeZone: string): CalendarDate {
  if (isCalendarDate(instant)) return instant;
  const parts = cachedFormat('en-US', timeZone, {
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(toInstant(instant));
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '';
  return `${field('year').padStart(4, '0')}-${field('month')}-${field('day')}`;
}

/**
 * Formats an instant as date and time on the clock of `timeZone`
 * ("09/02/2027, 22:30" in pt-BR). Throws RangeError for an invalid instant or zone.
 */
export function formatInstant(instant: Instant, locale: string, timeZone: string): string {
  return cachedFormat(locale, timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(toInstant(instant));
}

/**
 * Formats the time of day of an instant on the clock of `timeZone`
 * ("14:05" in pt-BR, "02:05 PM" in en-US). Throws RangeError for an invalid instant or zone.
 */
export function formatTime(instant: Instant, locale: string, timeZone: string): string {
  return cachedFormat(locale, timeZone, { hour: '2-digit', minute: '2-digit' }).format(
    toInstant(instant),
  );
}

function cachedFormat(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}\u0000${JSON.stringify(options)}`;
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatCache.set(key, format);
  }
  return format;
}

function readInstant(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  // Date.parse rolls 2027-02-30 over into March, so the date part is checked first.
  if (!isoInstantPattern.test(text) || !isCalendarDate(text.slice(0, 10))) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return 'Invalid Date';
  return Object.prototype.toString.call(value);
}
