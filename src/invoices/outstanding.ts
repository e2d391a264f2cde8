import { invoiceBalance, type InvoiceLike } from './status.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';

/** Balance a customer still owes across their invoices. */
export interface Outstanding {
  /** Sum of the invoices' balances in minor units of `currency`. */
  totalMinor: number;
  /** Earliest due date among invoices with a balance; undefined when nothing is owed. */
  oldestDueDate?: CalendarDate;
  currency: string;
}

/**
 * Adds up the balances of `invoices` in `currency`. Canceled and paid
 * invoices add nothing.
 * NOTE: invoices in another currency are left out, because amounts in two
 * currencies cannot be added without a rate.
 */
export function outstandingOf(invoices: readonly InvoiceLike[], currency: string): Outstanding {
  let totalMinor = 0;
  let oldestDueDate: CalendarDate | undefined;
  for (const invoice of invoices) {
    if (invoice.currency.toUpperCase() !== currency.toUpperCase()) continue;
    const balance = invoiceBalance(invoice);
    if (balance <= 0) continue;
    totalMinor += balance;
    if (oldestDueDate === undefined || invoice.dueDate < oldestDueDate)
      oldestDueDate = invoice.dueDate;
  }
  return { totalMinor, oldestDueDate, currency };
}
