import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../core/crm-element.ts';
import { fire } from '../core/events.ts';
import { pickMessages, type Messages } from '../core/i18n.ts';
import { describeProviderFailure, isAbortError, type GetListResult } from '../core/provider.ts';
import type { Customer } from '../core/records.ts';
import { ProviderQuery } from '../data-layer/provider-query.ts';
import { Debouncer } from './debouncer.ts';
import { defaultColumnsStorageKey, readHiddenColumns } from './column-chooser.ts';
import { activeFilterValues, validFilters, type FilterValues, type ListFilter } from './filters.ts';
import { RowWindow, type RowRange } from './row-window.ts';
import { VirtualPages } from './virtual-pages.ts';
import * as query from './list-query.ts';
import { customerListMessages, type CustomerListMessage } from './messages.ts';

/** Rows per request in virtual mode unless `page-size` sets another. */
const virtualPageSize = 100;

/**
 * The state of `<customer-list>`: its properties, the page or pages read
 * through the provider's query cache, and the handling of each response.
 * Rendering is in `customer-list.ts`, keyboard and pointer input in
 * `customer-list-navigation.ts`.
 */
export abstract class CustomerListBase extends CrmElement {
  /** Id of the selected customer; its row shows `aria-selected="true"`. */
  @property({ attribute: 'selected-id', reflect: true }) selectedId?: string;

  /** Search text, sent as `filter.q`. Follows the search box after 300 ms without typing. */
  @property({ reflect: true }) search?: string;

  /**
   * Rows per page. Default: the structure's `list.pageSize`, else 25. In
   * virtual mode, rows per request, default 100.
   */
  @property({ attribute: 'page-size', type: Number }) pageSize?: number;

  /**
   * `paged` shows one page at a time with a pager. `virtual` shows every
   * customer in one scroll box and loads the pages that scroll into view.
   */
  @property({ reflect: true }) mode: 'paged' | 'virtual' = 'paged';

  /**
   * Filter controls shown beside the search box; their values are sent in
   * `filter`. Default: the structure's `list.filters`.
   */
  @property({ attribute: false }) filters?: ListFilter[];

  protected get effectiveFilters(): ListFilter[] {
    return validFilters(this.filters ?? this.effectiveStructure?.list?.filters);
  }

  /** localStorage key under which the column chooser keeps the hidden columns. */
  @property({ attribute: 'storage-key' }) storageKey = defaultColumnsStorageKey;

  @state() protected page = 1;
  @state() protected sort?: query.ListSort;
  @state() protected searchDraft = '';
  /** Index of the row that has the grid's single tab stop: on the page, or among all rows. */
  @state() protected activeIndex = 0;
  @state() protected filterValues: FilterValues = {};
  @state() protected hiddenColumns: ReadonlySet<string> = new Set();
  @state() protected columnMenuOpen = false;
  /** 0-based indexes of the first and last rows in view in virtual mode. */
  @state() protected visibleRows = { first: 0, last: 0 };
  /** Row to focus once its page has loaded, after Ctrl+End or PageDown to another page. */
  protected pendingFocus?: 'first' | 'last';

  protected readonly searchDebouncer = new Debouncer<string>((text) => {
    this.search = text;
  }, 300);

  /** The page read through the provider's shared query cache. */
  protected readonly pageQuery = new ProviderQuery<GetListResult<Customer>>(this, () => {
    const provider = this.effectiveProvider;
    if (!provider || !this.effectiveStructure?.list || this.mode === 'virtual') return undefined;
    const params = query.toGetListParams(this.currentQuery());
    const invalidResult = this.messages.invalidResult;
    return {
      provider,
      resource: 'customers',
      method: 'getList',
      params,
      keepPrevious: true,
      fetch: (signal) => query.fetchCustomers(provider, params, signal, invalidResult),
    };
  });

  /** The pages in view in virtual mode, read through the same cache. */
  protected readonly virtualPages = new VirtualPages(this, () => {
    const provider = this.effectiveProvider;
    if (!provider || !this.effectiveStructure?.list || this.mode !== 'virtual') return undefined;
    return {
      provider,
      query: this.currentQuery(),
      first: this.visibleRows.first,
      last: this.visibleRows.last,
      invalidResult: this.messages.invalidResult,
    };
  });

  /** The scroll window of virtual mode, which reports the rows in view. */
  protected readonly rowWindow = new RowWindow(this, (range) => this.onRowsInView(range));

  /** The last provider result handled by {@link onResult}, so each is handled once. */
  protected handledResult?: GetListResult<Customer>;
  protected reportedError?: unknown;

  /**
   * Rows per page in effect: `page-size`, else the structure's
   * `list.pageSize` (paged mode) or 100 (virtual mode), else 25.
   */
  get effectivePageSize(): number {
    if (this.mode === 'virtual') return query.resolvePageSize(this.pageSize, virtualPageSize);
    return query.resolvePageSize(this.pageSize, this.effectiveStructure?.list?.pageSize);
  }

