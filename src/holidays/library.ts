/**
 * Access to date-holidays' rules (date-holidays 3.37.0 through its engine,
 * date-holidays-parser 3.4.7). Nothing here is in the main bundle's static
 * import graph: the engine (./engine, date-holidays-parser without
 * moment-timezone, with calendars loaded on demand) and one country's rules
 * (`data/<CC>.json`, written by scripts/build-holiday-data.mjs) load with
 * dynamic `import()` on first use.
 */
import type HolidaysLibrary from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { addDays, toCalendarDateIn, type CalendarDate } from '../dates/calendar-date.ts';
import type { EngineRequirements } from './engine/index.ts';

/** One country's date-holidays data, as scripts/build-holiday-data.mjs writes it. */
export interface HolidayData extends EngineRequirements {
  version: string;
  holidays: Record<string, unknown>;
  names: Record<string, unknown>;
  /** Languages whose holiday names the file keeps. all-languages/<CC>.json contains the others. */
  languages: string[];
}

/** Translations left out of a country's file: the path of a `name` object and its extra keys. */
type OtherLanguages = [path: string[], names: Record<string, string>][];

/** One day covered by a date-holidays entry, before filtering by type. */
export interface LibraryDay {
  date: CalendarDate;
  name: string;
  type: HolidaysTypes.HolidayType;
  /** The date-holidays rule, such as `easter -47`; a region's rule replaces the country's. */
  rule: string;
}

/** Every type date-holidays defines; entries are requested unfiltered and filtered here. */
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

const loads = new Map<string, Promise<unknown>>();
const instances = new Map<string, LibraryInstance>();

const countryPattern = /^[A-Z]{2}$/;

/**
 * Runs `load` once per `key` and caches its promise. A failed load (offline
 * chunk, blocked script) leaves the cache, so the next call retries.
 */
function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = loads.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    loads.set(key, promise);
    promise.catch(() => loads.delete(key));
  }
  return promise;
}

function loadEngine(): Promise<typeof import('./engine/index.ts')> {
  return loadOnce('engine', () => import('./engine/index.ts'));
}

/**
 * Loads the rules of one country. Rejects with an Error naming the code when
 * date-holidays has no such country.
 */
export async function loadCountryData(country: string): Promise<HolidayData> {
  const { countries } = await loadOnce('countries', () =>
    import('./data/countries.json').then((module) => module.default),
  );
  if (!countryPattern.test(country) || !countries.includes(country)) {
    throw new Error(
      `Unknown holiday country "${country}": expected a code date-holidays supports, such as "BR".`,
    );
  }
  // Vite turns this template into one chunk per file of ./data.
  return loadOnce(`data/${country}`, () =>
    import(`./data/${country}.json`).then((module) => module.default as HolidayData),
  );
}

/**
 * Loads the rules of one country with holiday names in `language`: the
 * country's file as is when it keeps that language, or a copy with the
 * translations of all-languages/<CC>.json merged back.
 */
async function loadDataFor(country: string, language?: string): Promise<HolidayData> {
  const data = await loadCountryData(country);
  if (!language || data.languages.includes(language)) return data;
  return loadOnce(`all-languages/${country}`, async () => {
    const module = await import(`./data/all-languages/${country}.json`);
    return withOtherLanguages(data, module.default as OtherLanguages);
  });
}

function withOtherLanguages(data: HolidayData, otherLanguages: OtherLanguages): HolidayData {
  const copy = structuredClone(data);
  for (const [path, names] of otherLanguages) {
    let target: Record<string, unknown> = copy as unknown as Record<string, unknown>;
    for (const key of path) target = target[key] as Record<string, unknown>;
    Object.assign(target, names);
  }
  return copy;
}

/** Place the holidays apply to: a date-holidays country, state and region code. */
export interface LibraryPlace {
  country: string;
  region?: string;
  city?: string;
}

function placeKey(place: LibraryPlace, allLanguages: boolean): string {
  return [place.country, place.region ?? '', place.city ?? '', allLanguages].join('/');
}

function describePlace(place: LibraryPlace): string {
  return [place.country, place.region, place.city].filter(Boolean).join('-');
}

/**
 * Loads the engine and returns the one cached instance for `place`, with
 * names in `language` when given (see {@link libraryDaysOf}). Rejects with an
 * Error naming the code when date-holidays does not know the country, region
 * or city.
 */
export async function holidaysFor(
  place: LibraryPlace,
  language?: string,
): Promise<LibraryInstance> {
  const [engine, data] = await Promise.all([loadEngine(), loadDataFor(place.country, language)]);
  const allLanguages = language ? !data.languages.includes(language) : false;
  const key = placeKey(place, allLanguages);
  const known = instances.get(key);
  if (known) return known;

  await engine.prepareHolidayData(data);
  const Holidays = engine.HolidaysParser;
  assertKnownPlace(new Holidays(data, place.country, {}), place);
  const options = { types: allLibraryTypes };
  const holidays = place.region
    ? place.city
      ? new Holidays(data, place.country, place.region, place.city, options)
      : new Holidays(data, place.country, place.region, options)
    : new Holidays(data, place.country, options);
  // Set the zone explicitly: a place without zones would otherwise get
  // `start` and `end` in the browser's zone.
  const zone = holidays.getTimezones()[0] ?? 'UTC';
  holidays.setTimezone(zone);
  const instance = { holidays, zone, languages: [...holidays.getLanguages()] };
  instances.set(key, instance);
  return instance;
}

function assertKnownPlace(query: HolidaysLibrary, place: LibraryPlace): void {
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
export function libraryDaysOf(
  instance: LibraryInstance,
  year: number,
  language?: string,
): LibraryDay[] {
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
    if (last < first)
      days.push({ date: first, name: entry.name, type: entry.type, rule: entry.rule });
  }
  return days;
}
