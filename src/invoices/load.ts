/**
 * Loading every invoice of one customer page by page, for the summary and the
 * billing view. The list itself never needs all of them: it requests one page
 * at a time.
 */
import type { DataProvider, GetListParams } from '../core/provider.ts';
import type { Invoice, RecordId } from '../core/records.ts';

/** Page size of the background loads; large so that 10,000 invoices take 20 requests. */
export const backgroundPageSize = 500;

/**
 * Upper bound on the number of pages read, which stops a provider that ignores
 * `pagination` and keeps returning full pages from looping forever.
 */
export const maxBackgroundPages = 1000;

export interface LoadAllOptions {
  signal?: AbortSignal;
  perPage?: number;
  sort?: GetListParams['sort'];
}

/**
 * Reads all pages of `getList('invoices', { filter: { customerId } })` in
 * order and concatenates them. Stops at the first short or empty page, when
 * `total` is reached, or when `pageInfo.hasNextPage` is false. Rejects like
 * the provider does, including with an AbortError when `signal` aborts.
 */
export async function loadAllInvoices(
  provider: DataProvider,
  customerId: RecordId,
  { signal, perPage = backgroundPageSize, sort }: LoadAllOptions = {},
): Promise<Invoice[]> {
  const invoices: Invoice[] = [];
  for (let page = 1; page <= maxBackgroundPages; page += 1) {
    signal?.throwIfAborted();
    const result = await provider.getList<Invoice>('invoices', {
      filter: { customerId },
      pagination: { page, perPage },
      sort,
      signal,
    });
    invoices.push(...result.data);
    const reachedTotal = result.total !== undefined && invoices.length >= result.total;
    const noNextPage = result.pageInfo?.hasNextPage === false;
    if (result.data.length < perPage || reachedTotal || noNextPage) return invoices;
  }
  return invoices;
}
