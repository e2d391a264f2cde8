import type { QueryKey } from './query-keys.ts';
import { replaceEqualDeep } from './replace-equal-deep.ts';

/** `pending` until the first response or failure; `error` after the latest read failed, data or not. */
export type QueryStatus = 'pending' | 'error' | 'success';

/** The cached state of one read. */
export interface QueryState<T = unknown> {
  data: T | undefined;
  /** Time in ms since the epoch of the latest response, 0 before any. */
  dataUpdatedAt: number;
  /** The latest failure, or null after a response. */
  error: unknown;
  /** Time in ms since the epoch of the latest failure, 0 before any. */
  errorUpdatedAt: number;
  status: QueryStatus;
  /** True while a request runs or waits to be retried. */
  isFetching: boolean;
  /** True once invalidated, until the next response. */
  isInvalidated: boolean;
}

/** Settings shared by every read of one cache. */
export interface QuerySettings {
  staleTime: number;
  gcTime: number;
  /** Whether to retry after `failures` earlier failures (0 for the first) ended with `error`. */
  retry: (failures: number, error: unknown) => boolean;
  /** Delay in ms before the retry that follows `failures` earlier failures. */
  retryDelay: (failures: number) => number;
  /** Time in ms after which an attempt is aborted and fails with a TimeoutError. */
  timeout: number;
}

/** One request in flight, with its retries. */
interface Run {
  controller: AbortController;
  promise: Promise<void>;
  settle: () => void;
  /** Ends a retry delay early; set while one runs. */
  wake?: () => void;
}

const initialState: QueryState = {
  data: undefined,
  dataUpdatedAt: 0,
  error: null,
  errorUpdatedAt: 0,
  status: 'pending',
  isFetching: false,
  isInvalidated: false,
};

/**
 * The cache entry of one read key: its state, the request in flight and the
 * listeners of the observers that show it. The request's signal aborts when
 * the last observer leaves, and the entry is dropped `gcTime` ms later.
 */
export class Query<T = unknown> {
  state = initialState as QueryState<T>;
  /** Runs the read; the latest observer to set it wins, as all of them read the same key. */
  fetchFn?: (signal: AbortSignal) => Promise<T>;
  private readonly listeners = new Set<() => void>();
  private run?: Run;
  private gcTimer?: ReturnType<typeof setTimeout>;

  constructor(
    readonly queryKey: QueryKey,
    readonly hash: string,
    private readonly settings: QuerySettings,
    private readonly remove: (query: Query<T>) => void,
  ) {
    this.scheduleRemoval();
  }

  /** True when the data is missing, invalidated, or older than `staleTime` ms. */
  isStale(staleTime = this.settings.staleTime): boolean {
    const { data, dataUpdatedAt, isInvalidated } = this.state;
    return data === undefined || isInvalidated || Date.now() - dataUpdatedAt >= staleTime;
  }

  get isActive(): boolean {
    return this.listeners.size > 0;
  }

  addListener(listener: () => void): void {
    this.listeners.add(listener);
    clearTimeout(this.gcTimer);
  }

  /** Removes a listener; after the last one, aborts the request in flight and schedules removal. */
  removeListener(listener: () => void): void {
    this.listeners.delete(listener);
    if (this.listeners.size > 0) return;
    if (this.run) this.cancel();
    this.scheduleRemoval();
  }

  setData(data: T): void {
    this.update({
      data: replaceEqualDeep(this.state.data, data),
      dataUpdatedAt: Date.now(),
      error: null,
      status: 'success',
      isInvalidated: false,
    });
  }

  invalidate(): void {
    if (!this.state.isInvalidated) this.update({ isInvalidated: true });
  }

