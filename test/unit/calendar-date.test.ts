import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  compareCalendarDates,
  dayOfWeek,
  dateFieldOrder,
  daysBetween,
  daysInMonth,
  endOfMonth,
  formatCalendarDate,
  formatInstant,
  formatTime,
  isCalendarDate,
  isInstant,
  monthOf,
  parseCalendarDate,
  parseLocalizedDate,
  startOfMonth,
  toCalendarDate,
  toCalendarDateIn,
  toInstant,
  todayIn,
} from '../../src/dates/calendar-date.ts';

describe('isCalendarDate', () => {
  it('accepts existing dates', () => {
    expect(isCalendarDate('2024-03-10')).to.equal(true);
    expect(isCalendarDate('2024-02-29')).to.equal(true);
    expect(isCalendarDate('2000-02-29')).to.equal(true);
    expect(isCalendarDate('0001-01-01')).to.equal(true);
  });

  it('rejects other values', () => {
    const invalid = [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-3-10',
      '2024-03-10T00:00:00Z',
      ' 2024-03-10',
      '',
      20240310,
      null,
      new Date(0),
    ];
    for (const value of invalid) expect(isCalendarDate(value), String(value)).to.equal(false);
  });
});

describe('parseCalendarDate', () => {
  it('splits fields', () => {
    expect(parseCalendarDate('2024-03-10')).to.deep.equal({ year: 2024, month: 3, day: 10 });
  });

  it('rejects an invalid date naming it', () => {
    expect(() => parseCalendarDate('2024-02-30')).to.throw(
      RangeError,
      'Invalid calendar date "2024-02-30"',
    );
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2023-02-28', 1)).to.equal('2023-03-01');
    expect(addDays('2024-12-31', 1)).to.equal('2025-01-01');
    expect(addDays('2025-01-01', -1)).to.equal('2024-12-31');
    expect(addDays('2024-03-10', 0)).to.equal('2024-03-10');
    expect(addDays('2024-01-01', 366)).to.equal('2025-01-01');
  });

  it('adds days across daylight saving changes', () => {
    // Days on which Sao Paulo, Los Angeles and Europe changed their clocks.
    expect(addDays('2018-11-03', 1)).to.equal('2018-11-04');
    expect(addDays('2025-03-08', 1)).to.equal('2025-03-09');
    expect(addDays('2025-03-09', 1)).to.equal('2025-03-10');
    expect(addDays('2025-10-26', 1)).to.equal('2025-10-27');
  });

  it('rejects a fractional day count', () => {
    expect(() => addDays('2024-03-10', 1.5)).to.throw(RangeError, 'Invalid days 1.5');
  });

  it('clamps the day when adding months', () => {
    expect(addMonths('2025-01-31', 1)).to.equal('2025-02-28');
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2024-03-31', -1)).to.equal('2024-02-29');
    expect(addMonths('2024-02-29', 12)).to.equal('2025-02-28');
    expect(addMonths('2024-02-29', 48)).to.equal('2028-02-29');
    expect(addMonths('2025-05-31', 1)).to.equal('2025-06-30');
    expect(addMonths('2025-11-15', 2)).to.equal('2026-01-15');
    expect(addMonths('2025-01-15', -13)).to.equal('2023-12-15');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-08-26', '2025-11-24')).to.equal(90);
    expect(daysBetween('2025-11-24', '2025-08-26')).to.equal(-90);
    expect(daysBetween('2024-03-10', '2024-03-10')).to.equal(0);
    expect(daysBetween('2024-02-28', '2024-03-01')).to.equal(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).to.equal(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).to.equal(366);
    expect(daysBetween('2025-03-08', '2025-03-10')).to.equal(2);
  });

  it('reads the weekday', () => {
    expect(dayOfWeek('2024-03-10')).to.equal(0);
    expect(dayOfWeek('2024-03-16')).to.equal(6);
    expect(dayOfWeek('2024-02-29')).to.equal(4);
    expect(dayOfWeek('1970-01-01')).to.equal(4);
  });

  it('compares dates for sorting', () => {
    const sorted = ['2025-01-02', '2024-12-31', '2025-01-01'].sort(compareCalendarDates);

    expect(sorted).to.deep.equal(['2024-12-31', '2025-01-01', '2025-01-02']);
  });

  it('counts days in months', () => {
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2023, 2)).to.equal(28);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(daysInMonth(2025, 4)).to.equal(30);
    expect(daysInMonth(2025, 12)).to.equal(31);
  });

  it('normalizes overflowing fields', () => {
    expect(toCalendarDate(2024, 13, 1)).to.equal('2025-01-01');
    expect(toCalendarDate(2024, 3, 0)).to.equal('2024-02-29');
    expect(toCalendarDate(50, 1, 1)).to.equal('0050-01-01');
    expect(() => toCalendarDate(10000, 1, 1)).to.throw(RangeError, 'year 10000');
  });
});

