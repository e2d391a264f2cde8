/**
 * Counts and amounts of a customer's invoices by status, for the summary
 * cards of `<invoice-tab>` and the totals of `<billing-tab>`. Status rules
 * are in `status.ts`, aging buckets in `aging.ts`; this module re-exports both.
 */
import { toMinorUnits } from '../money/money.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import type { DataProvider } from '../core/provider.ts';
import type { RecordId } from '../core/records.ts';
import { invoiceStatus, isPending, type InvoiceLike, type InvoiceStatus } from './status.ts';

export * from './status.ts';
export * from './aging.ts';
export * from './load.ts';
export * from './pending.ts';
export * from './query.ts';

/** Count and sums, in minor units, of the invoices with one status. */
export interface StatusTotals {
  count: number;
  /** Sum of the invoice amounts. */
  amount: number;
  /** Sum of the paid amounts. */
  paid: number;
  /** Sum of the balances still owed (0 for paid and canceled invoices). */
  balance: number;
}

export interface InvoiceSummary {
  /** ISO 4217 code of every amount in the summary. */
  currency: string;
  /** Calendar date the statuses were computed for. */
  today: CalendarDate;
  /** Every counted invoice, canceled ones included. */
  total: StatusTotals;
  open: StatusTotals;
  partial: StatusTotals;
  overdue: StatusTotals;
  paid: StatusTotals;
  canceled: StatusTotals;
  /** Sum of the balances of open, partial and overdue invoices, in minor units. */
  outstanding: number;
  /** Earliest due date of an open, partial or overdue invoice; null when none is pending. */
  oldestOpenDueDate: CalendarDate | null;
  /** Earliest issue date of an invoice that is not canceled; null when there is none. */
  oldestIssueDate: CalendarDate | null;
  /**
   * Invoices left out of every number: those in another currency than
   * `currency` (amounts in different currencies cannot be added) and those
   * whose amounts are not valid decimals.
   */
  skipped: { otherCurrency: number; invalid: number; currencies: string[] };
}

export interface SummarizeOptions {
  /** Calendar date in the structure's time zone, from `todayIn(timeZone, clock.now())`. */
  today: CalendarDate;
  /** Currency of the summary; invoices in any other currency are skipped and counted. */
  currency: string;
}

/**
 * A data provider that can compute the invoice summary itself, so that
 * `<invoice-tab>` need not load every invoice of a customer to count them.
 * The method is optional: without it the element loads all pages of the
 * customer's invoices in the background and calls {@link summarizeInvoices}.
 * It must return the same numbers as `summarizeInvoices` over the customer's
 * invoices with the same `today` and `currency`, reject with an `AbortError`
 * when `signal` aborts, and may leave `skipped` at zero counts.
 */
export interface InvoiceSummaryProvider extends DataProvider {
  getInvoiceSummary?(
    customerId: RecordId,
    options: { signal?: AbortSignal; today: CalendarDate; currency: string },
  ): Promise<InvoiceSummary>;
}

function emptyTotals(): StatusTotals {
  return { count: 0, amount: 0, paid: 0, balance: 0 };
}

/** An empty summary, as returned for no invoices. */
export function emptyInvoiceSummary(today: CalendarDate, currency: string): InvoiceSummary {
  return {
    currency,
    today,
    total: emptyTotals(),
    open: emptyTotals(),
    partial: emptyTotals(),
    overdue: emptyTotals(),
    paid: emptyTotals(),
    canceled: emptyTotals(),
    outstanding: 0,
    oldestOpenDueDate: null,
    oldestIssueDate: null,
    skipped: { otherCurrency: 0, invalid: 0, currencies: [] },
  };
}

function addTo(totals: StatusTotals, amount: number, paid: number, balance: number): void {
  totals.count += 1;
  totals.amount += amount;
  totals.paid += paid;
  totals.balance += balance;
}

function earlier(current: CalendarDate | null, candidate: CalendarDate): CalendarDate {
  return current === null || candidate < current ? candidate : current;
}

/**
 * Summarizes `invoices` on `today` in `currency`. Does not throw on bad
 * invoices: ones in another currency or with invalid amounts are counted in
 * `skipped` and left out of every other number.
 */
export function summarizeInvoices(
  invoices: Iterable<InvoiceLike & { issueDate?: CalendarDate }>,
  { today, currency }: SummarizeOptions,
): InvoiceSummary {
  const summary = emptyInvoiceSummary(today, currency);
  const otherCurrencies = new Set<string>();
  for (const invoice of invoices) {
    if (invoice.currency !== currency) {
      summary.skipped.otherCurrency += 1;
      otherCurrencies.add(String(invoice.currency));
      continue;
    }
    let amount: number;
    let paid: number;
    let status: InvoiceStatus;
    try {
      amount = toMinorUnits(invoice.amount, currency);
      paid = toMinorUnits(invoice.paidAmount, currency);
      status = invoiceStatus(invoice, today);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      summary.skipped.invalid += 1;
      continue;
    }
    const balance = isPending(status) ? amount - paid : 0;
    addTo(summary.total, amount, paid, balance);
    addTo(summary[status], amount, paid, balance);
    if (isPending(status)) {
      summary.outstanding += balance;
      summary.oldestOpenDueDate = earlier(summary.oldestOpenDueDate, invoice.dueDate);
    }
    if (status !== 'canceled' && invoice.issueDate) {
      summary.oldestIssueDate = earlier(summary.oldestIssueDate, invoice.issueDate);
    }
  }
  summary.skipped.currencies = [...otherCurrencies].sort();
  return summary;
}
