/**
 * Access to the date-holidays package (pinned at 3.37.0). The package weighs
 * about 236 KB min+gzip, so it is loaded with a dynamic `import()` the first
 * time a holiday question needs it and never sits in the main bundle's static
 * import graph.
 */
import type HolidaysLibrary from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { addDays, toCalendarDateIn, type CalendarDate } from '../dates/calendar-date.ts';

type HolidaysConstructor = typeof HolidaysLibrary;

/** One day covered by a date-holidays entry, before filtering by type. */
export interface LibraryDay {
  date: CalendarDate;
  name: string;
  type: HolidaysTypes.HolidayType;
  /** The date-holidays rule, such as `easter -47`; a region's rule replaces the country's. */
  rule: string;
}

/** Every type date-holidays knows; entries are requested unfiltered and filtered here. */
const allLibraryTypes: HolidaysTypes.HolidayType[] = [
  'public',
  'bank',
  'school',
  'optional',
  'observance',
];

/** A date-holidays instance with the zone and languages it was created with. */
export interface LibraryInstance {
  holidays: HolidaysLibrary;
  /** The zone date-holidays computes `start` and `end` in: the place's first zone. */
  zone: string;
  /** The place's own languages, in date-holidays' order. */
  languages: string[];
}

let modulePromise: Promise<HolidaysConstructor> | undefined;
const instances = new Map<string, LibraryInstance>();

function loadLibrary(): Promise<HolidaysConstructor> {
  modulePromise ??= import('date-holidays').then((module) => module.default);
  // A failed import (offline chunk, blocked script) must not stick: the next call retries.
  modulePromise.catch(() => {
    modulePromise = undefined;
  });
  return modulePromise;
}

/** Where the holidays apply: a date-holidays country, state and region code. */
export interface LibraryPlace {
  country: string;
  region?: string;
  city?: string;
}

function placeKey(place: LibraryPlace): string {
  return [place.country, place.region ?? '', place.city ?? ''].join('/');
}

function describePlace(place: LibraryPlace): string {
  return [place.country, place.region, place.city].filter(Boolean).join('-');
}

/**
 * Loads the package and returns the one cached instance for `place`.
 * Rejects with an Error naming the code when date-holidays does not know the
 * country, region or city.
 */
export async function holidaysFor(place: LibraryPlace): Promise<LibraryInstance> {
  const key = placeKey(place);
  const cached = instances.get(key);
  if (cached) return cached;

  const Holidays = await loadLibrary();
  assertKnownPlace(new Holidays(), place);
  const holidays = place.region
    ? place.city
      ? new Holidays(place.country, place.region, place.city, { types: allLibraryTypes })
      : new Holidays(place.country, place.region, { types: allLibraryTypes })
    : new Holidays(place.country, { types: allLibraryTypes });
  // Set the zone explicitly: a place without zones would otherwise get
  // `start` and `end` in the browser's zone.
  const zone = holidays.getTimezones()[0] ?? 'UTC';
  holidays.setTimezone(zone);
  const instance = { holidays, zone, languages: [...holidays.getLanguages()] };
  instances.set(key, instance);
  return instance;
}

function assertKnownPlace(query: HolidaysLibrary, place: LibraryPlace): void {
  const countries = query.getCountries() ?? {};
  if (!Object.hasOwn(countries, place.country)) {
    throw new Error(`Unknown holiday country "${place.country}": expected a code date-holidays supports, such as "BR".`);
  }
  if (!place.region) {
    if (place.city) throw new Error(`Holiday city "${place.city}" needs a region such as "SP".`);
    return;
  }
  const regions = query.getStates(place.country) ?? {};
  if (!Object.hasOwn(regions, place.region)) {
    throw new Error(`Unknown holiday region "${place.region}" for country "${place.country}".`);
  }
  if (!place.city) return;
  const cities = query.getRegions(place.country, place.region) ?? {};
  if (!Object.hasOwn(cities, place.city)) {
    const known = Object.keys(cities).join(', ') || 'none';
    throw new Error(
      `Unknown holiday city "${place.city}" in ${describePlace({ ...place, city: undefined })}; known codes: ${known}.`,
    );
  }
}

/**
 * Lists the calendar days covered by each of the library's entries of
 * `year`. An entry's `date` is "YYYY-MM-DD hh:mm:ss" in the holiday's own
 * zone, so its first day never depends on the browser's zone. Multi-day and
 * part-day entries (Carnaval's weekend, Christmas Eve from 14:00) cover every
 * day up to the one holding the last instant before their exclusive `end`,
 * also read in the holiday's zone.
 */
export function libraryDaysOf(instance: LibraryInstance, year: number, language?: string): LibraryDay[] {
  const { holidays, zone, languages } = instance;
  // date-holidays 3.37.0 prepends the `language` argument of getHolidays to
  // the instance's own list and keeps it there, so one call's language would
  // leak into the next. Setting the list on every call keeps calls independent.
  holidays.setLanguages(language ? [language, ...languages] : [...languages]);
  const days: LibraryDay[] = [];
  for (const entry of holidays.getHolidays(year) ?? []) {
    const first = entry.date.slice(0, 10);
    const last = toCalendarDateIn(new Date(entry.end.getTime() - 1), zone);
    for (let day = first; day <= last; day = addDays(day, 1)) {
      days.push({ date: day, name: entry.name, type: entry.type, rule: entry.rule });
    }
    if (last < first) days.push({ date: first, name: entry.name, type: entry.type, rule: entry.rule });
  }
  return days;
}
