import { expect } from '@open-wc/testing';
import {
  addBusinessDays,
  isBusinessDay,
  isWeekendDay,
  loadBusinessDays,
  loadHolidayCalendar,
  nextBusinessDay,
  previousBusinessDay,
  type HolidayCalendar,
} from '../../src/holidays/business-days.ts';

describe('business days', () => {
  let brazil: HolidayCalendar;
  let saoPaulo: HolidayCalendar;
  let brazilWithBanks: HolidayCalendar;

  before(async () => {
    brazil = await loadHolidayCalendar({ country: 'BR' });
    saoPaulo = await loadHolidayCalendar({ country: 'BR', region: 'SP' });
    brazilWithBanks = await loadHolidayCalendar({ country: 'BR', types: ['public', 'bank'] });
  });

  it('finds weekends by calendar date', () => {
    expect(isWeekendDay('2026-12-05')).to.equal(true);
    expect(isWeekendDay('2026-12-06')).to.equal(true);
    expect(isWeekendDay('2026-12-07')).to.equal(false);
    expect(isWeekendDay('2026-12-04')).to.equal(false);
  });

  it('excludes weekends and holidays', () => {
    expect(isBusinessDay('2026-12-24', brazil)).to.equal(true);
    expect(isBusinessDay('2026-12-25', brazil)).to.equal(false);
    expect(isBusinessDay('2026-12-26', brazil)).to.equal(false);
    expect(isBusinessDay('2026-12-28', brazil)).to.equal(true);
  });

  it('skips Christmas and the weekend', () => {
    expect(nextBusinessDay('2026-12-24', brazil)).to.equal('2026-12-28');
  });

  it('skips Carnaval when bank days count', () => {
    expect(nextBusinessDay('2027-02-05', brazilWithBanks)).to.equal('2027-02-10');
  });

  it('keeps Carnaval a business day for public only', () => {
    expect(nextBusinessDay('2027-02-05', brazil)).to.equal('2027-02-08');
  });

  it('skips New Year and a weekend', () => {
    expect(nextBusinessDay('2026-12-31', brazil)).to.equal('2027-01-04');
  });

  it('moves strictly forward from a business day', () => {
    expect(nextBusinessDay('2026-12-07', brazil)).to.equal('2026-12-08');
  });

  it('adds 5 business days across a holiday', () => {
    // 2026-11-20 (Consciência Negra) is a Friday.
    expect(addBusinessDays('2026-11-16', 5, brazil)).to.equal('2026-11-24');
  });

  it('adds 5 business days in São Paulo', () => {
    // Holds only because November 20 is restored for BR-SP.
    expect(addBusinessDays('2026-11-16', 5, saoPaulo)).to.equal('2026-11-24');
  });

  it('subtracts business days', () => {
    expect(addBusinessDays('2026-12-28', -1, brazil)).to.equal('2026-12-24');
    expect(previousBusinessDay('2026-12-28', brazil)).to.equal('2026-12-24');
  });

  it('returns the date for zero days', () => {
    expect(addBusinessDays('2026-12-25', 0, brazil)).to.equal('2026-12-25');
  });

  it('rejects a fractional count', () => {
    expect(() => addBusinessDays('2026-12-01', 1.5, brazil)).to.throw(RangeError, '1.5');
  });

  it('treats company days as holidays', async () => {
    const calendar = await loadHolidayCalendar({
      country: 'BR',
      custom: [{ date: '2026-12-28', name: 'Inventário' }],
    });

    expect(isBusinessDay('2026-12-28', calendar)).to.equal(false);
    expect(nextBusinessDay('2026-12-24', calendar)).to.equal('2026-12-29');
  });

  it('gives up on a calendar without business days', () => {
    const everyDay: HolidayCalendar = {
      types: ['public'],
      holidaysOn: (date) => [{ date, name: 'Feriado', type: 'public', source: 'custom' }],
      holidaysInRange: () => [],
    };

    expect(() => nextBusinessDay('2026-12-01', everyDay)).to.throw(RangeError, 'No business day');
  });

  it('loads a calendar for the bound helpers', async () => {
    const days = await loadBusinessDays({ country: 'BR', region: 'SP' });

    expect(days.isBusinessDay('2027-07-09')).to.equal(false);
    expect(days.nextBusinessDay('2027-07-08')).to.equal('2027-07-12');
    expect(days.addBusinessDays('2026-11-16', 5)).to.equal('2026-11-24');
    expect(days.calendar.holidaysOn('2027-11-20')).to.have.length(1);
  });
});