  protected get messages(): Messages<CustomerListMessage> {
    return pickMessages(customerListMessages, this.effectiveLocale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searchDebouncer.cancel();
  }

  /** Builds the request of the page in view from the current inputs. */
  protected currentQuery(): query.ListQuery {
    return {
      page: this.page,
      perPage: this.effectivePageSize,
      search: (this.search ?? '').trim(),
      sort: this.sort,
      filter: activeFilterValues(this.effectiveFilters, this.filterValues),
    };
  }

  /** Loaded page, or the previous one while the requested page loads. */
  protected get loaded(): query.LoadedPage | undefined {
    const result = this.pageQuery.result;
    if (!result?.data) return undefined;
    return query.toLoadedPage(this.queryOfResult(), result.data);
  }

  /**
   * Returns the request whose response is shown. Placeholder data belongs to
   * the previous key, so rows keep their previous indexes until the new
   * response arrives, while the pager already shows {@link page}.
   */
  protected queryOfResult(): query.ListQuery {
    const current = this.currentQuery();
    if (!this.pageQuery.result?.isPlaceholderData) return current;
    return this.shownQuery ?? current;
  }

  /** The request of the last response that was not a placeholder. */
  protected shownQuery?: query.ListQuery;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('search')) {
      const text = this.search ?? '';
      if (text !== this.searchDraft) {
        this.searchDebouncer.cancel();
        this.searchDraft = text;
      }
      if ((changed.get('search') ?? '').trim() !== text.trim()) this.showFirstRows();
    }
    if (changed.has('pageSize') || changed.has('mode') || changed.has('filters')) {
      this.showFirstRows();
    }
    if (changed.has('mode')) this.activeIndex = 0;
    if (changed.has('storageKey')) this.hiddenColumns = new Set(readHiddenColumns(this.storageKey));
    if (changed.has('selectedId')) this.activateSelectedRow();
  }

  /** Goes back to page 1, and in virtual mode to the top of the rows. */
  protected showFirstRows(): void {
    this.page = 1;
    const { first, last } = this.visibleRows;
    if (first > 0) this.visibleRows = { first: 0, last: last - first };
    this.rowWindow.scrollToTop();
  }

  /** Handles the response the query controller synced in `hostUpdate`, before rendering it. */
  protected override update(changed: PropertyValues<this>): void {
    const page = this.page;
    this.onResult();
    // A step back changes the request, so the controller syncs again before rendering.
    if (this.page !== page) this.pageQuery.hostUpdate();
    super.update(changed);
  }

  /**
   * Handles a new provider response once: steps back from a page that no longer
   * exists, moves the tab stop, and reports a failed first load as `crm-error`.
   */
  protected onResult(): void {
    const result = this.pageQuery.result;
    if (!result) return;
    if (result.status === 'error' && result.error !== this.reportedError) {
      this.reportedError = result.error;
      if (!isAbortError(result.error)) {
        const { message, status } = describeProviderFailure(result.error);
        fire(this, 'crm-error', { kind: 'provider', message, status });
      }
    }
    if (!result.data || result.isPlaceholderData || result.data === this.handledResult) return;
    this.handledResult = result.data;
    const shown = this.currentQuery();
    this.shownQuery = shown;
    this.onPageLoaded(query.toLoadedPage(shown, result.data));
  }

  protected onPageLoaded(loaded: query.LoadedPage): void {
    if (loaded.rows.length === 0 && loaded.query.page > 1) {
      // The data shrank under the current page, so step back to the last page that has rows.
      this.page = loaded.summary.pageCount ?? loaded.query.page - 1;
      return;
    }
    if (this.pendingFocus) {
      const index = this.pendingFocus === 'last' ? loaded.rows.length - 1 : 0;
      this.pendingFocus = undefined;
      void this.focusRow(Math.max(0, index));
      return;
    }
    const selected = this.indexOfSelected(loaded.rows);
    if (selected >= 0) this.activeIndex = selected;
    else if (this.activeIndex >= loaded.rows.length) this.activeIndex = 0;
  }

  /**
   * Returns whether a next page exists. With a page count this is a comparison.
   * Without one, the loaded page's `hasNext` decides, so paging waits for that page to load.
   */
  protected canGoNext(loaded: query.LoadedPage): boolean {
    if (loaded.summary.pageCount !== undefined) return this.page < loaded.summary.pageCount;
    return loaded.query.page === this.page && loaded.summary.hasNext;
  }

  /** Shows another page; `focus` names the row to focus once the page has loaded. */
  protected goToPage(page: number, focus?: 'first' | 'last'): void {
    const target = Math.max(1, page);
    this.activeIndex = 0;
    if (target === this.page) {
      if (focus) void this.focusRow(focus === 'last' ? (this.loaded?.rows.length ?? 1) - 1 : 0);
      return;
    }
    this.page = target;
    this.pendingFocus = focus;
  }

  protected readonly toggleSort = (field: string): void => {
    this.sort = query.nextSort(this.sort, field);
    this.showFirstRows();
  };

  protected select(row: Customer): void {
    const accepted = fire(this, 'customer-select', { id: row.id, customer: row });
    if (accepted) this.selectedId = String(row.id);
  }

  protected isSelected(row: Customer): boolean {
    return this.selectedId !== undefined && String(row.id) === String(this.selectedId);
  }

  protected indexOfSelected(rows: Customer[]): number {
    return rows.findIndex((row) => this.isSelected(row));
  }

  protected activateSelectedRow(): void {
    const index = this.indexOfSelected(this.loaded?.rows ?? []);
    if (index >= 0) this.activeIndex = index;
  }

  /** Moves the tab stop to a row and focuses it. */
  protected abstract focusRow(index: number): Promise<void>;

  /** Takes the rows in view that the scroll window reports in virtual mode. */
  protected abstract onRowsInView(range: RowRange): void;
}
