/**
 * Aging buckets: pending invoices grouped by days past due. The first bucket,
 * `current`, holds invoices not yet past due; each edge `e` of the structure's
 * `billing.agingBuckets` closes a bucket that ends at `e` days, and a last,
 * open-ended bucket holds everything after the last edge. Edges [30, 60, 90]
 * give current, 1–30, 31–60, 61–90 and > 90.
 */
import type { CalendarDate } from '../dates/calendar-date.ts';
import {
  daysOverdue,
  invoiceBalance,
  invoiceStatus,
  isPending,
  type InvoiceLike,
} from './status.ts';

/** Edges used when the structure sets none. */
export const defaultAgingEdges: readonly number[] = [30, 60, 90];

export interface AgingBucket {
  /** `current` or the range itself, such as `1-30` or `91+`; stable for CSS parts and tests. */
  key: string;
  /** Range as shown, such as "1–30" or "> 90"; empty for `current` (the element names it). */
  label: string;
  /** Smallest number of days past due in the bucket; 0 for `current`. */
  minDays: number;
  /** Largest number of days past due in the bucket; undefined for the last bucket. */
  maxDays?: number;
  count: number;
  /** Sum of the balances, in minor units. */
  balance: number;
}

/**
 * Builds the empty buckets for `edges`. Throws RangeError unless the edges are
 * positive integers in strictly increasing order.
 */
export function createAgingBuckets(edges: readonly number[] = defaultAgingEdges): AgingBucket[] {
  if (edges.length === 0) throw new RangeError('Invalid aging edges: expected at least one edge.');
  edges.forEach((edge, index) => {
    if (!Number.isInteger(edge) || edge < 1 || (index > 0 && edge <= edges[index - 1])) {
      throw new RangeError(
        `Invalid aging edges [${edges.join(', ')}]: expected positive integers in increasing order.`,
      );
    }
  });
  const buckets: AgingBucket[] = [
    { key: 'current', label: '', minDays: 0, maxDays: 0, count: 0, balance: 0 },
  ];
  let start = 1;
  for (const edge of edges) {
    buckets.push({
      key: `${start}-${edge}`,
      label: `${start}–${edge}`,
      minDays: start,
      maxDays: edge,
      count: 0,
      balance: 0,
    });
    start = edge + 1;
  }
  const last = edges[edges.length - 1];
  buckets.push({ key: `${start}+`, label: `> ${last}`, minDays: start, count: 0, balance: 0 });
  return buckets;
}

/** Index into `createAgingBuckets(edges)` of the bucket for `days` past due (0 or less is current). */
export function agingBucketIndex(
  days: number,
  edges: readonly number[] = defaultAgingEdges,
): number {
  if (days <= 0) return 0;
  const index = edges.findIndex((edge) => days <= edge);
  return index === -1 ? edges.length + 1 : index + 1;
}

/**
 * Groups the pending (open, partial, overdue) invoices into aging buckets with
 * their counts and balances. Paid and canceled invoices are left out. Balances
 * are in the invoices' minor units, so pass invoices of one currency.
 */
export function ageInvoices(
  invoices: Iterable<InvoiceLike>,
  today: CalendarDate,
  edges: readonly number[] = defaultAgingEdges,
): AgingBucket[] {
  const buckets = createAgingBuckets(edges);
  for (const invoice of invoices) {
    if (!isPending(invoiceStatus(invoice, today))) continue;
    const bucket = buckets[agingBucketIndex(daysOverdue(invoice, today), edges)];
    bucket.count += 1;
    bucket.balance += invoiceBalance(invoice);
  }
  return buckets;
}
