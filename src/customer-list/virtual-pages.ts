import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataProvider, GetListResult } from '../core/provider.ts';
import type { Customer } from '../core/records.ts';
import type { QueryState } from '../data-layer/query.ts';
import type { QueryCache } from '../data-layer/query-cache.ts';
import { queryClientFor } from '../data-layer/query-client.ts';
import { QueryObserver, type ObserverOptions } from '../data-layer/query-observer.ts';
import { hashKey, providerQueryKey, type QueryKey } from '../data-layer/query-keys.ts';
import { fetchCustomers, toGetListParams, type ListQuery } from './list-query.ts';

/** The rows a virtual list needs, as the element describes them for the current render. */
export interface PageWindow {
  provider: DataProvider;
  /** Search, sort, filter and page size; `page` is ignored. */
  query: ListQuery;
  /** 0-based indexes of the first and last rows in view. */
  first: number;
  last: number;
  invalidResult: string;
}

/** Length of the list as far as the loaded pages show it. */
export interface ListExtent {
  /** Number of matching customers, when the provider counts them. */
  total?: number;
  /** Number of rows known to exist: `total`, else the end of the furthest page loaded. */
  known: number;
  /** Whether the last row is known: a total was sent, or a page reported that no next page follows. */
  complete: boolean;
}

type PageAnswer = GetListResult<Customer>;
type PageObserver = QueryObserver<PageAnswer>;

/** Pages requested before and after the ones in view, so short scrolls find rows ready. */
const marginPages = 1;

/**
 * Loads the pages of a virtual list that are in view through the provider's
 * shared query cache, one query per page key (the same keys as the paged
 * list, so both share responses). Pages that leave the view stop being
 * observed, which aborts their requests still in flight through `signal`.
 */
