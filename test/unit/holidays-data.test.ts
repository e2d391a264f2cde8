import { expect } from '@open-wc/testing';
import Holidays from 'date-holidays';
import HolidaysParser from 'date-holidays-parser';
import { loadCountryData } from '../../src/holidays/library.ts';

// The per-country files of src/holidays/data must give exactly what the full
// date-holidays package gives. Both run on the same date-holidays-parser, so
// any difference comes from the data that scripts/build-holiday-data.mjs wrote.

const allTypes = ['public', 'bank', 'school', 'optional', 'observance'];

/** Years compared, both included. */
interface Years {
  first: number;
  last: number;
}

interface Place {
  country: string;
  state?: string;
  region?: string;
}

const describePlace = (place: Place) =>
  [place.country, place.state, place.region].filter(Boolean).join('-');

/** Lists the country, its states and the regions inside each state, as the full package has them. */
function placesOf(country: string): Place[] {
  const query = new Holidays();
  const places: Place[] = [{ country }];
  for (const state of Object.keys(query.getStates(country) ?? {})) {
    places.push({ country, state });
    for (const region of Object.keys(query.getRegions(country, state) ?? {})) {
      places.push({ country, state, region });
    }
  }
  return places;
}

function create<T>(make: (country: string, ...rest: unknown[]) => T, place: Place): T {
  const options = { types: allTypes };
  if (place.region) return make(place.country, place.state, place.region, options);
  if (place.state) return make(place.country, place.state, options);
  return make(place.country, options);
}

/** Lists every holiday of `years` in `language` as plain, comparable values. */
function entries(holidays: Holidays, years: Years, language: string) {
  const found = [];
  for (let year = years.first; year <= years.last; year++) {
    for (const entry of holidays.getHolidays(year, language)) {
      found.push({
        date: entry.date,
        start: entry.start.toISOString(),
        end: entry.end.toISOString(),
        name: entry.name,
        type: entry.type,
        rule: entry.rule,
        substitute: entry.substitute ?? false,
      });
    }
  }
  return found;
}

async function comparePlaces(country: string, years: Years, languages: string[]): Promise<number> {
  const data = await loadCountryData(country);
  const places = placesOf(country);
  for (const place of places) {
    const full = create((...args) => new Holidays(...(args as [string])), place);
    const split = create((...args) => new HolidaysParser(data, ...(args as [string])), place);
    for (const language of languages) {
      expect(
        entries(split, years, language),
        `${describePlace(place)} in ${language}`,
      ).to.deep.equal(entries(full, years, language));
    }
  }
  return places.length;
}

describe('per-country holiday data', () => {
  it('matches the full package for Brazil 2020-2035', async function () {
    this.timeout(60_000);

    const places = await comparePlaces('BR', { first: 2020, last: 2035 }, ['pt', 'en']);

    // Brazil, its 27 states and São Paulo city.
    expect(places).to.be.greaterThan(28);
  });

  it('matches the full package for PT, DE and US 2024-2027', async function () {
    this.timeout(120_000);

    for (const country of ['PT', 'DE', 'US']) {
      await comparePlaces(country, { first: 2024, last: 2027 }, ['en']);
    }
  });

  it('matches countries that reuse other days', async function () {
    this.timeout(60_000);

    // AS reuses the US rules and GF the French ones through `_days`.
    for (const country of ['AS', 'GF']) {
      await comparePlaces(country, { first: 2024, last: 2027 }, ['en']);
    }
  });

  it('rejects a country without data', async () => {
    let error: unknown;
    try {
      await loadCountryData('XX');
    } catch (caught) {
      error = caught;
    }

    expect((error as Error).message).to.contain('Unknown holiday country "XX"');
  });

  it('rejects a path in place of a country code', async () => {
    let error: unknown;
    try {
      await loadCountryData('../countries');
    } catch (caught) {
      error = caught;
    }

    expect((error as Error).message).to.contain('Unknown holiday country "../countries"');
  });
});
