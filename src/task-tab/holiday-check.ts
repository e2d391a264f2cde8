import { readPath } from '../core/path.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import { loadHolidayCalendar, type HolidayCalendar } from '../holidays/business-days.ts';
import type { Structure } from '../structure/schema.ts';

/** Returns the name of the holiday on a date, or undefined on a working day. */
export type HolidayLookup = (date: CalendarDate) => string | undefined;

type HolidayConfig = NonNullable<Structure['holidays']>;

const calendars = new Map<string, Promise<HolidayCalendar | undefined>>();

function loadOnce(config: HolidayConfig): Promise<HolidayCalendar | undefined> {
  const key = JSON.stringify([
    config.country,
    config.region,
    config.city,
    config.types,
    config.custom,
  ]);
  let pending = calendars.get(key);
  if (!pending) {
    pending = loadHolidayCalendar(config).catch((error: unknown) => {
      console.warn(
        `task-tab: holiday calendar ${config.country}/${config.region ?? '-'} failed to load.`,
        error,
      );
      return undefined;
    });
    calendars.set(key, pending);
  }
  return pending;
}

/** Reads the customer's region code at `holidays.regionPath`, when it looks like one. */
function customerRegion(config: HolidayConfig, customer: unknown): string | undefined {
  if (!config.regionPath) return undefined;
  const region = readPath(customer, config.regionPath);
  return typeof region === 'string' && /^[A-Z0-9]{1,3}$/.test(region) ? region : undefined;
}

/**
 * Loads the holiday calendar for date checks: the structure's `holidays`,
 * with the customer's own region (read at `holidays.regionPath`) in place of
 * `region` when the customer has one. Falls back to the structure's region
 * when the customer's fails to load. Resolves to undefined when there are no
 * holidays or no calendar loads (logged as a warning), so date fields then
 * reject weekends only.
 */
export async function holidayLookupFor(
  structure: Structure | undefined,
  customer?: unknown,
): Promise<HolidayLookup | undefined> {
  const config = structure?.holidays;
  if (!config) return undefined;
  const region = customerRegion(config, customer);
  let calendar =
    region && region !== config.region
      ? await loadOnce({ ...config, region, city: undefined })
      : undefined;
  calendar ??= await loadOnce(config);
  if (!calendar) return undefined;
  const loaded = calendar;
  return (date) => loaded.holidaysOn(date)[0]?.name;
}