describe('months', () => {
  it('reads the month of a date', () => {
    expect(monthOf('2024-03-10')).to.equal('2024-03');
    expect(() => monthOf('2024-03')).to.throw(RangeError);
  });

  it('returns the first and last day', () => {
    expect(startOfMonth('2024-02')).to.equal('2024-02-01');
    expect(endOfMonth('2024-02')).to.equal('2024-02-29');
    expect(endOfMonth('2023-02')).to.equal('2023-02-28');
    expect(endOfMonth('2024-12')).to.equal('2024-12-31');
    expect(() => startOfMonth('2024-13')).to.throw(RangeError, 'Invalid month "2024-13"');
  });
});

describe('todayIn', () => {
  it('uses the zone, not the browser', () => {
    const now = new Date(Date.UTC(2027, 1, 10, 1, 30));

    expect(todayIn('America/Sao_Paulo', now)).to.equal('2027-02-09');
    expect(todayIn('UTC', now)).to.equal('2027-02-10');
    expect(todayIn('Asia/Kolkata', now)).to.equal('2027-02-10');
  });

  it('handles a zone fourteen hours ahead', () => {
    // 10:00 UTC on 31 December is 00:00 on 1 January in Kiritimati.
    expect(todayIn('Pacific/Kiritimati', new Date('2024-12-31T09:59:59Z'))).to.equal('2024-12-31');
    expect(todayIn('Pacific/Kiritimati', new Date('2024-12-31T10:00:00Z'))).to.equal('2025-01-01');
  });

  it('handles Los Angeles around midnight', () => {
    expect(todayIn('America/Los_Angeles', new Date('2025-03-10T06:59:00Z'))).to.equal('2025-03-09');
    expect(todayIn('America/Los_Angeles', new Date('2025-03-10T07:00:00Z'))).to.equal('2025-03-10');
    expect(todayIn('America/Los_Angeles', new Date('2025-11-02T07:59:00Z'))).to.equal('2025-11-02');
  });

  it('makes a due date due today', () => {
    const today = todayIn('America/Sao_Paulo', new Date('2027-02-10T01:30:00Z'));

    expect(daysBetween(today, '2027-02-09')).to.equal(0);
    expect(
      daysBetween('2025-08-26', todayIn('America/Sao_Paulo', new Date('2025-11-24T12:00:00Z'))),
    ).to.equal(90);
  });

  it('rejects an unknown zone', () => {
    expect(() => todayIn('Mars/Olympus', new Date())).to.throw(RangeError);
  });

  it('rejects an invalid clock value', () => {
    expect(() => todayIn('UTC', new Date(Number.NaN))).to.throw(RangeError, 'Invalid instant');
  });
});

