import type { DataProvider, GetListParams, GetListResult, SortOrder } from '../core/provider.ts';
import { customerSchema, type Customer } from '../core/records.ts';
import { validateRecords } from '../core/validate-records.ts';

/** Page size when neither the element nor the structure sets one. */
export const defaultPageSize = 25;

/** Largest page size accepted, the same limit as the structure's `list.pageSize`. */
export const maxPageSize = 500;

export interface ListSort {
  field: string;
  order: SortOrder;
}

/** The request of one page of customers matching a search. */
export interface ListQuery {
  /** 1-based page number. */
  page: number;
  perPage: number;
  /** Search text as typed; blank means no search. */
  search: string;
  sort?: ListSort;
  /** Filter values sent beside `q`, such as `{ status: 'late', score_gte: 500 }`. */
  filter?: Record<string, string | number>;
}

/** Counts and positions of the loaded page, for the pager and the grid. */
export interface PageSummary {
  /** Total number of customers, when the provider counts them. */
  total?: number;
  /** Number of pages, when `total` is known. */
  pageCount?: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** 0-based position of the page's first row among all matching customers. */
  offset: number;
  /** `aria-rowcount`: every matching customer plus the header row, or -1 when unknown. */
  ariaRowCount: number;
}

/** One page of customers with the request that loaded it. */
export interface LoadedPage {
  query: ListQuery;
  rows: Customer[];
  summary: PageSummary;
}

/**
 * Resolves the page size from the element's `page-size`, then the structure's
 * `list.pageSize`, then {@link defaultPageSize}. Values that are not whole
 * numbers from 1 to {@link maxPageSize} are skipped.
 */
export function resolvePageSize(...candidates: Array<number | null | undefined>): number {
  for (const candidate of candidates) {
    if (typeof candidate === 'number' && Number.isInteger(candidate)) {
      if (candidate >= 1 && candidate <= maxPageSize) return candidate;
    }
  }
  return defaultPageSize;
}

/** Cycles a column's sort: none, then ascending, then descending, then none again. */
export function nextSort(current: ListSort | undefined, field: string): ListSort | undefined {
  if (current?.field !== field) return { field, order: 'ASC' };
  if (current.order === 'ASC') return { field, order: 'DESC' };
  return undefined;
}

/** Returns the `aria-sort` value of a sortable column header. */
export function ariaSortOf(
  sort: ListSort | undefined,
  field: string,
): 'ascending' | 'descending' | 'none' {
  if (sort?.field !== field) return 'none';
  return sort.order === 'ASC' ? 'ascending' : 'descending';
}

/**
 * Builds the `getList('customers', ...)` parameters. A blank search sends no
 * `q`; the filter values follow `q` in the order of their keys, so equal
 * requests make equal cache keys.
 */
export function toGetListParams(query: ListQuery, signal?: AbortSignal): GetListParams {
  const q = query.search.trim();
  const filter: Record<string, unknown> = q ? { q } : {};
  for (const key of Object.keys(query.filter ?? {}).sort()) filter[key] = query.filter![key];
  const params: GetListParams = {
    pagination: { page: query.page, perPage: query.perPage },
    filter,
  };
  if (query.sort) params.sort = { ...query.sort };
  if (signal) params.signal = signal;
  return params;
}

/**
 * Summarizes a loaded page for the pager and the grid. With `total` the pages
 * are counted. Without it, `pageInfo.hasNextPage` decides whether a next page
 * exists. With neither, a full page is taken to mean that more may follow.
 */
export function summarizePage(query: ListQuery, result: GetListResult<unknown>): PageSummary {
  const offset = (query.page - 1) * query.perPage;
  const hasPrevious = query.page > 1;
  const total = result.total;
  if (typeof total === 'number' && Number.isFinite(total) && total >= 0) {
    const pageCount = Math.max(1, Math.ceil(total / query.perPage));
    return {
      total,
      pageCount,
      hasPrevious,
      hasNext: query.page < pageCount,
      offset,
      ariaRowCount: total + 1,
    };
  }
  const hasNext = result.pageInfo?.hasNextPage ?? result.data.length >= query.perPage;
  return { hasPrevious, hasNext, offset, ariaRowCount: -1 };
}

/** `aria-rowindex` of the row at `index` on the page; the header row is 1. */
export function ariaRowIndexOf(summary: PageSummary, index: number): number {
  return summary.offset + index + 2;
}

/** Moves a row index by a navigation key, kept inside `0..rowCount - 1`; -1 for other keys. */
export function targetRowIndex(key: string, current: number, rowCount: number): number {
  if (rowCount === 0) return -1;
  const last = rowCount - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, last);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return -1;
  }
}

/**
 * Requests one page of customers through `provider.getList('customers', ...)`.
 * Rejects with `invalidResultMessage` when the result has no `data` array, and
 * skips records that are not customers (or repeat an id) with a warning that
 * names them.
 */
export async function fetchCustomers(
  provider: DataProvider,
  params: GetListParams,
  signal: AbortSignal,
  invalidResultMessage: string,
): Promise<GetListResult<Customer>> {
  const result = await provider.getList<Customer>('customers', { ...params, signal });
  if (!result || !Array.isArray(result.data)) throw new Error(invalidResultMessage);
  const { records } = validateRecords('customer-list', 'customers', result.data, customerSchema);
  return records.length === result.data.length ? result : { ...result, data: records };
}

/** Pairs a provider result with the request that loaded it. */
export function toLoadedPage(query: ListQuery, result: GetListResult<Customer>): LoadedPage {
  return { query, rows: result.data, summary: summarizePage(query, result) };
}

/**
 * Loads one page of customers through `provider.getList('customers', ...)`.
 * Rejects with `invalidResultMessage` when the result has no `data` array.
 */
export async function loadPage(
  provider: DataProvider,
  query: ListQuery,
  signal: AbortSignal,
  invalidResultMessage: string,
): Promise<LoadedPage> {
  const params = toGetListParams(query);
  const result = await fetchCustomers(provider, params, signal, invalidResultMessage);
  return toLoadedPage(query, result);
}
