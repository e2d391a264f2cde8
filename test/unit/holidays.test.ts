import { expect } from '@open-wc/testing';
import { loadHolidayCalendar, type Holiday } from '../../src/holidays/holiday-calendar.ts';

// Every fact below was checked against date-holidays 3.37.0's own output.
// The suite runs under several TZ values, so none may depend on the browser's zone.

const dates = (holidays: Holiday[]) => holidays.map((holiday) => holiday.date);

describe('loadHolidayCalendar', () => {
  it('lists Brazil 2027 public holidays', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR' });

    const holidays = calendar.holidaysInRange('2027-01-01', '2027-12-31');

    expect(dates(holidays)).to.deep.equal([
      '2027-01-01',
      '2027-03-26',
      '2027-04-21',
      '2027-05-01',
      '2027-09-07',
      '2027-10-12',
      '2027-11-02',
      '2027-11-15',
      '2027-11-20',
      '2027-12-25',
    ]);
    expect(holidays.every((holiday) => holiday.type === 'public')).to.equal(true);
    expect(holidays.every((holiday) => holiday.source === 'library')).to.equal(true);
  });

  it('types Carnaval Monday and Tuesday as bank', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR', types: ['bank'] });

    expect(calendar.holidaysOn('2027-02-08')).to.deep.equal([
      { date: '2027-02-08', name: 'Carnaval', type: 'bank', source: 'library' },
    ]);
    expect(calendar.holidaysOn('2027-02-09')).to.deep.equal([
      { date: '2027-02-09', name: 'Carnaval', type: 'bank', source: 'library' },
    ]);
  });

  it('leaves Carnaval out of the public default', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR' });

    expect(calendar.holidaysOn('2027-02-08')).to.deep.equal([]);
    expect(calendar.holidaysOn('2027-02-09')).to.deep.equal([]);
    expect(calendar.holidaysOn('2027-02-10')).to.deep.equal([]);
  });

  it('marks Ash Wednesday, optional until 14:00', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR', types: ['optional'] });

    expect(calendar.holidaysOn('2027-02-10')).to.deep.equal([
      { date: '2027-02-10', name: 'Carnaval', type: 'optional', source: 'library' },
    ]);
    expect(calendar.holidaysOn('2027-02-11')).to.deep.equal([]);
  });

  it('marks every day of a multi-day entry', async () => {
    // "easter -50 PT48H": Carnaval Saturday 00:00 for 48 hours.
    const calendar = await loadHolidayCalendar({ country: 'BR', types: ['optional'] });

    expect(dates(calendar.holidaysInRange('2027-02-05', '2027-02-09'))).to.deep.equal([
      '2027-02-06',
      '2027-02-07',
    ]);
  });

  it('marks part-day eves on their own day only', async () => {
    // "12-24 14:00" ends at midnight, so December 25 gets only Christmas.
    const calendar = await loadHolidayCalendar({ country: 'BR', types: ['optional', 'public'] });

    expect(calendar.holidaysOn('2027-12-24').map((holiday) => holiday.type)).to.deep.equal([
      'optional',
    ]);
    expect(calendar.holidaysOn('2027-12-25').map((holiday) => holiday.name)).to.deep.equal([
      'Natal',
    ]);
  });

  it('makes Carnaval Tuesday public in Rio de Janeiro', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR', region: 'RJ' });

    expect(calendar.holidaysOn('2027-02-09')).to.deep.equal([
      { date: '2027-02-09', name: 'Carnaval', type: 'public', source: 'library' },
    ]);
    expect(calendar.holidaysOn('2027-02-08')).to.deep.equal([]);
  });

  it('keeps one Carnaval Tuesday in Rio for public and bank', async () => {
    const calendar = await loadHolidayCalendar({
      country: 'BR',
      region: 'RJ',
      types: ['public', 'bank'],
    });

    expect(calendar.holidaysOn('2027-02-09').map((holiday) => holiday.type)).to.deep.equal([
      'public',
    ]);
  });

  it('adds São Paulo city holidays', async () => {
    // date-holidays codes São Paulo city as region "SP" inside state "SP".
    const calendar = await loadHolidayCalendar({ country: 'BR', region: 'SP', city: 'SP' });

    expect(calendar.holidaysOn('2027-01-25')).to.deep.equal([
      { date: '2027-01-25', name: 'Aniversário da Cidade', type: 'public', source: 'library' },
    ]);
    expect(calendar.holidaysOn('2027-05-27')).to.deep.equal([
      { date: '2027-05-27', name: 'Corpo de Deus', type: 'public', source: 'library' },
    ]);
    expect(calendar.holidaysOn('2027-11-20')).to.have.length(1);
  });

  it('keeps Corpus Christi bank outside São Paulo city', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR', region: 'SP' });

    expect(calendar.holidaysOn('2027-05-27')).to.deep.equal([]);
    expect(calendar.holidaysOn('2027-01-25')).to.deep.equal([]);
  });

  for (const region of ['SP', 'RJ', 'AM', 'MT']) {
    it(`restores November 20 for BR-${region}`, async () => {
      const calendar = await loadHolidayCalendar({ country: 'BR', region });

      expect(calendar.holidaysOn('2027-11-20')).to.deep.equal([
        { date: '2027-11-20', name: 'Dia da Consciência Negra', type: 'public', source: 'library' },
      ]);
      expect(calendar.holidaysOn('2024-11-20')).to.have.length(1);
    });
  }

  it('keeps state-only holidays of São Paulo', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR', region: 'SP' });

    expect(calendar.holidaysOn('2027-07-09').map((holiday) => holiday.name)).to.deep.equal([
      'Revolução Constitucionalista',
    ]);
  });

  it('names holidays in the requested language', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR', language: 'en' });

    expect(calendar.holidaysOn('2027-11-20').map((holiday) => holiday.name)).to.deep.equal([
      'Black Awareness Day',
    ]);
  });

  it('adds fixed and yearly company days', async () => {
    const calendar = await loadHolidayCalendar({
      country: 'BR',
      custom: [
        { date: '2027-03-15', name: 'Inventário' },
        { yearly: '08-30', name: 'Aniversário da empresa' },
      ],
    });

    expect(calendar.holidaysOn('2027-03-15')).to.deep.equal([
      { date: '2027-03-15', name: 'Inventário', type: 'company', source: 'custom' },
    ]);
    expect(calendar.holidaysOn('2028-03-15')).to.deep.equal([]);
    expect(calendar.holidaysOn('2027-08-30')[0].name).to.equal('Aniversário da empresa');
    expect(calendar.holidaysOn('2031-08-30')[0].name).to.equal('Aniversário da empresa');
  });

  it('includes company days for any types', async () => {
    const calendar = await loadHolidayCalendar({
      country: 'BR',
      types: ['bank'],
      custom: [{ yearly: '08-30', name: 'Aniversário da empresa' }],
    });

    expect(calendar.holidaysOn('2027-08-30').map((holiday) => holiday.type)).to.deep.equal([
      'company',
    ]);
  });

  it('skips a yearly February 29 outside leap years', async () => {
    const calendar = await loadHolidayCalendar({
      country: 'BR',
      custom: [{ yearly: '02-29', name: 'Dia bissexto' }],
    });

    expect(calendar.holidaysOn('2028-02-29')).to.have.length(1);
    expect(calendar.holidaysInRange('2027-02-01', '2027-03-31')).to.deep.equal([
      { date: '2027-03-26', name: 'Sexta-Feira Santa', type: 'public', source: 'library' },
    ]);
  });

  it('returns every holiday of one day', async () => {
    const calendar = await loadHolidayCalendar({
      country: 'BR',
      custom: [
        { yearly: '12-25', name: 'Confraternização da equipe' },
        { date: '2027-12-25', name: 'Plantão suspenso' },
      ],
    });

    expect(calendar.holidaysOn('2027-12-25')).to.deep.equal([
      { date: '2027-12-25', name: 'Natal', type: 'public', source: 'library' },
      { date: '2027-12-25', name: 'Confraternização da equipe', type: 'company', source: 'custom' },
      { date: '2027-12-25', name: 'Plantão suspenso', type: 'company', source: 'custom' },
    ]);
  });

  it('lists a range across years in order', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR' });

    expect(dates(calendar.holidaysInRange('2026-12-20', '2027-01-10'))).to.deep.equal([
      '2026-12-25',
      '2027-01-01',
    ]);
  });

  it('returns copies that callers may change', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR' });

    calendar.holidaysOn('2027-12-25').pop();

    expect(calendar.holidaysOn('2027-12-25')).to.have.length(1);
  });

  it('rejects an unknown region', async () => {
    let error: unknown;
    try {
      await loadHolidayCalendar({ country: 'BR', region: 'ZZ' });
    } catch (caught) {
      error = caught;
    }

    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('Unknown holiday region "ZZ"');
  });

  it('rejects an unknown city with the known codes', async () => {
    let error: unknown;
    try {
      await loadHolidayCalendar({ country: 'BR', region: 'SP', city: 'SAO_PAULO' });
    } catch (caught) {
      error = caught;
    }

    expect((error as Error).message).to.contain('Unknown holiday city "SAO_PAULO"');
    expect((error as Error).message).to.contain('known codes: SP');
  });
});

describe('loadHolidayCalendar in any browser zone', () => {
  it('marks 2027-11-20 for BR', async () => {
    const calendar = await loadHolidayCalendar({ country: 'BR' });

    expect(dates(calendar.holidaysOn('2027-11-20'))).to.deep.equal(['2027-11-20']);
    expect(calendar.holidaysOn('2027-11-19')).to.deep.equal([]);
    expect(calendar.holidaysOn('2027-11-21')).to.deep.equal([]);
  });
});
