import { readPath } from '../core/path.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import type { Structure } from '../structure/schema.ts';
import { loadHolidayCalendar, type HolidayCalendar } from './business-days.ts';

/** Returns the name of the holiday on a date, or undefined on a working day. */
export type HolidayLookup = (date: CalendarDate) => string | undefined;

/** A structure's `holidays`, after validation. */
export type HolidayConfig = NonNullable<Structure['holidays']>;

const calendars = new Map<string, Promise<HolidayCalendar | undefined>>();
const warnedKeys = new Set<string>();

function loadOnce(
  config: HolidayConfig,
  language: string | undefined,
): Promise<HolidayCalendar | undefined> {
  const key = JSON.stringify([
    config.country,
    config.region,
    config.city,
    config.types,
    config.custom,
    language,
  ]);
  let pending = calendars.get(key);
  if (!pending) {
    pending = loadHolidayCalendar({ ...config, language }).catch((error: unknown) => {
      // Forgotten, so the next check tries again after a failed download. It warns once per calendar.
      calendars.delete(key);
      if (!warnedKeys.has(key)) {
        warnedKeys.add(key);
        console.warn(
          `crm-view360: holiday calendar ${config.country}/${config.region ?? '-'} failed to load.`,
          error,
        );
      }
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
 * Loads the holiday calendar for date checks: `config` (a structure's
 * `holidays`), with the customer's own region (read at `regionPath`) in place of
 * `region` when the customer has one. Falls back to the structure's region
 * when the customer's fails to load. Resolves to undefined when there are no
 * holidays or no calendar loads (logged as a warning), so date fields then
 * reject weekends only. Holiday names are in the language of `locale` where
 * the holiday data has them in it, else in the country's first language.
 */
export async function holidayLookupFor(
  config: HolidayConfig | undefined,
  customer?: unknown,
  locale?: string,
): Promise<HolidayLookup | undefined> {
  if (!config) return undefined;
  const language = locale?.split(/[-_]/)[0].toLowerCase() || undefined;
  const region = customerRegion(config, customer);
  let calendar =
    region && region !== config.region
      ? await loadOnce({ ...config, region, city: undefined }, language)
      : undefined;
  calendar ??= await loadOnce(config, language);
  if (!calendar) return undefined;
  const loaded = calendar;
  return (date) => loaded.holidaysOn(date)[0]?.name;
}