  /**
   * Starts a request, or joins the one in flight. `restart` aborts the one in
   * flight and starts anew, so a response sent before a write cannot land
   * after it. `userRequested` marks a retry the user asked for: over data
   * shown it restarts a request that may hang, and without data it joins the
   * first load and ends its retry delay. The promise never rejects.
   */
  fetch({ restart = false, userRequested = false } = {}): Promise<void> {
    const running = this.run;
    if (running && userRequested && this.state.data !== undefined) restart = true;
    if (running && !restart) {
      if (userRequested) running.wake?.();
      return running.promise;
    }
    const fetchFn = this.fetchFn;
    if (!fetchFn) return Promise.resolve();
    if (running) {
      running.controller.abort();
      running.wake?.();
      running.settle();
    }
    const run = { controller: new AbortController() } as Run;
    run.promise = new Promise<void>((resolve) => (run.settle = resolve));
    this.run = run;
    // Without data, a new attempt after a failure shows as loading, not as the old error.
    if (this.state.data === undefined)
      this.update({ isFetching: true, status: 'pending', error: null });
    else if (!this.state.isFetching) this.update({ isFetching: true });
    void this.attempt(run, fetchFn).finally(run.settle);
    return run.promise;
  }

  /** Aborts the request in flight, keeping the state it had before. */
  cancel(): void {
    const run = this.run;
    if (!run) return;
    this.run = undefined;
    run.controller.abort();
    run.wake?.();
    run.settle();
    this.update({ isFetching: false });
  }

  /** Stops timers and the request in flight, when the cache drops this entry. */
  dispose(): void {
    clearTimeout(this.gcTimer);
    this.cancel();
  }

  private async attempt(run: Run, fetchFn: (signal: AbortSignal) => Promise<T>): Promise<void> {
    for (let failures = 0; ; failures += 1) {
      try {
        const data = await this.attemptWithTimeout(run, fetchFn);
        if (this.run !== run) return;
        if (data === undefined) {
          // Data undefined means "not loaded yet" everywhere in the cache, so it is an error.
          this.finish({
            error: new TypeError(`The read ${this.hash} resolved with undefined, not a response.`),
            errorUpdatedAt: Date.now(),
            status: 'error',
          });
          return;
        }
        this.finish({
          data: replaceEqualDeep(this.state.data, data),
          dataUpdatedAt: Date.now(),
          error: null,
          status: 'success',
          isInvalidated: false,
        });
        return;
      } catch (error) {
        if (this.run !== run) return;
        if (!this.settings.retry(failures, error)) {
          this.finish({ error, errorUpdatedAt: Date.now(), status: 'error' });
          return;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.settings.retryDelay(failures));
          run.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        run.wake = undefined;
        if (this.run !== run) return;
      }
    }
  }

  /**
   * Runs one attempt with a signal that aborts with the run or after
   * `timeout` ms, when the attempt rejects with a TimeoutError whatever the
   * provider does with the signal.
   */
  private attemptWithTimeout(run: Run, fetchFn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const { timeout } = this.settings;
    if (!Number.isFinite(timeout)) return fetchFn(run.controller.signal);
    const controller = new AbortController();
    const abort = () => controller.abort(run.controller.signal.reason);
    run.controller.signal.addEventListener('abort', abort, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new DOMException(
          `The read ${this.hash} timed out after ${timeout} ms.`,
          'TimeoutError',
        );
        controller.abort(error);
        reject(error);
      }, timeout);
    });
    let attempt: Promise<T>;
    try {
      attempt = Promise.resolve(fetchFn(controller.signal));
    } catch (error) {
      // A provider that throws synchronously fails the attempt like a rejection.
      attempt = Promise.reject(error);
    }
    return Promise.race([attempt, timedOut]).finally(() => {
      clearTimeout(timer);
      run.controller.signal.removeEventListener('abort', abort);
    });
  }

  /** Ends the request in flight with `patch`, and schedules removal when no observer is left. */
  private finish(patch: Partial<QueryState<T>>): void {
    this.run = undefined;
    this.update({ ...patch, isFetching: false });
    if (!this.isActive) this.scheduleRemoval();
  }

  private update(patch: Partial<QueryState<T>>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private scheduleRemoval(): void {
    clearTimeout(this.gcTimer);
    if (!Number.isFinite(this.settings.gcTime)) return;
    this.gcTimer = setTimeout(() => {
      if (!this.isActive && !this.run) this.remove(this);
    }, this.settings.gcTime);
  }
}
