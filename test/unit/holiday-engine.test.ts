import { expect } from '@open-wc/testing';
import Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { holidaysFor, loadCountryData, type LibraryInstance } from '../../src/holidays/library.ts';
import countryList from '../../src/holidays/data/countries.json';

// The engine of src/holidays/engine (date-holidays-parser without
// moment-timezone, calendars loaded on demand, per-country data) must give
// exactly what the full date-holidays 3.37.0 package gives: every entry with
// its date, start and end instants, name, type and rule. The unit tests run
// under five TZ values (scripts/test-time-zones.mjs), and both engines
// compute wall times in the browser's zone, so each zone is compared.
//
// A full comparison of every country, state and region over 2000-2040 takes
// minutes, so only Brazil is compared fully: with every state and city, for
// each year from 2000 to 2040. Every other country is compared in 6 sampled
// years. A country whose rules use the Chinese, Korean or Vietnamese calendar
// is compared in 4, because astronomia takes about 0.5 s per year in each
// engine. Every state and region of those countries is compared in 2028. holiday-time-zones.test.ts compares
// the time zone code with moment-timezone itself for every zone and year.

const allTypes: HolidaysTypes.HolidayType[] = [
  'public',
  'bank',
  'school',
  'optional',
  'observance',
];

interface Place {
  country: string;
  region?: string;
  city?: string;
}

const describePlace = (place: Place) =>
  [place.country, place.region, place.city].filter(Boolean).join('-');

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Lists the states of `country` and the regions inside each, as the full package has them. */
function subdivisionsOf(country: string): Place[] {
  const query = new Holidays();
  const places: Place[] = [];
  for (const region of Object.keys(query.getStates(country) ?? {})) {
    places.push({ country, region });
    for (const city of Object.keys(query.getRegions(country, region) ?? {})) {
      places.push({ country, region, city });
    }
  }
  return places;
}

/** Creates the full package for `place`, with `start` and `end` in `zone` as the engine has them. */
function fullPackageFor(place: Place, zone: string): Holidays {
  const options = { types: allTypes };
  const holidays = place.city
    ? new Holidays(place.country, place.region!, place.city, options)
    : place.region
      ? new Holidays(place.country, place.region, options)
      : new Holidays(place.country, options);
  holidays.setTimezone(zone);
  return holidays;
}

/**
 * Lists every entry of `years` with all its fields (date, start, end, name,
 * type, rule, substitute, note), instants as ms, names in `languages` order.
 */
function entries(holidays: Holidays, years: number[], languages: string[]) {
  // Set on every call: getHolidays(year, language) would keep `language` in the list.
  holidays.setLanguages(languages);
  const found = [];
  for (const year of years) {
    for (const entry of holidays.getHolidays(year)) {
      found.push(
        Object.fromEntries(
          Object.entries(entry).map(([key, value]) => [
            key,
            value instanceof Date ? value.getTime() : value,
          ]),
        ),
      );
    }
  }
  return found;
}

/**
 * Compares the engine with the full package for `place` over `years`, names
 * in the place's own languages and, when given, in `language` first. Returns
 * how many entries were compared.
 */
async function comparePlace(place: Place, years: number[], language?: string): Promise<number> {
  const engine: LibraryInstance = await holidaysFor(place, language);
  const full = fullPackageFor(place, engine.zone);
  const languages = language ? [language, ...engine.languages] : engine.languages;
  const expected = entries(full, years, languages);
  const actual = entries(engine.holidays, years, languages);
  expect(
    actual,
    `${describePlace(place)} ${language ?? ''} ${years[0]}-${years.at(-1)}`,
  ).to.deep.equal(expected);
  return actual.length;
}

/** Years from 2000 to 2040, with a leap year and Brazil's last year of daylight saving time (2019). */
const sampledYears = [2000, 2010, 2019, 2028, 2035, 2040];

/** The first and last years, a leap year and Brazil's last year of daylight saving time. */
const lunisolarYears = [2000, 2019, 2028, 2040];

/** One year for states and regions, enough to load every zone and calendar they use. */
const subdivisionYears = [2028];

/** Returns whether the rules of `country` use the Chinese, Korean or Vietnamese calendar. */
async function usesLunisolarCalendar(country: string): Promise<boolean> {
  const { calendars } = await loadCountryData(country);
  return calendars.some((calendar) => ['chinese', 'korean', 'vietnamese'].includes(calendar));
}

describe('holiday engine against date-holidays 3.37.0', () => {
  it('ships data for every country of the package', () => {
    const packageCountries = Object.keys(new Holidays().getCountries()).sort();

    expect(countryList.countries).to.deep.equal(packageCountries);
  });

  it('matches Brazil, its states and cities 2000-2040', async function () {
    this.timeout(60_000);
    const years = range(2000, 2040);
    const places = [{ country: 'BR' }, ...subdivisionsOf('BR')];

    let compared = 0;
    for (const place of places) compared += await comparePlace(place, years);

    // Brazil, its 27 states and São Paulo city.
    expect(places.length).to.be.greaterThan(28);
    expect(compared).to.be.greaterThan(places.length * years.length * 10);
  });

  it('matches Brazil names in es and de', async function () {
    this.timeout(60_000);
    const years = range(2020, 2030);

    // Brazil's file keeps es, and de comes from all-languages/BR.json.
    for (const language of ['es', 'de']) {
      await comparePlace({ country: 'BR' }, years, language);
      await comparePlace({ country: 'BR', region: 'SP', city: 'SP' }, years, language);
    }
  });

  it('matches every country in sampled years', async function () {
    this.timeout(120_000);

    let compared = 0;
    const lunisolar = [];
    for (const country of countryList.countries) {
      if (await usesLunisolarCalendar(country)) {
        compared += await comparePlace({ country }, lunisolarYears);
        lunisolar.push(country);
      } else {
        compared += await comparePlace({ country }, sampledYears);
      }
    }

    expect(lunisolar).to.include.members(['CN', 'HK', 'KR', 'TW', 'VN']);
    expect(compared).to.be.greaterThan(countryList.countries.length * lunisolarYears.length);
  });

  it('matches every state and region in 2028', async function () {
    this.timeout(120_000);

    let places = 0;
    for (const country of countryList.countries) {
      if (country === 'BR') continue;
      for (const place of subdivisionsOf(country)) {
        await comparePlace(place, subdivisionYears);
        places += 1;
      }
    }

    expect(places).to.be.greaterThan(350);
  });
});
