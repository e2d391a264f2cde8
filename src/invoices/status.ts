/**
 * Status, balance and days past due of one invoice.
 *
 * Status precedence, first match wins:
 * 1. `canceled` when the invoice has `canceled: true`, whatever was paid.
 * 2. `paid` when `paidAmount >= amount`. An amount of zero or less (a credit
 *    balance on the statement) therefore counts as paid, and so does an
 *    overpayment.
 * 3. `overdue` when something is still owed and `today` is after `dueDate`.
 *    Both are calendar dates in the structure's time zone, so an invoice due
 *    today is not overdue yet.
 * 4. `partial` when something was paid but not all, and it is not overdue.
 * 5. `open` otherwise.
 *
 * Amounts are compared in integer minor units of the invoice's own currency,
 * so decimal strings such as "0.30" and floats such as 0.1 + 0.2 compare exactly.
 */
import { toMinorUnits } from '../money/money.ts';
import { daysBetween, type CalendarDate } from '../dates/calendar-date.ts';
import type { Invoice } from '../core/records.ts';

export const invoiceStatuses = ['open', 'partial', 'overdue', 'paid', 'canceled'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/** The fields of an invoice that status, balance and days past due read. */
export type InvoiceLike = Pick<
  Invoice,
  'amount' | 'paidAmount' | 'dueDate' | 'currency' | 'canceled'
>;

/** Amount and paid amount of an invoice in minor units of its currency. Throws RangeError on invalid values. */
export function invoiceAmounts(invoice: InvoiceLike): { amount: number; paid: number } {
  return {
    amount: toMinorUnits(invoice.amount, invoice.currency),
    paid: toMinorUnits(invoice.paidAmount, invoice.currency),
  };
}

/** Computes the status of `invoice` on the calendar date `today` (see the module comment). */
export function invoiceStatus(invoice: InvoiceLike, today: CalendarDate): InvoiceStatus {
  if (invoice.canceled) return 'canceled';
  const { amount, paid } = invoiceAmounts(invoice);
  if (paid >= amount) return 'paid';
  if (today > invoice.dueDate) return 'overdue';
  if (paid > 0) return 'partial';
  return 'open';
}

/**
 * Amount still owed, in minor units: `amount - paidAmount`, or 0 for canceled
 * and paid invoices (an overpayment does not make the balance negative).
 */
export function invoiceBalance(invoice: InvoiceLike): number {
  if (invoice.canceled) return 0;
  const { amount, paid } = invoiceAmounts(invoice);
  return Math.max(amount - paid, 0);
}

/**
 * Calendar days between the due date and `today` while the invoice is
 * overdue, else 0 (paid, canceled, or not past due yet).
 */
export function daysOverdue(invoice: InvoiceLike, today: CalendarDate): number {
  if (invoiceStatus(invoice, today) !== 'overdue') return 0;
  return daysBetween(invoice.dueDate, today);
}

/** True for the statuses that still expect a payment: open, partial and overdue. */
export function isPending(status: InvoiceStatus): boolean {
  return status === 'open' || status === 'partial' || status === 'overdue';
}
