import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  parseCalendarDate,
  toCalendarDate,
} from '../../src/dates/calendar-date.ts';
import { agingBucketIndex, createAgingBuckets } from '../../src/invoices/aging.ts';
import {
  addBusinessDays,
  isBusinessDay,
  loadHolidayCalendar,
  nextBusinessDay,
  type HolidayCalendar,
} from '../../src/holidays/business-days.ts';
import { countGeneratedCases } from '../hardening/property-cases.ts';
import { describeCorpus } from '../hardening/reliability.ts';

const runs = { numRuns: 200 };

/** Existing calendar dates from 1900 to 2100. */
const calendarDates = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    toCalendarDate(year, month, Math.min(day, daysInMonth(year, month))),
  );

/** Increasing positive aging edges such as [30, 60, 90]. */
const agingEdges = fc
  .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 })
  .map((edges) => [...edges].sort((a, b) => a - b));

const generated = countGeneratedCases();

describeCorpus(
  {
    name: 'property-dates',
    title: 'Property tests: dates, aging and business days',
    size: () => generated.count,
    unit: 'generated cases',
    checks:
      'fast-check properties of date-only arithmetic (`addDays`, `daysBetween`, `addMonths`), aging buckets and business-day arithmetic with custom holidays. Each test is one property or example.',
  },
  'dates properties',
  () => {
    describe('calendar date properties', () => {
      it('addDays then daysBetween returns the offset', () => {
        fc.assert(
          fc.property(calendarDates, fc.integer({ min: -20000, max: 20000 }), (date, days) => {
            const later = addDays(date, days);
            expect(isCalendarDate(later)).to.equal(true);
            expect(daysBetween(date, later)).to.equal(days);
            expect(addDays(later, -days)).to.equal(date);
          }),
          runs,
        );
      });

      it('daysBetween is antisymmetric', () => {
        fc.assert(
          fc.property(calendarDates, calendarDates, (a, b) => {
            expect(daysBetween(a, b)).to.equal(-daysBetween(b, a));
          }),
          runs,
        );
      });

      it('addMonths clamps the day to the month', () => {
        fc.assert(
          fc.property(calendarDates, fc.integer({ min: -600, max: 600 }), (date, months) => {
            const moved = parseCalendarDate(addMonths(date, months));
            const start = parseCalendarDate(date);
            const monthIndex = start.year * 12 + (start.month - 1) + months;
            expect(moved.year).to.equal(Math.floor(monthIndex / 12));
            expect(moved.month).to.equal((monthIndex % 12) + 1);
            expect(moved.day).to.equal(Math.min(start.day, daysInMonth(moved.year, moved.month)));
          }),
          runs,
        );
      });

      it('addMonths by zero returns the date', () => {
        fc.assert(
          fc.property(calendarDates, (date) => {
            expect(addMonths(date, 0)).to.equal(date);
          }),
          runs,
        );
      });
    });

    describe('aging bucket properties', () => {
      it('never moves a later day to an earlier bucket', () => {
        fc.assert(
          fc.property(
            agingEdges,
            fc.integer({ min: -50, max: 2000 }),
            fc.nat(500),
            (edges, days, extra) => {
              expect(agingBucketIndex(days + extra, edges)).to.be.at.least(
                agingBucketIndex(days, edges),
              );
            },
          ),
          runs,
        );
      });

      it('puts each day count in the bucket that covers it', () => {
        fc.assert(
          fc.property(agingEdges, fc.integer({ min: -50, max: 2000 }), (edges, days) => {
            const buckets = createAgingBuckets(edges);
            const bucket = buckets[agingBucketIndex(days, edges)];
            expect(Math.max(days, 0)).to.be.at.least(bucket.minDays);
            if (bucket.maxDays !== undefined)
              expect(Math.max(days, 0)).to.be.at.most(bucket.maxDays);
          }),
          runs,
        );
      });
    });

    describe('business day properties', () => {
      let saoPaulo: HolidayCalendar;

      before(async () => {
        saoPaulo = await loadHolidayCalendar({
          country: 'BR',
          region: 'SP',
          custom: [{ yearly: '12-24', name: 'Véspera de Natal' }],
        });
      });

      const businessDates = fc
        .record({
          year: fc.integer({ min: 2020, max: 2035 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
        })
        .map(({ year, month, day }) => toCalendarDate(year, month, day));

      it('addBusinessDays lands on a business day', () => {
        fc.assert(
          fc.property(
            businessDates,
            fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0),
            (date, days) => {
              const result = addBusinessDays(date, days, saoPaulo);
              expect(isBusinessDay(result, saoPaulo), result).to.equal(true);
              expect(Math.sign(daysBetween(date, result))).to.equal(Math.sign(days));
            },
          ),
          runs,
        );
      });

      it('addBusinessDays counts business days between', () => {
        fc.assert(
          fc.property(businessDates, fc.integer({ min: 1, max: 30 }), (date, days) => {
            const result = addBusinessDays(date, days, saoPaulo);
            let counted = 0;
            for (let day = addDays(date, 1); day <= result; day = addDays(day, 1)) {
              if (isBusinessDay(day, saoPaulo)) counted++;
            }
            expect(counted).to.equal(days);
          }),
          { numRuns: 100 },
        );
      });

      it('addBusinessDays by one is nextBusinessDay', () => {
        fc.assert(
          fc.property(businessDates, (date) => {
            expect(addBusinessDays(date, 1, saoPaulo)).to.equal(nextBusinessDay(date, saoPaulo));
          }),
          runs,
        );
      });

      it('never counts a custom holiday as a business day', () => {
        fc.assert(
          fc.property(fc.integer({ min: 2020, max: 2035 }), (year) => {
            expect(isBusinessDay(`${year}-12-24`, saoPaulo)).to.equal(false);
          }),
          { numRuns: 16 },
        );
      });
    });
  },
);
