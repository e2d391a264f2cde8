import { isCalendarDate, type CalendarDate } from '../dates/calendar-date.ts';
import type { CustomHoliday, holidayTypes } from '../structure/schema.ts';
import { holidaysFor, libraryDaysOf, type LibraryDay } from './library.ts';

/** A holiday type of date-holidays. */
export type LibraryHolidayType = (typeof holidayTypes)[number];

/** A holiday's type: one of date-holidays' types, or `company` for the structure's own days. */
export type HolidayType = LibraryHolidayType | 'company';

/** One holiday on one calendar day. A multi-day holiday yields one per day. */
export interface Holiday {
  date: CalendarDate;
  name: string;
  type: HolidayType;
  source: 'library' | 'custom';
}

/** Holidays of one place, returned synchronously once loaded. */
export interface HolidayCalendar {
  /** The library types the calendar includes; `company` days are always included. */
  readonly types: readonly LibraryHolidayType[];
  /** Every holiday on `date`, library ones first, in the library's order. */
  holidaysOn(date: CalendarDate): Holiday[];
  /** Every holiday from `from` to `to`, both included, by date. */
  holidaysInRange(from: CalendarDate, to: CalendarDate): Holiday[];
}

/** Place and types of the holidays to load; the structure's `holidays` fits as is. */
export interface HolidayCalendarConfig {
  /** ISO 3166-1 alpha-2 country code, such as `BR`. */
  country: string;
  /** date-holidays state code, such as `SP`. */
  region?: string;
  /** date-holidays region code inside the state, such as `SP` for São Paulo city. */
  city?: string;
  /** Library types that count as holidays; default {@link nonWorkingHolidayTypes}. */
  types?: readonly LibraryHolidayType[];
  /** The company's own days off, of type `company`. */
  custom?: readonly CustomHoliday[];
  /** ISO 639-1 language of the names; default the country's first language. */
  language?: string;
}

/**
 * The library types that are days off by default: only `public`. Bank
 * holidays (Carnaval Monday and Tuesday in Brazil), optional days (Ash
 * Wednesday until 14:00), school days and observances are working days unless
 * the configuration names them.
 */
export const nonWorkingHolidayTypes: readonly LibraryHolidayType[] = ['public'];

const calendars = new Map<string, Promise<HolidayCalendar>>();

/**
 * Loads date-holidays on first use and returns the calendar of `config`.
 * Equal configurations share one calendar, which caches each year it
 * computed. Rejects when the package fails to load or does not know the
 * place; a rejected load is not cached, so the next call retries.
 */
export function loadHolidayCalendar(config: HolidayCalendarConfig): Promise<HolidayCalendar> {
  const key = JSON.stringify([
    config.country,
    config.region ?? '',
    config.city ?? '',
    config.types ?? nonWorkingHolidayTypes,
    config.custom ?? [],
    config.language ?? '',
  ]);
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = createHolidayCalendar(config);
    calendars.set(key, calendar);
    calendar.catch(() => calendars.delete(key));
  }
  return calendar;
}

async function createHolidayCalendar(config: HolidayCalendarConfig): Promise<HolidayCalendar> {
  const place = { country: config.country, region: config.region, city: config.city };
  const local = await holidaysFor(place, config.language);
  const national = config.region
    ? await holidaysFor({ country: config.country }, config.language)
    : undefined;
  const types = config.types ?? nonWorkingHolidayTypes;
  const custom = config.custom ?? [];
  const years = new Map<number, Map<CalendarDate, Holiday[]>>();

  const yearIndex = (year: number): Map<CalendarDate, Holiday[]> => {
    let index = years.get(year);
    if (!index) {
      index = new Map();
      const libraryDays = [year - 1, year].flatMap((entryYear) =>
        mergeNational(
          libraryDaysOf(local, entryYear, config.language),
          national ? libraryDaysOf(national, entryYear, config.language) : [],
        ),
      );
      for (const day of libraryDays) {
        if (Number(day.date.slice(0, 4)) !== year || !types.includes(day.type)) continue;
        push(index, { date: day.date, name: day.name, type: day.type, source: 'library' });
      }
      for (const holiday of customHolidaysOf(custom, year)) push(index, holiday);
      years.set(year, index);
    }
    return index;
  };

  const holidaysOn = (date: CalendarDate): Holiday[] => [
    ...(yearIndex(Number(date.slice(0, 4))).get(date) ?? []),
  ];

  const holidaysInRange = (from: CalendarDate, to: CalendarDate): Holiday[] => {
    const found: Holiday[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      const days = [...yearIndex(year).entries()]
        .filter(([date]) => date >= from && date <= to)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [, holidays] of days) found.push(...holidays);
    }
    return found;
  };

  return { types: Object.freeze([...types]), holidaysOn, holidaysInRange };
}

/**
 * Adds the country-level days that a region's list lacks.
 *
 * Workaround for date-holidays 3.37.0: a state rule for a date replaces the
 * national rule for that date even in years where the state rule is
 * inactive, so November 20 (Consciência Negra, national since 2024) is
 * missing for SP, RJ, AM and MT from 2024 on. A region's day still replaces
 * the country's when both come from the same rule on the same day (Rio de
 * Janeiro makes Carnaval Tuesday public instead of bank). Remove this when a
 * date-holidays release keeps national rules under inactive state rules.
 */
function mergeNational(regional: LibraryDay[], national: LibraryDay[]): LibraryDay[] {
  const seen = new Set(regional.map((day) => `${day.date} ${day.rule}`));
  const missing = national.filter((day) => !seen.has(`${day.date} ${day.rule}`));
  return [...regional, ...missing];
}

function customHolidaysOf(custom: readonly CustomHoliday[], year: number): Holiday[] {
  const holidays: Holiday[] = [];
  for (const entry of custom) {
    const date = 'date' in entry ? entry.date : `${String(year).padStart(4, '0')}-${entry.yearly}`;
    // A yearly 02-29 only exists in leap years, so other years skip it.
    if (Number(date.slice(0, 4)) !== year || !isCalendarDate(date)) continue;
    holidays.push({ date, name: entry.name, type: 'company', source: 'custom' });
  }
  return holidays;
}

function push(index: Map<CalendarDate, Holiday[]>, holiday: Holiday): void {
  const list = index.get(holiday.date);
  if (list) list.push(holiday);
  else index.set(holiday.date, [holiday]);
}