describe('toCalendarDateIn', () => {
  it('reads ISO instants with offsets', () => {
    expect(toCalendarDateIn('2027-02-10T01:30:00Z', 'America/Sao_Paulo')).to.equal('2027-02-09');
    expect(toCalendarDateIn('2027-02-10T01:30Z', 'America/Sao_Paulo')).to.equal('2027-02-09');
    expect(toCalendarDateIn('2027-02-09T23:30:00-03:00', 'UTC')).to.equal('2027-02-10');
    expect(toCalendarDateIn('2024-12-31T10:00:00.000+00:00', 'Pacific/Kiritimati')).to.equal(
      '2025-01-01',
    );
  });

  it('reads instants with milliseconds and offsets', () => {
    expect(toCalendarDateIn('2026-11-05T22:00:00.000-03:00', 'America/Sao_Paulo')).to.equal(
      '2026-11-05',
    );
    expect(toCalendarDateIn('2026-11-05T22:00:00.000-03:00', 'UTC')).to.equal('2026-11-06');
  });

  it('keeps a calendar date unchanged', () => {
    expect(toCalendarDateIn('2024-03-10', 'America/Los_Angeles')).to.equal('2024-03-10');
    expect(toCalendarDateIn('2024-03-10', 'Pacific/Kiritimati')).to.equal('2024-03-10');
  });

  it('rejects times without an offset', () => {
    expect(() => toCalendarDateIn('2024-03-10T10:00:00', 'UTC')).to.throw(
      RangeError,
      'Invalid instant "2024-03-10T10:00:00"',
    );
    expect(() => toCalendarDateIn('10/03/2024', 'UTC')).to.throw(RangeError);
  });
});

describe('instants', () => {
  it('recognizes valid instants', () => {
    expect(isInstant('2027-02-10T01:30:00Z')).to.equal(true);
    expect(isInstant(new Date(0))).to.equal(true);
    expect(isInstant('2027-02-30T01:30:00Z')).to.equal(false);
    expect(isInstant('2027-02-10')).to.equal(false);
    expect(isInstant(new Date(Number.NaN))).to.equal(false);
    expect(isInstant(0)).to.equal(false);
  });

  it('converts text to a Date', () => {
    expect(toInstant('2027-02-10T01:30:00Z').getTime()).to.equal(Date.UTC(2027, 1, 10, 1, 30));
  });
});

describe('formatCalendarDate', () => {
  it('formats pt-BR in any browser zone', () => {
    expect(formatCalendarDate('2024-03-10', 'pt-BR')).to.equal('10/03/2024');
    expect(formatCalendarDate('2024-01-01', 'pt-BR')).to.equal('01/01/2024');
    expect(formatCalendarDate('2024-12-31', 'pt-BR')).to.equal('31/12/2024');
  });

  it('formats other locales', () => {
    expect(formatCalendarDate('2024-03-10', 'en-US')).to.equal('03/10/2024');
    expect(formatCalendarDate('2024-03-10', 'en-GB')).to.equal('10/03/2024');
    expect(formatCalendarDate('2024-03-10', 'de-DE')).to.equal('10.03.2024');
  });

  it('formats longer styles', () => {
    expect(formatCalendarDate('2024-03-10', 'pt-BR', 'medium')).to.equal('10 de mar. de 2024');
    expect(formatCalendarDate('2024-03-10', 'pt-BR', 'long')).to.equal('10 de março de 2024');
    expect(formatCalendarDate('2024-03-10', 'en-US', 'long')).to.equal('March 10, 2024');
  });

  it('formats a leap day', () => {
    expect(formatCalendarDate('2024-02-29', 'pt-BR')).to.equal('29/02/2024');
  });

  it('rejects an invalid date', () => {
    expect(() => formatCalendarDate('2024-02-30', 'pt-BR')).to.throw(RangeError);
  });
});

