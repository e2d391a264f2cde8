import { expect } from '@open-wc/testing';
import {
  isGridKey,
  isMonthKey,
  monthGrid,
  moveFocus,
  shiftMonth,
  weekdayOrder,
  weekStartOf,
} from '../../src/history-timeline/calendar-grid.ts';
import { weekStartFromTable } from '../../src/history-timeline/week-start.ts';

describe('calendar grid', () => {
  it('starts weeks on Sunday for pt-BR and en-US', () => {
    expect(weekStartOf('pt-BR')).to.equal(0);
    expect(weekStartOf('en-US')).to.equal(0);
    expect(weekStartOf('en')).to.equal(0);
  });

  it('starts weeks on Monday for de and en-GB', () => {
    expect(weekStartOf('de')).to.equal(1);
    expect(weekStartOf('de-AT')).to.equal(1);
    expect(weekStartOf('en-GB')).to.equal(1);
  });

  it('falls back to Sunday for unknown locales', () => {
    expect(weekStartOf('xx')).to.equal(0);
    expect(weekStartOf('not a tag')).to.equal(0);
  });

  it('follows the region for es', () => {
    expect(weekStartOf('es')).to.equal(1);
    expect(weekStartOf('es-MX')).to.equal(0);
  });

  it('reads the table without Intl week data', () => {
    expect(weekStartFromTable('pt-BR')).to.equal(0);
    expect(weekStartFromTable('en-US')).to.equal(0);
    expect(weekStartFromTable('en-GB')).to.equal(1);
    expect(weekStartFromTable('de-AT')).to.equal(1);
    expect(weekStartFromTable('es')).to.equal(1);
    expect(weekStartFromTable('es-MX')).to.equal(0);
    expect(weekStartFromTable('xx')).to.equal(0);
  });

  it('matches Intl for every locale in the table', () => {
    for (const locale of ['pt-BR', 'pt', 'pt-PT', 'en-US', 'en', 'en-CA', 'en-GB', 'en-AU']) {
      expect(weekStartFromTable(locale), locale).to.equal(weekStartOf(locale));
    }
    for (const locale of ['en-IE', 'es-MX', 'es-US', 'es', 'de', 'fr', 'fr-CA', 'it', 'nl']) {
      expect(weekStartFromTable(locale), locale).to.equal(weekStartOf(locale));
    }
  });

  it('orders weekday columns', () => {
    expect(weekdayOrder(0)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayOrder(1)).to.deep.equal([1, 2, 3, 4, 5, 6, 0]);
  });

  it('begins December 2026 on the Sunday before', () => {
    const weeks = monthGrid('2026-12', 0);

    expect(weeks[0][0]).to.equal('2026-11-29');
    expect(weeks.at(-1)?.at(-1)).to.equal('2027-01-02');
    expect(weeks).to.have.length(5);
  });

  it('begins December 2026 on the Monday before for de', () => {
    const weeks = monthGrid('2026-12', 1);

    expect(weeks[0][0]).to.equal('2026-11-30');
    expect(weeks.at(-1)?.at(-1)).to.equal('2027-01-03');
  });

  it('spans six rows when the month needs them', () => {
    // August 2026 begins on a Saturday and has 31 days.
    const weeks = monthGrid('2026-08', 0);

    expect(weeks).to.have.length(6);
    expect(weeks[0][0]).to.equal('2026-07-26');
    expect(weeks[0][6]).to.equal('2026-08-01');
    expect(weeks[5][1]).to.equal('2026-08-31');
  });

  it('spans four rows for a February from Sunday', () => {
    // February 2026 begins on a Sunday and has 28 days.
    expect(monthGrid('2026-02', 0)).to.have.length(4);
    expect(monthGrid('2026-02', 1)).to.have.length(5);
  });

  it('fills every row with seven days', () => {
    for (const week of monthGrid('2027-11', 1)) expect(week).to.have.length(7);
  });

  it('shifts months across years', () => {
    expect(shiftMonth('2026-12', 1)).to.equal('2027-01');
    expect(shiftMonth('2027-01', -1)).to.equal('2026-12');
    expect(shiftMonth('2026-03', -14)).to.equal('2025-01');
  });

  it('validates month keys', () => {
    expect(isMonthKey('2026-12')).to.equal(true);
    expect(isMonthKey('2026-13')).to.equal(false);
    expect(isMonthKey('2026-1')).to.equal(false);
    expect(isMonthKey(undefined)).to.equal(false);
  });

  it('moves focus by day and week', () => {
    expect(moveFocus('2026-12-31', 'ArrowRight', 0)).to.equal('2027-01-01');
    expect(moveFocus('2026-12-01', 'ArrowLeft', 0)).to.equal('2026-11-30');
    expect(moveFocus('2026-12-04', 'ArrowUp', 0)).to.equal('2026-11-27');
    expect(moveFocus('2026-12-28', 'ArrowDown', 0)).to.equal('2027-01-04');
  });

  it('moves focus by month, clamping the day', () => {
    expect(moveFocus('2027-01-31', 'PageDown', 0)).to.equal('2027-02-28');
    expect(moveFocus('2027-03-31', 'PageUp', 0)).to.equal('2027-02-28');
  });

  it('moves focus to the week edges', () => {
    // 2026-12-04 is a Friday.
    expect(moveFocus('2026-12-04', 'Home', 0)).to.equal('2026-11-29');
    expect(moveFocus('2026-12-04', 'End', 0)).to.equal('2026-12-05');
    expect(moveFocus('2026-12-04', 'Home', 1)).to.equal('2026-11-30');
    expect(moveFocus('2026-12-04', 'End', 1)).to.equal('2026-12-06');
  });

  it('recognizes grid keys', () => {
    expect(isGridKey('PageDown')).to.equal(true);
    expect(isGridKey('Enter')).to.equal(false);
  });
});
