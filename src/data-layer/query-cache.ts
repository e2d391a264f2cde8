import { Query, type QuerySettings, type QueryState } from './query.ts';
import { hashKey, type QueryKey } from './query-keys.ts';

/** Selects cached reads in {@link QueryCache.invalidateQueries} and `refetchQueries`. */
export interface QueryFilters {
  /**
   * Key prefix: a read matches when each part equals the read's part at the
   * same position, objects matching when the read's object has every property
   * given. `['invoices']` selects every invoice read.
   */
  queryKey?: QueryKey;
  predicate?: (query: Query) => boolean;
}

/** True when `value` contains `pattern`: equal, or an object with every property of `pattern`. */
function partialMatch(value: unknown, pattern: unknown): boolean {
  if (value === pattern) return true;
  if (typeof value !== 'object' || typeof pattern !== 'object' || !value || !pattern) return false;
  const record = value as Record<string, unknown>;
  return Object.entries(pattern).every(([key, part]) => partialMatch(record[key], part));
}

function matches(query: Query, { queryKey, predicate }: QueryFilters): boolean {
  if (queryKey && !partialMatch(query.queryKey, queryKey)) return false;
  return !predicate || predicate(query);
}

/**
 * The cache of one provider: one {@link Query} per read key. Elements read
 * through {@link QueryObserver}s; hosts reach it through `queryClientFor`.
 */
export class QueryCache {
  private readonly queries = new Map<string, Query>();

  constructor(readonly settings: QuerySettings) {}

  /** Returns the entry of `key`, creating an empty one when missing. */
  build<T>(key: QueryKey): Query<T> {
    const hash = hashKey(key);
    let query = this.queries.get(hash) as Query<T> | undefined;
    if (!query) {
      query = new Query<T>(key, hash, this.settings, (removed) => {
        if (this.queries.get(hash) === removed) this.queries.delete(hash);
      });
      this.queries.set(hash, query as Query);
    }
    return query;
  }

  /** Number of cached reads. */
  get size(): number {
    return this.queries.size;
  }

  /** Returns the number of reads with a request in flight or waiting to be retried. */
  isFetching(): number {
    let count = 0;
    for (const query of this.queries.values()) if (query.state.isFetching) count += 1;
    return count;
  }

  getQueryData<T>(key: QueryKey): T | undefined {
    return this.queries.get(hashKey(key))?.state.data as T | undefined;
  }

  getQueryState<T>(key: QueryKey): QueryState<T> | undefined {
    return this.queries.get(hashKey(key))?.state as QueryState<T> | undefined;
  }

  /** Stores `data` as the fresh response of `key`, as if a request had just returned it. */
  setQueryData(key: QueryKey, data: unknown): void {
    this.build(key).setData(data);
  }

  /**
   * Marks the matching reads stale and fetches again those an element shows,
   * aborting their requests in flight. Resolves when those requests end.
   */
  async invalidateQueries(filters: QueryFilters = {}): Promise<void> {
    const matching = [...this.queries.values()].filter((query) => matches(query, filters));
    for (const query of matching) query.invalidate();
    const active = matching.filter((query) => query.isActive);
    await Promise.all(active.map((query) => query.fetch({ restart: true })));
  }

  /** Fetches again the matching reads that an element shows. Resolves when the requests end. */
  async refetchQueries(filters: QueryFilters = {}): Promise<void> {
    const active = [...this.queries.values()].filter(
      (query) => query.isActive && matches(query, filters),
    );
    await Promise.all(active.map((query) => query.fetch({ restart: true })));
  }

  /**
   * Drops every entry and aborts their requests. Elements keep what they
   * show, and move to a new entry on their next read.
   */
  clear(): void {
    for (const query of this.queries.values()) query.dispose();
    this.queries.clear();
  }
}