describe('formatInstant and formatTime', () => {
  const instant = '2027-02-10T01:30:00Z';

  it('formats date and time in the zone', () => {
    expect(formatInstant(instant, 'pt-BR', 'America/Sao_Paulo')).to.equal('09/02/2027, 22:30');
    expect(formatInstant(instant, 'pt-BR', 'UTC')).to.equal('10/02/2027, 01:30');
    expect(formatInstant(instant, 'pt-BR', 'Pacific/Kiritimati')).to.equal('10/02/2027, 15:30');
    expect(formatInstant(instant, 'en-US', 'America/Los_Angeles')).to.equal('02/09/2027, 05:30 PM');
  });

  it('formats the time of day in the zone', () => {
    expect(formatTime('2025-06-01T17:05:00Z', 'pt-BR', 'America/Sao_Paulo')).to.equal('14:05');
    expect(formatTime(new Date('2025-06-01T17:05:00Z'), 'pt-BR', 'Asia/Kolkata')).to.equal('22:35');
    expect(formatTime('2025-06-01T17:05:00Z', 'en-US', 'America/Los_Angeles')).to.equal('10:05 AM');
  });

  it('rejects an invalid instant', () => {
    expect(() => formatInstant('yesterday', 'pt-BR', 'UTC')).to.throw(
      RangeError,
      'Invalid instant "yesterday"',
    );
    expect(() => formatTime(new Date(Number.NaN), 'pt-BR', 'UTC')).to.throw(RangeError);
  });
});

describe('parseLocalizedDate', () => {
  it('reads the locale field order', () => {
    expect(dateFieldOrder('pt-BR')).to.deep.equal(['day', 'month', 'year']);
    expect(dateFieldOrder('en-US')).to.deep.equal(['month', 'day', 'year']);
    expect(dateFieldOrder('ja-JP')).to.deep.equal(['year', 'month', 'day']);
  });

  it('parses pt-BR dates', () => {
    expect(parseLocalizedDate('10/03/2024', 'pt-BR')).to.equal('2024-03-10');
    expect(parseLocalizedDate(' 1/3/2024 ', 'pt-BR')).to.equal('2024-03-01');
    expect(parseLocalizedDate('10-03-2024', 'pt-BR')).to.equal('2024-03-10');
    expect(parseLocalizedDate('10.03.2024', 'pt-BR')).to.equal('2024-03-10');
    expect(parseLocalizedDate('29/02/2024', 'pt-BR')).to.equal('2024-02-29');
  });

  it('parses other locales', () => {
    expect(parseLocalizedDate('03/10/2024', 'en-US')).to.equal('2024-03-10');
    expect(parseLocalizedDate('10/03/2024', 'en-GB')).to.equal('2024-03-10');
    expect(parseLocalizedDate('2024/03/10', 'ja-JP')).to.equal('2024-03-10');
    expect(parseLocalizedDate('10.03.2024', 'de-DE')).to.equal('2024-03-10');
  });

  it('accepts ISO dates in any locale', () => {
    expect(parseLocalizedDate('2024-03-10', 'pt-BR')).to.equal('2024-03-10');
    expect(parseLocalizedDate('2024-03-10', 'en-US')).to.equal('2024-03-10');
  });

  it('reads what formatCalendarDate writes', () => {
    for (const locale of ['pt-BR', 'en-US', 'en-GB', 'de-DE', 'ja-JP', 'ko-KR', 'fr-FR']) {
      const text = formatCalendarDate('2024-03-10', locale);
      expect(parseLocalizedDate(text, locale), `${locale} ${text}`).to.equal('2024-03-10');
    }
  });

  it('returns null for invalid dates', () => {
    const invalid = [
      '31/02/2024',
      '29/02/2023',
      '00/01/2024',
      '10/13/2024',
      '10/03/24',
      '10/03',
      '10/03/2024/1',
      'abc',
      '',
      '10 de março de 2024',
      '2024-02-30',
    ];
    for (const text of invalid) {
      expect(parseLocalizedDate(text, 'pt-BR'), JSON.stringify(text)).to.equal(null);
    }
    expect(parseLocalizedDate('13/10/2024', 'en-US')).to.equal(null);
  });
});
