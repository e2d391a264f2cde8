/**
 * Business-day arithmetic over a loaded {@link HolidayCalendar}: Saturdays,
 * Sundays and the calendar's holidays (its configured types plus company
 * days) are not business days. The synchronous functions never load
 * anything; {@link loadBusinessDays} loads the calendar first.
 */
import { addDays, isWeekendDay, type CalendarDate } from '../dates/calendar-date.ts';

export { isWeekendDay };
import {
  loadHolidayCalendar,
  type HolidayCalendar,
  type HolidayCalendarConfig,
} from './holiday-calendar.ts';

export {
  loadHolidayCalendar,
  nonWorkingHolidayTypes,
  type Holiday,
  type HolidayCalendar,
  type HolidayCalendarConfig,
  type HolidayType,
  type LibraryHolidayType,
} from './holiday-calendar.ts';

/**
 * Upper bound on the days a search walks before giving up. A year of
 * consecutive holidays only happens with a misconfigured calendar.
 */
const maxSearchDays = 366;

/** Returns whether `date` is neither a weekend day nor a holiday of `calendar`. */
export function isBusinessDay(date: CalendarDate, calendar: HolidayCalendar): boolean {
  return !isWeekendDay(date) && calendar.holidaysOn(date).length === 0;
}

/**
 * Returns the first business day strictly after `date`.
 * Throws RangeError when none comes within a year.
 */
export function nextBusinessDay(date: CalendarDate, calendar: HolidayCalendar): CalendarDate {
  return stepToBusinessDay(date, 1, calendar);
}

/**
 * Returns the last business day strictly before `date`.
 * Throws RangeError when none comes within a year.
 */
export function previousBusinessDay(date: CalendarDate, calendar: HolidayCalendar): CalendarDate {
  return stepToBusinessDay(date, -1, calendar);
}

/**
 * Moves `days` business days from `date`: forward when positive, backward
 * when negative. Zero returns `date` unchanged, even on a holiday. Throws
 * RangeError when `days` is not an integer.
 */
export function addBusinessDays(
  date: CalendarDate,
  days: number,
  calendar: HolidayCalendar,
): CalendarDate {
  if (!Number.isInteger(days)) {
    throw new RangeError(`Invalid business day count ${days}: expected an integer.`);
  }
  const step = days < 0 ? -1 : 1;
  let current = date;
  for (let moved = 0; moved < Math.abs(days); moved++) {
    current = stepToBusinessDay(current, step, calendar);
  }
  return current;
}

function stepToBusinessDay(
  date: CalendarDate,
  step: 1 | -1,
  calendar: HolidayCalendar,
): CalendarDate {
  let current = date;
  for (let walked = 0; walked < maxSearchDays; walked++) {
    current = addDays(current, step);
    if (isBusinessDay(current, calendar)) return current;
  }
  throw new RangeError(
    `No business day within ${maxSearchDays} days of ${date}: check the holiday calendar.`,
  );
}

/** Business-day functions bound to one loaded calendar. */
export interface BusinessDays {
  readonly calendar: HolidayCalendar;
  isBusinessDay(date: CalendarDate): boolean;
  nextBusinessDay(date: CalendarDate): CalendarDate;
  previousBusinessDay(date: CalendarDate): CalendarDate;
  addBusinessDays(date: CalendarDate, days: number): CalendarDate;
}

/**
 * Loads the holiday calendar of `config` (and date-holidays on first use) and
 * returns the business-day functions bound to it.
 */
export async function loadBusinessDays(config: HolidayCalendarConfig): Promise<BusinessDays> {
  const calendar = await loadHolidayCalendar(config);
  return {
    calendar,
    isBusinessDay: (date) => isBusinessDay(date, calendar),
    nextBusinessDay: (date) => nextBusinessDay(date, calendar),
    previousBusinessDay: (date) => previousBusinessDay(date, calendar),
    addBusinessDays: (date, days) => addBusinessDays(date, days, calendar),
  };
}
