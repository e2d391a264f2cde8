/**
 * The invoices a collector still has to collect: open, partially paid and
 * overdue ones, oldest due date first, with their balances, plus the aging
 * buckets and the summary of the same invoices.
 */
import type { CalendarDate } from '../dates/calendar-date.ts';
import type { Invoice } from '../core/records.ts';
import { ageInvoices, defaultAgingEdges, type AgingBucket } from './aging.ts';
import {
  daysOverdue,
  invoiceBalance,
  invoiceStatus,
  isPending,
  type InvoiceStatus,
} from './status.ts';
import { summarizeInvoices, type InvoiceSummary } from './summary.ts';

export interface PendingInvoice {
  /** `String(invoice.id)`. */
  id: string;
  invoice: Invoice;
  status: InvoiceStatus;
  daysOverdue: number;
  /** Amount still owed, in minor units. */
  balance: number;
}

export interface Collection {
  /** Pending invoices by due date, oldest first; ties by invoice number. */
  pending: PendingInvoice[];
  aging: AgingBucket[];
  summary: InvoiceSummary;
}

/**
 * Builds the collection view of `invoices` on `today` in `currency`.
 * Invoices in another currency or with invalid amounts are left out (and
 * counted in `summary.skipped`). Throws RangeError when `edges` are not
 * increasing positive integers.
 */
export function buildCollection(
  invoices: readonly Invoice[],
  {
    today,
    currency,
    edges = defaultAgingEdges,
  }: { today: CalendarDate; currency: string; edges?: readonly number[] },
): Collection {
  const summary = summarizeInvoices(invoices, { today, currency });
  const pending: PendingInvoice[] = [];
  for (const invoice of invoices) {
    if (invoice.currency !== currency) continue;
    let status: InvoiceStatus;
    try {
      status = invoiceStatus(invoice, today);
    } catch {
      continue;
    }
    if (!isPending(status)) continue;
    pending.push({
      id: String(invoice.id),
      invoice,
      status,
      daysOverdue: daysOverdue(invoice, today),
      balance: invoiceBalance(invoice),
    });
  }
  pending.sort(
    (a, b) =>
      a.invoice.dueDate.localeCompare(b.invoice.dueDate) ||
      a.invoice.number.localeCompare(b.invoice.number, 'en', { numeric: true }),
  );
  const aging = ageInvoices(
    pending.map((entry) => entry.invoice),
    today,
    edges,
  );
  return { pending, aging, summary };
}
