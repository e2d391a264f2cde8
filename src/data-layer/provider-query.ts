import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataProvider } from '../core/provider.ts';
import type { QueryCache } from './query-cache.ts';
import { queryClientFor } from './query-client.ts';
import { acquireLiveSubscription } from './live-updates.ts';
import { QueryObserver, type ObserverOptions, type QueryResult } from './query-observer.ts';
import { hashKey, providerQueryKey, type QueryKey, type ReadMethod } from './query-keys.ts';

/** One provider read, as an element describes it for the current render. */
export interface ProviderRead<T> {
  provider: DataProvider;
  resource: string;
  /** `getList`, `getOne`, or a name of the element's own for a custom `fetch`. */
  method: ReadMethod;
  /** The method's params without `signal`; part of the cache key. */
  params: object;
  /** Runs the read; defaults to `provider[method](resource, { ...params, signal })`. */
  fetch?: (signal: AbortSignal) => Promise<T>;
  /** Overrides the cache's stale time for this read, in ms. */
  staleTime?: number;
  /**
   * Keeps showing the previous key's data while a new key loads, such as the
   * current page while the next one loads. `isPlaceholder` is true for the previous data.
   */
  keepPrevious?: boolean;
}

/** The states a template renders. */
export interface QueryView<T, R> {
  /** No read: a required input such as the customer id is missing. */
  idle?: () => R;
  /** First load, nothing cached. */
  pending: () => R;
  /** First load failed; `retry` refetches. */
  error: (error: unknown, retry: () => void) => R;
  /**
   * Data to show. `refreshError` is set when the latest refresh failed and the
   * data is the last good response, fetched at `updatedAt`.
   */
  success: (data: T, state: SuccessState) => R;
}

export interface SuccessState {
  /** When the data shown was fetched. */
  updatedAt: Date;
  /** The failure of the latest refresh, when the data is the last good response. */
  refreshError?: unknown;
  /** True while the data is the previous key's, kept by `keepPrevious`. */
  isPlaceholder: boolean;
  /** True while a request for the shown key runs, in the background or not. */
  isFetching: boolean;
  retry: () => void;
}

function defaultFetch<T>(read: ProviderRead<T>, signal: AbortSignal): Promise<T> {
  const method = (read.provider as unknown as Record<string, unknown>)[read.method];
  if (typeof method !== 'function') {
    return Promise.reject(new TypeError(`The data provider has no method "${read.method}".`));
  }
  // Providers may throw synchronously; the promise chain turns that into a rejection.
  return Promise.resolve().then(() =>
    (method as (resource: string, params: object) => Promise<T>).call(
      read.provider,
      read.resource,
      {
        ...read.params,
        signal,
      },
    ),
  );
}

/**
 * Reads through the provider's shared query cache for a Lit element. Equal
 * reads from several elements run once; the request's `signal` aborts when no
 * element needs the response anymore, and the newest key's response always wins.
 */
export class ProviderQuery<T> implements ReactiveController {
  private observer?: QueryObserver<T>;
  private client?: QueryCache;
  private hash?: string;
  private key?: QueryKey;
  private stopObserving?: () => void;
  private releaseLive?: () => void;
  private currentRead?: ProviderRead<T>;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly describe: () => ProviderRead<T> | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // The first read starts in hostUpdate, after the host's willUpdate has
    // validated its inputs (structure, time zone). A reconnected element
    // resumes the read it had.
    if (this.client && this.key) this.attach(this.client, this.key);
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach();
  }

  /** The current result, or undefined while there is no read. */
  get result(): QueryResult<T> | undefined {
    return this.observer?.getCurrentResult();
  }

  get data(): T | undefined {
    return this.result?.data;
  }

  /** Fetches again now, whatever the data's age. */
  refetch = (): void => {
    void this.observer?.refetch();
  };

  /** Renders the state the read is in. */
  render<R>(view: QueryView<T, R>): R | undefined {
    const result = this.result;
    if (!result) return view.idle?.();
    if (result.data !== undefined) {
      return view.success(result.data, {
        updatedAt: new Date(result.dataUpdatedAt),
        refreshError: result.isRefetchError ? result.error : undefined,
        isPlaceholder: result.isPlaceholderData,
        isFetching: result.isFetching,
        retry: this.refetch,
      });
    }
    if (result.status === 'error') return view.error(result.error, this.refetch);
    return view.pending();
  }

  private options(read: ProviderRead<T>, key: QueryKey): ObserverOptions<T> {
    return {
      queryKey: key,
      queryFn: (signal) => (read.fetch ? read.fetch(signal) : defaultFetch(read, signal)),
      staleTime: read.staleTime,
      keepPrevious: read.keepPrevious,
    };
  }

  private sync(): void {
    const read = this.describe();
    if (!read) {
      this.detach();
      this.observer = undefined;
      this.client = undefined;
      this.hash = undefined;
      this.key = undefined;
      return;
    }
    const client = queryClientFor(read.provider);
    const key = providerQueryKey(read.resource, read.method, read.params);
    const hash = hashKey(key);
    if (client !== this.client) {
      this.detach();
      this.observer = undefined;
      this.client = client;
      this.hash = undefined;
    }
    if (hash !== this.hash || !this.observer) {
      const options = this.options(read, key);
      if (this.observer) this.observer.setOptions(options);
      else this.observer = new QueryObserver(client, options);
      this.hash = hash;
      this.key = key;
      this.currentRead = read;
      this.releaseLive?.();
      this.releaseLive = undefined;
    }
    if (this.connected) this.attach(client, key);
  }

  private attach(client: QueryCache, key: QueryKey): void {
    if (!this.observer) return;
    this.stopObserving ??= this.observer.subscribe(() => this.host.requestUpdate());
    if (!this.releaseLive && this.currentRead) {
      this.releaseLive = acquireLiveSubscription(client, this.currentRead.provider, key);
    }
  }

  private detach(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
    this.releaseLive?.();
    this.releaseLive = undefined;
  }
}
