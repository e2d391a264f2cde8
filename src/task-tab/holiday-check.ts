import type { CalendarDate } from '../dates/calendar-date.ts';
import { loadHolidayCalendar, type HolidayCalendar } from '../holidays/business-days.ts';
import type { Structure } from '../structure/schema.ts';

/** Returns the name of the holiday on a date, or undefined on a working day. */
export type HolidayLookup = (date: CalendarDate) => string | undefined;

const calendars = new WeakMap<object, Promise<HolidayCalendar | undefined>>();

/**
 * Loads the holiday calendar of the structure's `holidays` once per
 * configuration object. Resolves to undefined when the structure has no
 * holidays or the calendar fails to load (logged as a warning), so date
 * fields then reject weekends only.
 */
export async function holidayLookupFor(
  structure: Structure | undefined,
): Promise<HolidayLookup | undefined> {
  const config = structure?.holidays;
  if (!config) return undefined;
  let pending = calendars.get(config);
  if (!pending) {
    pending = loadHolidayCalendar(config).catch((error: unknown) => {
      console.warn(
        `task-tab: holiday calendar ${config.country}/${config.region ?? '-'} failed to load; ` +
          'promise dates are checked for weekends only.',
        error,
      );
      return undefined;
    });
    calendars.set(config, pending);
  }
  const calendar = await pending;
  if (!calendar) return undefined;
  return (date) => calendar.holidaysOn(date)[0]?.name;
}
