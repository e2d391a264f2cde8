import type { DataProvider } from '../core/provider.ts';
import type { RecordId } from '../core/records.ts';
import { QueryCache } from './query-cache.ts';
import { keyTouchesCustomer, providerQueryKey, type ReadMethod } from './query-keys.ts';

/** Cache settings a host may set per provider before the first element reads through it. */
export interface CacheOptions {
  /** Age in ms after which data is refreshed in the background when read again. Default 30 000. */
  staleTime?: number;
  /** Time in ms an unused response stays cached. Default 300 000. */
  gcTime?: number;
  /** Retries of a failed read, with exponential back-off. Default 2; 4xx responses are not retried. */
  retry?: number;
  /** Delay in ms before the first retry; it doubles for each retry, up to 30 000. Default 1 000. */
  retryDelay?: number;
  /**
   * Time in ms after which a read attempt is aborted and fails, then retried
   * like any failure. Default 30 000; `Infinity` waits for ever.
   */
  timeout?: number;
}

const clients = new WeakMap<DataProvider, QueryCache>();

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

// Reads run whatever navigator.onLine reports, because a provider's network
// errors are as likely offline as not; they retry instead.
function createClient(options: CacheOptions): QueryCache {
  const retries = options.retry ?? 2;
  const firstDelay = options.retryDelay ?? 1000;
  return new QueryCache({
    staleTime: options.staleTime ?? 30_000,
    gcTime: options.gcTime ?? 300_000,
    retry: (failures, error) => {
      const status = statusOf(error);
      if (status !== undefined && status >= 400 && status < 500) return false;
      return failures < retries;
    },
    retryDelay: (failures) => Math.min(firstDelay * 2 ** failures, 30_000),
    timeout: options.timeout ?? 30_000,
  });
}

/**
 * Returns the one query cache of `provider`, creating it on first use. Every
 * element reading through the same provider object shares it, even when
 * mounted separately.
 */
export function queryClientFor(provider: DataProvider): QueryCache {
  let client = clients.get(provider);
  if (!client) {
    client = createClient({});
    clients.set(provider, client);
  }
  return client;
}

/**
 * Sets the cache options of `provider`. Responses already cached are dropped,
 * so call it before mounting the elements.
 */
export function configureCache(provider: DataProvider, options: CacheOptions): QueryCache {
  const client = createClient(options);
  clients.set(provider, client);
  return client;
}

/** Drops every cached answer of `provider`, for example on logout. */
export function clearCache(provider: DataProvider): void {
  clients.get(provider)?.clear();
}

/**
 * Puts a known answer in the cache, for example data rendered by the server,
 * so elements show it without a request. `data` is what the provider method
 * would resolve with, such as `{ data: customer }` for `getOne`.
 */
export function prefillCache(
  provider: DataProvider,
  resource: string,
  method: ReadMethod,
  params: object,
  data: unknown,
): void {
  queryClientFor(provider).setQueryData(providerQueryKey(resource, method, params), data);
}

/** Resources a task run or a reassignment changes for its customer. */
export const resourcesChangedByTasks = ['tasks', 'history', 'invoices', 'customers'] as const;

/**
 * Marks stale, and refetches where shown, the reads of `resources` for one
 * customer and the customer lists whose rows show that customer.
 */
export function invalidateCustomer(
  provider: DataProvider,
  customerId: RecordId,
  resources: readonly string[] = resourcesChangedByTasks,
): Promise<void> {
  return queryClientFor(provider).invalidateQueries({
    predicate: (query) =>
      resources.some((resource) => keyTouchesCustomer(query.queryKey, resource, customerId)),
  });
}
