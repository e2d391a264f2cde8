import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Invoice } from '../../src/core/records.ts';
import { addDays, toCalendarDate } from '../../src/dates/calendar-date.ts';
import { fromMinorUnits } from '../../src/money/money.ts';
import {
  ageInvoices,
  invoiceBalance,
  invoiceStatus,
  invoiceStatuses,
  summarizeInvoices,
} from '../../src/invoices/summary.ts';
import { countGeneratedCases } from '../hardening/property-cases.ts';
import { describeCorpus } from '../hardening/reliability.ts';

const runs = { numRuns: 200 };
const today = '2026-12-04';

/** Invoices in BRL (and some in USD or with broken amounts) due around `today`. */
const invoices = fc.array(
  fc
    .record({
      id: fc.uuid(),
      amount: fc.integer({ min: 0, max: 10_000_000 }),
      paidShare: fc.constantFrom(0, 0.5, 1, 1.2),
      dueOffset: fc.integer({ min: -400, max: 120 }),
      canceled: fc.boolean(),
      currency: fc.constantFrom('BRL', 'BRL', 'BRL', 'USD'),
      broken: fc.boolean().map((value) => value && Math.random() < 0.1),
    })
    .map(({ id, amount, paidShare, dueOffset, canceled, currency, broken }): Invoice => {
      const dueDate = addDays(today, dueOffset);
      return {
        id,
        customerId: 'c1',
        number: `F-${id.slice(0, 6)}`,
        issueDate: addDays(dueDate, -20),
        dueDate,
        amount: broken ? 'not a number' : fromMinorUnits(amount, 'BRL'),
        paidAmount: fromMinorUnits(Math.round(amount * paidShare), 'BRL'),
        currency,
        canceled,
      };
    }),
  { maxLength: 40 },
);

const generated = countGeneratedCases();

describeCorpus(
  {
    name: 'property-invoices',
    title: 'Property tests: invoice summary',
    size: () => generated.count,
    unit: 'generated cases',
    checks:
      'fast-check properties of the invoice summary: status counts, conservation of amounts, outstanding balance, aging buckets and oldest pending due date. Each test is one property or example.',
  },
  'invoices properties',
  () => {
    describe('invoice summary properties', () => {
      it('status counts add up to the total', () => {
        fc.assert(
          fc.property(invoices, (list) => {
            const summary = summarizeInvoices(list, { today, currency: 'BRL' });
            const counted = invoiceStatuses.reduce((sum, status) => sum + summary[status].count, 0);
            expect(counted).to.equal(summary.total.count);
            expect(
              summary.total.count + summary.skipped.otherCurrency + summary.skipped.invalid,
            ).to.equal(list.length);
          }),
          runs,
        );
      });

      it('conserves amounts, payments and balances', () => {
        fc.assert(
          fc.property(invoices, (list) => {
            const summary = summarizeInvoices(list, { today, currency: 'BRL' });
            for (const field of ['amount', 'paid', 'balance'] as const) {
              const sum = invoiceStatuses.reduce(
                (total, status) => total + summary[status][field],
                0,
              );
              expect(sum, field).to.equal(summary.total[field]);
            }
            expect(summary.outstanding).to.equal(
              summary.open.balance + summary.partial.balance + summary.overdue.balance,
            );
            expect(summary.paid.balance).to.equal(0);
            expect(summary.canceled.balance).to.equal(0);
          }),
          runs,
        );
      });

      it('outstanding equals the sum of pending balances', () => {
        fc.assert(
          fc.property(invoices, (list) => {
            const counted = list.filter(
              (invoice) => invoice.currency === 'BRL' && invoice.amount !== 'not a number',
            );
            const summary = summarizeInvoices(list, { today, currency: 'BRL' });
            const expected = counted.reduce((sum, invoice) => sum + invoiceBalance(invoice), 0);
            expect(summary.outstanding).to.equal(expected);
          }),
          runs,
        );
      });

      it('aging buckets hold every pending balance once', () => {
        fc.assert(
          fc.property(invoices, (list) => {
            const counted = list.filter(
              (invoice) => invoice.currency === 'BRL' && invoice.amount !== 'not a number',
            );
            const summary = summarizeInvoices(counted, { today, currency: 'BRL' });
            const buckets = ageInvoices(counted, today);
            const balance = buckets.reduce((sum, bucket) => sum + bucket.balance, 0);
            const count = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
            expect(balance).to.equal(summary.outstanding);
            expect(count).to.equal(
              summary.open.count + summary.partial.count + summary.overdue.count,
            );
          }),
          runs,
        );
      });

      it('never calls a past-due unpaid invoice open', () => {
        fc.assert(
          fc.property(invoices, fc.integer({ min: 1, max: 500 }), (list, days) => {
            const later = addDays(today, days);
            for (const invoice of list) {
              if (invoice.currency !== 'BRL' || invoice.amount === 'not a number') continue;
              const before = invoiceStatus(invoice, today);
              const after = invoiceStatus(invoice, later);
              if (before === 'overdue') expect(after).to.equal('overdue');
              if (before === 'paid' || before === 'canceled') expect(after).to.equal(before);
            }
          }),
          runs,
        );
      });

      it('keeps the oldest pending due date among pending invoices', () => {
        fc.assert(
          fc.property(invoices, (list) => {
            const summary = summarizeInvoices(list, { today, currency: 'BRL' });
            if (summary.oldestOpenDueDate === null) {
              expect(summary.outstanding).to.equal(0);
              return;
            }
            expect(summary.oldestOpenDueDate >= toCalendarDate(1900, 1, 1)).to.equal(true);
            expect(list.some((invoice) => invoice.dueDate === summary.oldestOpenDueDate)).to.equal(
              true,
            );
          }),
          runs,
        );
      });
    });
  },
);