export class VirtualPages implements ReactiveController {
  /** One observer per page in view, by the hash of the page's key, each with its unsubscribe. */
  private observers = new Map<string, { observer: PageObserver; stop: () => void }>();
  private client?: QueryCache;
  private signature?: string;
  private window?: PageWindow;
  private baseHash?: string;
  private extent: ListExtent = { known: 0, complete: false };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly describe: () => PageWindow | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
    this.signature = undefined;
  }

  /** The length of the list as far as the loaded pages tell. */
  get listExtent(): ListExtent {
    return this.extent;
  }

  /** Returns the customer at a 0-based row index, or undefined while its page loads. */
  row(index: number): Customer | undefined {
    const window = this.window;
    if (!window) return undefined;
    const perPage = window.query.perPage;
    const answer = this.pageData(Math.floor(index / perPage) + 1);
    return answer?.data[index % perPage];
  }

  /**
   * Returns whether `index` is the first loaded row with `row`'s id. Pages
   * fetched at different times can overlap when customers are added or
   * re-sorted in between, and only the first copy should show as selected.
   * Warns once per repeated id.
   */
  isFirstRowOf(row: Customer, index: number): boolean {
    const perPage = this.window?.query.perPage;
    if (!perPage) return true;
    const id = String(row.id);
    const pages = [...this.observers.values()]
      .map(({ observer }) => observer.options.queryKey[2] as { pagination: { page: number } })
      .map((params) => params.pagination.page)
      .sort((left, right) => left - right);
    for (const page of pages) {
      const rows = this.pageData(page)?.data ?? [];
      const offset = rows.findIndex((candidate) => String(candidate.id) === id);
      if (offset === -1) continue;
      const first = (page - 1) * perPage + offset;
      if (first !== index && !this.repeatedIds.has(id)) {
        this.repeatedIds.add(id);
        console.warn(
          `<customer-list>: customer "${id}" came back at rows ${first + 1} and ${index + 1}; ` +
            'the provider returned overlapping pages, so only the first row shows as selected.',
        );
      }
      return first === index;
    }
    return true;
  }

  /** Ids already reported by {@link isFirstRowOf}. */
  private readonly repeatedIds = new Set<string>();

  /** The state of the first page's request, which decides the loading and error states. */
  firstPageState(): QueryState<GetListResult<Customer>> | undefined {
    if (!this.window || !this.client) return undefined;
    return this.client.getQueryState(this.keyOf(1));
  }

  /** Fetches the pages in view again, such as after a failed first load. */
  retry = (): void => {
    for (const { observer } of this.observers.values()) void observer.refetch();
  };

  private pageData(page: number): GetListResult<Customer> | undefined {
    return this.client?.getQueryData<GetListResult<Customer>>(this.keyOf(page));
  }

  private keyOf(page: number): QueryKey {
    const query = { ...this.window!.query, page };
    return providerQueryKey('customers', 'getList', toGetListParams(query));
  }

  private sync(): void {
    const window = this.describe();
    if (!window) {
      this.stop();
      this.window = undefined;
      this.signature = undefined;
      return;
    }
    const client = queryClientFor(window.provider);
    if (client !== this.client) {
      this.stop();
      this.client = client;
      // The list's length comes from the new provider's pages alone.
      this.baseHash = undefined;
    }
    this.window = window;
    const baseHash = hashKey([toGetListParams({ ...window.query, page: 1 })]);
    if (baseHash !== this.baseHash) {
      this.baseHash = baseHash;
      this.extent = { known: 0, complete: false };
    }
    const pages = this.pagesInView(window);
    const signature = `${baseHash}|${pages.join(',')}`;
    if (signature === this.signature && this.observers.size > 0) return;
    this.signature = signature;
    this.observe(
      client,
      pages.map((page) => this.options(window, page)),
    );
    this.measure();
  }

  private pagesInView(window: PageWindow): number[] {
    const perPage = window.query.perPage;
    const firstPage = Math.max(1, Math.floor(window.first / perPage) + 1 - marginPages);
    let lastPage = Math.floor(Math.max(window.first, window.last) / perPage) + 1 + marginPages;
    if (this.extent.complete)
      lastPage = Math.min(lastPage, pageCountOf(this.extent.known, perPage));
    const pages: number[] = [];
    for (let page = firstPage; page <= lastPage; page += 1) pages.push(page);
    return pages;
  }

  /**
   * Observes the `requested` pages, keeping the observers of pages already
   * observed. Pages no longer requested stop being observed before new ones
   * start, so their requests abort first.
   */
  private observe(client: QueryCache, requested: Array<ObserverOptions<PageAnswer>>): void {
    const next = new Map(requested.map((options) => [hashKey(options.queryKey), options]));
    for (const [hash, { stop }] of this.observers) {
      if (next.has(hash)) continue;
      stop();
      this.observers.delete(hash);
    }
    for (const [hash, options] of next) {
      if (this.observers.has(hash)) continue;
      const observer = new QueryObserver(client, options);
      const stop = observer.subscribe(() => {
        this.measure();
        this.host.requestUpdate();
      });
      this.observers.set(hash, { observer, stop });
    }
  }

  private options(window: PageWindow, page: number): ObserverOptions<PageAnswer> {
    const params = toGetListParams({ ...window.query, page });
    return {
      queryKey: providerQueryKey('customers', 'getList', params),
      queryFn: (signal) => fetchCustomers(window.provider, params, signal, window.invalidResult),
    };
  }

  /** Updates {@link extent} from the pages cached for the current search, sort and filter. */
  private measure(): void {
    const window = this.window;
    if (!window || this.observers.size === 0) return;
    const perPage = window.query.perPage;
    let { known, complete, total } = this.extent;
    for (const { observer } of this.observers.values()) {
      const answer = observer.getCurrentResult().data;
      if (!answer) continue;
      const params = observer.options.queryKey[2] as { pagination: { page: number } };
      const end = (params.pagination.page - 1) * perPage + answer.data.length;
      if (typeof answer.total === 'number' && Number.isFinite(answer.total) && answer.total >= 0) {
        total = answer.total;
        known = total;
        complete = true;
        continue;
      }
      known = Math.max(known, end);
      const hasNext = answer.pageInfo?.hasNextPage ?? answer.data.length >= perPage;
      if (!hasNext) {
        known = end;
        complete = true;
      }
    }
    this.extent = { known, complete, total };
  }

  private stop(): void {
    for (const { stop } of this.observers.values()) stop();
    this.observers.clear();
  }
}

function pageCountOf(rows: number, perPage: number): number {
  return Math.max(1, Math.ceil(rows / perPage));
}
