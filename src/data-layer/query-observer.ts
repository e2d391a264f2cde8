import type { QueryCache } from './query-cache.ts';
import type { Query, QueryStatus } from './query.ts';
import type { QueryKey } from './query-keys.ts';

/** Options of an observer: the key it reads, its fetch function and how it shows data. */
export interface ObserverOptions<T> {
  queryKey: QueryKey;
  queryFn: (signal: AbortSignal) => Promise<T>;
  /** Overrides the cache's stale time, in ms. */
  staleTime?: number;
  /** Keeps the previous key's data, as a placeholder, while a new key loads. */
  keepPrevious?: boolean;
}

/** The state of an observer's read, as elements render it. */
export interface QueryResult<T> {
  status: QueryStatus;
  data: T | undefined;
  dataUpdatedAt: number;
  error: unknown;
  errorUpdatedAt: number;
  isFetching: boolean;
  /** True when the latest refresh failed and `data` is the last good response. */
  isRefetchError: boolean;
  /** True while `data` is the previous key's, kept by `keepPrevious`. */
  isPlaceholderData: boolean;
}

/** Observers with listeners, refreshed when the page becomes visible or goes online. */
const subscribed = new Set<QueryObserver<unknown>>();

function refreshStale(): void {
  if (document.visibilityState === 'hidden') return;
  for (const observer of subscribed) observer.refreshIfStale();
}

function watchPage(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  // visibilitychange fires at the document and bubbles to the window.
  window[method]('visibilitychange', refreshStale);
  window[method]('online', refreshStale);
}

/**
 * Follows one read key in a {@link QueryCache}: fetches it when its listeners
 * first subscribe and the data is stale, and calls them synchronously when its
 * state changes. Changing the key moves to that key's
 * entry; the old entry's request aborts when no other observer reads it.
 */
export class QueryObserver<T> {
  private query: Query<T>;
  private readonly listeners = new Set<(result: QueryResult<T>) => void>();
  private placeholder?: { data: T; dataUpdatedAt: number };
  private result?: QueryResult<T>;
  /** The state and placeholder that {@link result} was built from. */
  private resultInputs?: [unknown, unknown];

  constructor(
    private readonly cache: QueryCache,
    private current: ObserverOptions<T>,
  ) {
    this.query = cache.build<T>(current.queryKey);
    this.query.fetchFn = current.queryFn;
  }

  get options(): ObserverOptions<T> {
    return this.current;
  }

  setOptions(options: ObserverOptions<T>): void {
    const query = this.cache.build<T>(options.queryKey);
    query.fetchFn = options.queryFn;
    this.current = options;
    if (query === this.query) return;
    const current = this.getCurrentResult();
    this.placeholder =
      options.keepPrevious && current.data !== undefined
        ? { data: current.data, dataUpdatedAt: current.dataUpdatedAt }
        : undefined;
    const previous = this.query;
    this.query = query;
    if (this.listeners.size === 0) return;
    query.addListener(this.onChange);
    previous.removeListener(this.onChange);
    this.refreshIfStale();
  }

  /** Returns the read's current state, the same object until that state changes. */
  getCurrentResult(): QueryResult<T> {
    const state = this.query.state;
    if (state.data !== undefined || state.status === 'error') this.placeholder = undefined;
    const placeholder = this.placeholder;
    const inputs = this.resultInputs;
    if (this.result && inputs?.[0] === state && inputs[1] === placeholder) return this.result;
    this.resultInputs = [state, placeholder];
    this.result = {
      status: placeholder ? 'success' : state.status,
      data: placeholder ? placeholder.data : state.data,
      dataUpdatedAt: placeholder ? placeholder.dataUpdatedAt : state.dataUpdatedAt,
      error: state.error,
      errorUpdatedAt: state.errorUpdatedAt,
      isFetching: state.isFetching,
      isRefetchError: state.status === 'error' && state.data !== undefined,
      isPlaceholderData: placeholder !== undefined,
    };
    return this.result;
  }

  /** Adds a listener; the first one starts observing and fetches stale data. Returns the removal. */
  subscribe(listener: (result: QueryResult<T>) => void): () => void {
    if (this.listeners.size === 0) this.followCacheEntry();
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      this.query.addListener(this.onChange);
      if (subscribed.size === 0) watchPage(true);
      subscribed.add(this as QueryObserver<unknown>);
      this.refreshIfStale();
    }
    return () => {
      if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
      this.query.removeListener(this.onChange);
      subscribed.delete(this as QueryObserver<unknown>);
      if (subscribed.size === 0) watchPage(false);
    };
  }

  /**
   * Fetches again now, whatever the data's age, for a retry the user asked
   * for. Over data shown, a request in flight is aborted and sent again, as
   * it may hang. A first load in flight is joined and its retry delay ended.
   */
  refetch(): Promise<void> {
    this.followCacheEntry();
    return this.query.fetch({ userRequested: true });
  }

  /** Fetches when the data is older than the stale time, missing or invalidated. */
  refreshIfStale(): void {
    this.followCacheEntry();
    if (this.query.isStale(this.current.staleTime)) void this.query.fetch();
  }

  /**
   * Moves to the cache's entry for the key when the cache dropped the one
   * observed, after `gcTime` without observers or on `clear`, so the reads
   * stay shared and invalidation reaches them again.
   */
  private followCacheEntry(): void {
    const query = this.cache.build<T>(this.current.queryKey);
    if (query === this.query) return;
    query.fetchFn = this.current.queryFn;
    if (this.listeners.size > 0) {
      query.addListener(this.onChange);
      this.query.removeListener(this.onChange);
    }
    this.query = query;
  }

  private readonly onChange = (): void => {
    const result = this.getCurrentResult();
    for (const listener of this.listeners) listener(result);
  };
}
