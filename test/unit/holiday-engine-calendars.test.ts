import { expect } from '@open-wc/testing';
import { HolidaysParser, prepareHolidayData } from '../../src/holidays/engine/index.ts';
import { loadCountryData } from '../../src/holidays/library.ts';

// Calendars other than Gregorian and Easter load on demand. A rule whose
// calendar was not loaded must fail loudly instead of yielding wrong dates.
// This file runs in a page of its own, so no other test loaded a calendar.

describe('holiday engine calendars', () => {
  it('lists the calendars each country needs', async () => {
    expect((await loadCountryData('BR')).calendars).to.deep.equal([]);
    expect((await loadCountryData('JP')).calendars).to.deep.equal(['equinox']);
    expect((await loadCountryData('RS')).calendars).to.deep.equal(['hebrew', 'islamic', 'julian']);
  });

  it('rejects a rule whose calendar is not loaded', async () => {
    const japan = await loadCountryData('JP');
    const holidays = new HolidaysParser(japan, 'JP');
    // Local dates need no zone data, so only the calendar is missing.
    holidays.setTimezone(undefined as unknown as string);

    expect(() => holidays.getHolidays(2030)).to.throw('Holiday calendar "equinox" is not loaded');
  });

  it('computes the rule once its calendar is loaded', async () => {
    const japan = await loadCountryData('JP');
    await prepareHolidayData(japan);
    const holidays = new HolidaysParser(japan, 'JP');
    holidays.setTimezone('Asia/Tokyo');

    const equinox = holidays
      .getHolidays(2030)
      .find((entry) => entry.rule.includes('march equinox'));

    // 2030's March equinox falls on March 20 in Japan (date-holidays 3.37.0).
    expect(equinox?.date).to.equal('2030-03-20 00:00:00');
  });
});
