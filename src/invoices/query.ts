/**
 * Filtering and sorting of invoices by their status on a given day. The
 * status is computed, not stored, so `<invoice-tab>` filters and sorts by it
 * itself over the customer's invoices. In-memory providers may use it too.
 */
import type { CalendarDate } from '../dates/calendar-date.ts';
import type { SortOrder } from '../core/provider.ts';
import { toMinorUnits } from '../money/money.ts';
import { invoiceStatus, invoiceStatuses, type InvoiceLike, type InvoiceStatus } from './status.ts';

/** Rank of each status when sorting by status ascending: most urgent first. */
export const statusSortRank: Readonly<Record<InvoiceStatus, number>> = {
  overdue: 0,
  partial: 1,
  open: 2,
  paid: 3,
  canceled: 4,
};

/** True when `value` names an invoice status. */
export function isInvoiceStatus(value: unknown): value is InvoiceStatus {
  return typeof value === 'string' && (invoiceStatuses as readonly string[]).includes(value);
}

function statusRank(invoice: InvoiceLike, today: CalendarDate): number {
  try {
    return statusSortRank[invoiceStatus(invoice, today)];
  } catch {
    return Number.NaN;
  }
}

function amountKey(invoice: InvoiceLike): number {
  try {
    return toMinorUnits(invoice.amount, invoice.currency);
  } catch {
    return Number.NaN;
  }
}

/** Orders NaN after every number, in either sort order. */
function compareNumbers(left: number, right: number, order: SortOrder): number {
  const leftInvalid = Number.isNaN(left);
  const rightInvalid = Number.isNaN(right);
  if (leftInvalid && rightInvalid) return 0;
  if (leftInvalid) return 1;
  if (rightInvalid) return -1;
  return order === 'DESC' ? right - left : left - right;
}

/**
 * Compares two invoices by `field` for `Array.prototype.sort`: `status` by
 * {@link statusSortRank}, `amount` in minor units, anything else as text
 * (calendar dates sort correctly as text). Invalid amounts and statuses sort
 * last in both orders.
 */
export function compareInvoices<T extends InvoiceLike>(
  a: T,
  b: T,
  field: string,
  order: SortOrder,
  today: CalendarDate,
): number {
  if (field === 'status') return compareNumbers(statusRank(a, today), statusRank(b, today), order);
  if (field === 'amount') return compareNumbers(amountKey(a), amountKey(b), order);
  const result = String((a as Record<string, unknown>)[field] ?? '').localeCompare(
    String((b as Record<string, unknown>)[field] ?? ''),
  );
  return order === 'DESC' ? -result : result;
}

/** Returns the invoices whose status on `today` is `status`, or all of them when `status` is not a status. */
export function filterInvoicesByStatus<T extends InvoiceLike>(
  invoices: readonly T[],
  status: unknown,
  today: CalendarDate,
): T[] {
  if (!isInvoiceStatus(status)) return [...invoices];
  return invoices.filter((invoice) => {
    try {
      return invoiceStatus(invoice, today) === status;
    } catch {
      return false;
    }
  });
}
