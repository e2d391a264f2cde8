import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { styleProperties } from '../core/style-properties.ts';
import { CrmElement } from '../core/crm-element.ts';
import { fire } from '../core/events.ts';
import { interpolate, pickMessages, type Messages } from '../core/i18n.ts';
import { describeProviderFailure, isAbortError, type GetListResult } from '../core/provider.ts';
import type { Customer } from '../core/records.ts';
import {
  renderEmpty,
  renderLoadError,
  renderLoading,
  renderNoProvider,
  renderStaleBadge,
} from '../core/states.ts';
import { ProviderQuery, type SuccessState } from '../data-layer/provider-query.ts';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { ColumnDefinition } from '../structure/schema.ts';
import { renderHeaderCell, renderRow } from './cells.ts';
import { renderPager } from './pager.ts';
import { Debouncer } from './debouncer.ts';
import {
  defaultColumnsStorageKey,
  readHiddenColumns,
  renderColumnChooser,
  visibleColumns,
  writeHiddenColumns,
} from './column-chooser.ts';
import {
  activeFilterValues,
  renderFilterBar,
  validFilters,
  withFilterValue,
  type FilterValues,
  type ListFilter,
} from './filters.ts';
import { VirtualPages } from './virtual-pages.ts';
import { gridColumnsOf, renderVirtualHeader, renderVirtualRow } from './virtual-rows.ts';
import * as query from './list-query.ts';
import { customerListMessages, type CustomerListMessage } from './messages.ts';
import { customerListStyles } from './styles.ts';

/**
 * @summary A searchable, sortable, paged grid of customers loaded from the
 * data provider, with the columns of the structure's `list`.
 *
 * @fires customer-select - A row was chosen by click, Enter or Space; detail
 * `{ id, customer }`. `selected-id` follows unless a listener calls `preventDefault()`.
 * @fires crm-error - The structure is invalid (`{ kind: 'structure', issues }`) or the
 * provider rejected (`{ kind: 'provider', message, status }`).
 *
 * @csspart search - The search region.
 * @csspart search-input - The search box.
 * @csspart table - The grid.
 * @csspart header - The header row group.
 * @csspart header-cell - Each column header.
 * @csspart sort-button - The button in a sortable column header.
 * @csspart body - The row group of the customers.
 * @csspart row - Each customer row.
 * @csspart cell - Each data cell.
 * @csspart badge - The coloured label of an `enum` value.
 * @csspart pager - The pager below the grid.
 * @csspart previous - The previous-page button.
 * @csspart next - The next-page button.
 * @csspart page - The "page X of Y" text.
 * @csspart count - The number of customers, when the provider returns `total`.
 * @csspart loading - The first-load indicator.
 * @csspart empty - The no-results and no-columns messages.
 * @csspart error - The load or structure error.
 * @csspart retry - The button that loads the page again after an error.
 * @csspart stale - The "not up to date since" badge shown when a refresh failed.
 * @csspart toolbar - The row of search box, filters and column chooser.
 * @csspart filters - The group of filter controls.
 * @csspart filter - Each filter control with its label.
 * @csspart columns-button - The button that opens the column chooser.
 * @csspart column-menu - The column chooser popup.
 * @csspart placeholder - A virtual-mode row whose page is still loading.
 *
 * @cssprop --customer-list-row-height - Height of each row. Default 2.5rem.
 * @cssprop --customer-list-header-background - Background of the header row.
 * @cssprop --customer-list-row-hover-background - Background of the row under the pointer.
 * @cssprop --customer-list-selected-background - Background of the selected row.
 * @cssprop --customer-list-busy-opacity - Opacity of the rows while the next page loads.
 * @cssprop --customer-list-viewport-height - Height of the scroll box in virtual mode. Default 28rem.
 */
/** Rows per request in virtual mode unless `page-size` sets another. */
const virtualPageSize = 100;

export class CustomerList extends CrmElement {
  static override styles: CSSResultGroup = [CrmElement.styles, customerListStyles];

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

  private get effectiveFilters(): ListFilter[] {
    return validFilters(this.filters ?? this.effectiveStructure?.list?.filters);
  }

  /** localStorage key under which the column chooser keeps the hidden columns. */
  @property({ attribute: 'storage-key' }) storageKey = defaultColumnsStorageKey;

  @state() private page = 1;
  @state() private sort?: query.ListSort;
  @state() private searchDraft = '';
  /** Index of the row that has the grid's single tab stop: on the page, or among all rows. */
  @state() private activeIndex = 0;
  @state() private filterValues: FilterValues = {};
  @state() private hiddenColumns: ReadonlySet<string> = new Set();
  @state() private columnMenuOpen = false;
  /** 0-based indexes of the first and last rows in view in virtual mode. */
  @state() private visibleRows = { first: 0, last: 0 };
  /** Row to focus once its page has loaded, after Ctrl+End or PageDown to another page. */
  private pendingFocus?: 'first' | 'last';

  private readonly searchDebouncer = new Debouncer<string>((text) => {
    this.search = text;
  }, 300);

  /** The page read through the provider's shared query cache. */
  private readonly pageQuery = new ProviderQuery<GetListResult<Customer>>(this, () => {
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
  private readonly virtualPages = new VirtualPages(this, () => {
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

  /** The last provider result handled by {@link onResult}, so each is handled once. */
  private handledResult?: GetListResult<Customer>;
  private reportedError?: unknown;

  /**
   * Rows per page in effect: `page-size`, else the structure's
   * `list.pageSize` (paged mode) or 100 (virtual mode), else 25.
   */
  get effectivePageSize(): number {
    if (this.mode === 'virtual') return query.resolvePageSize(this.pageSize, virtualPageSize);
    return query.resolvePageSize(this.pageSize, this.effectiveStructure?.list?.pageSize);
  }

  private get messages(): Messages<CustomerListMessage> {
    return pickMessages(customerListMessages, this.effectiveLocale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searchDebouncer.cancel();
  }

  /** The request of the page in view, as the current inputs describe it. */
  private currentQuery(): query.ListQuery {
    return {
      page: this.page,
      perPage: this.effectivePageSize,
      search: (this.search ?? '').trim(),
      sort: this.sort,
      filter: activeFilterValues(this.effectiveFilters, this.filterValues),
    };
  }

  /** The loaded page, or the previous one while the requested page loads. */
  private get loaded(): query.LoadedPage | undefined {
    const result = this.pageQuery.result;
    if (!result?.data) return undefined;
    return query.toLoadedPage(this.queryOfResult(), result.data);
  }

  /**
   * Returns the request whose response is shown. Placeholder data belongs to
   * the previous key, so rows keep their previous indexes until the new
   * response arrives, while the pager already shows {@link page}.
   */
  private queryOfResult(): query.ListQuery {
    const current = this.currentQuery();
    if (!this.pageQuery.result?.isPlaceholderData) return current;
    return this.shownQuery ?? current;
  }

  /** The request of the last response that was not a placeholder. */
  private shownQuery?: query.ListQuery;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('search')) {
      const text = this.search ?? '';
      if (text !== this.searchDraft) {
        this.searchDebouncer.cancel();
        this.searchDraft = text;
      }
      if ((changed.get('search') ?? '').trim() !== text.trim()) this.page = 1;
    }
    if (changed.has('pageSize') || changed.has('mode') || changed.has('filters')) this.page = 1;
    if (changed.has('mode')) this.activeIndex = 0;
    if (changed.has('storageKey')) this.hiddenColumns = new Set(readHiddenColumns(this.storageKey));
    if (changed.has('selectedId')) this.activateSelectedRow();
  }

  /** Handles the response the query controller synced in `hostUpdate`, before rendering it. */
  protected override update(changed: PropertyValues<this>): void {
    const page = this.page;
    this.onResult();
    // A step back changes the request, so the controller syncs again before rendering.
    if (this.page !== page) this.pageQuery.hostUpdate();
    super.update(changed);
  }

  protected override render() {
    const messages = this.messages;
    if (this.structureIssues) return this.renderStructureIssues(messages.invalidStructure);
    const columns = this.effectiveStructure?.list?.columns;
    if (!columns) return html`<div class="empty" part="empty">${messages.noColumns}</div>`;
    if (!this.effectiveProvider) return renderNoProvider(this.effectiveLocale);
    const shown = visibleColumns(columns, this.hiddenColumns);
    const results = this.mode === 'virtual' ? this.renderVirtual(shown) : this.renderResults(shown);
    return html`<div class="toolbar" part="toolbar">
        ${this.renderSearch()}${this.renderFilters()}${this.renderColumnChooser(columns)}
      </div>
      ${results}`;
  }

  private renderFilters(): TemplateResult | typeof nothing {
    const filters = this.effectiveFilters;
    if (filters.length === 0) return nothing;
    return renderFilterBar({
      filters,
      values: this.filterValues,
      messages: this.messages,
      onChange: (key, text, numeric) => {
        this.filterValues = withFilterValue(this.filterValues, key, text, numeric);
        this.page = 1;
        this.activeIndex = 0;
      },
    });
  }

  private renderColumnChooser(columns: ColumnDefinition[]): TemplateResult {
    return renderColumnChooser({
      columns,
      hidden: this.hiddenColumns,
      open: this.columnMenuOpen,
      messages: this.messages,
      onToggleMenu: () => this.toggleColumnMenu(!this.columnMenuOpen),
      onToggleColumn: (path, shown) => {
        const hidden = new Set(this.hiddenColumns);
        if (shown) hidden.delete(path);
        else hidden.add(path);
        this.hiddenColumns = hidden;
        writeHiddenColumns(this.storageKey, [...hidden]);
      },
      onKeydown: (event) => {
        if (event.key !== 'Escape' || !this.columnMenuOpen) return;
        event.stopPropagation();
        void this.toggleColumnMenu(false);
      },
    });
  }

  private async toggleColumnMenu(open: boolean): Promise<void> {
    this.columnMenuOpen = open;
    await this.updateComplete;
    const root = this.renderRoot;
    if (open) root.querySelector<HTMLInputElement>('#column-menu input')?.focus();
    else root.querySelector<HTMLElement>('[part="columns-button"]')?.focus();
  }

  private renderSearch(): TemplateResult {
    const messages = this.messages;
    return html`<div class="search" part="search">
      <label class="visually-hidden" for="search">${messages.searchLabel}</label
      ><input
        id="search"
        part="search-input"
        type="search"
        autocomplete="off"
        placeholder=${messages.searchPlaceholder}
        .value=${live(this.searchDraft)}
        @input=${this.onSearchInput}
        @keydown=${this.onSearchKeydown}
      />
    </div>`;
  }

  private renderResults(columns: ColumnDefinition[]): TemplateResult | undefined {
    const locale = this.effectiveLocale;
    return this.pageQuery.render({
      pending: () => renderLoading(locale),
      error: (error, retry) => renderLoadError(locale, error, retry),
      success: (_result, state) => this.renderLoaded(columns, state),
    });
  }

  private renderLoaded(columns: ColumnDefinition[], state: SuccessState): TemplateResult {
    const locale = this.effectiveLocale;
    const loaded = this.loaded!;
    const busy = state.isPlaceholder;
    if (busy && loaded.rows.length === 0) return renderLoading(locale);
    const stale = state.refreshError
      ? renderStaleBadge(
          locale,
          this.effectiveTimeZone,
          state.updatedAt,
          state.refreshError,
          state.retry,
        )
      : nothing;
    if (loaded.rows.length === 0) {
      const search = loaded.query.search;
      const messages = this.messages;
      const text = search ? interpolate(messages.emptySearch, { search }) : messages.empty;
      return html`${stale}${renderEmpty(locale, text)}`;
    }
    return html`${stale}${this.renderTable(columns, loaded, busy)}${this.renderPager(loaded)}`;
  }

  private renderTable(columns: ColumnDefinition[], loaded: query.LoadedPage, busy: boolean) {
    const active = Math.min(this.activeIndex, loaded.rows.length - 1);
    const format = {
      locale: this.effectiveLocale,
      currency: this.effectiveCurrency,
      timeZone: this.effectiveTimeZone,
    };
    return html`
      <div class="scroller">
        <table
          role="grid"
          part="table"
          aria-label=${this.messages.tableLabel}
          aria-rowcount=${loaded.summary.ariaRowCount}
          aria-busy=${busy ? 'true' : 'false'}
        >
          <colgroup>
            ${columns.map((column) => html`<col style=${styleProperties({ width: column.width })} />`)}
          </colgroup>
          <thead part="header">
            <tr role="row" aria-rowindex="1">
              ${columns.map((column) => renderHeaderCell(column, this.sort, this.toggleSort))}
            </tr>
          </thead>
          <tbody
            part="body"
            @click=${this.onRowClick}
            @keydown=${this.onRowKeydown}
            @focusin=${this.onRowFocus}
          >
            ${loaded.rows.map((row, index) =>
              renderRow(row, columns, {
                index,
                ariaRowIndex: query.ariaRowIndexOf(loaded.summary, index),
                selected: this.isSelected(row),
                active: index === active,
                format,
              }),
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderVirtual(columns: ColumnDefinition[]): TemplateResult {
    const locale = this.effectiveLocale;
    const first = this.virtualPages.firstPageState();
    const extent = this.virtualPages.listExtent;
    if (first?.status === 'error' && first.data === undefined) {
      return renderLoadError(locale, first.error, this.virtualPages.retry);
    }
    if (first?.data === undefined) return renderLoading(locale);
    if (extent.complete && extent.known === 0) return this.renderNoMatches();
    // Without a count, one page of placeholders past the furthest loaded row keeps scrolling going.
    const rowCount = extent.complete ? extent.known : extent.known + this.effectivePageSize;
    const format = this.cellFormat();
    const active = Math.min(this.activeIndex, rowCount - 1);
    const loadingLabel = this.messages.loadingRow;
    const renderItem = (index: number) => {
      const row = this.virtualPages.row(index);
      return renderVirtualRow(row, columns, {
        index,
        selected: row ? this.isSelected(row) : false,
        active: index === active,
        format,
        loadingLabel,
      });
    };
    // No whitespace between tags: text nodes here add to the DOM size of the virtual grid.
    return html`<div
        class="virtual-grid"
        role="grid"
        part="table"
        aria-label=${this.messages.tableLabel}
        aria-rowcount=${extent.complete ? extent.known + 1 : -1}
        style=${styleProperties({ '--_columns': gridColumnsOf(columns) })}
      >
        <div role="rowgroup" part="header">
          ${renderVirtualHeader(columns, this.sort, this.toggleSort)}
        </div>
        <lit-virtualizer
          role="rowgroup"
          part="body"
          scroller
          .items=${this.rowIndexes(rowCount)}
          .renderItem=${renderItem}
          @visibilityChanged=${this.onVisibilityChanged}
          @click=${this.onRowClick}
          @keydown=${this.onRowKeydown}
          @focusin=${this.onRowFocus}
        ></lit-virtualizer>
      </div>
      ${this.renderCount(extent.total)}`;
  }

  private renderCount(total: number | undefined): TemplateResult {
    let text = '';
    if (total !== undefined) {
      const messages = this.messages;
      const count = new Intl.NumberFormat(this.effectiveLocale).format(total);
      text = interpolate(total === 1 ? messages.countOne : messages.countOther, { count });
    }
    return html`<div class="count" part="count" role="status">${text}</div>`;
  }

  private renderNoMatches(): TemplateResult {
    const search = (this.search ?? '').trim();
    const messages = this.messages;
    const text = search ? interpolate(messages.emptySearch, { search }) : messages.empty;
    return renderEmpty(this.effectiveLocale, text);
  }

  private indexes: number[] = [];

  /** Returns the items of the virtualizer, the row indexes, reused while the count stays. */
  private rowIndexes(count: number): number[] {
    if (this.indexes.length !== count) this.indexes = Array.from({ length: count }, (_, i) => i);
    return this.indexes;
  }

  private cellFormat() {
    return {
      locale: this.effectiveLocale,
      currency: this.effectiveCurrency,
      timeZone: this.effectiveTimeZone,
    };
  }

  private readonly onVisibilityChanged = (event: VisibilityChangedEvent): void => {
    const { first, last } = event;
    if (first === this.visibleRows.first && last === this.visibleRows.last) return;
    this.visibleRows = { first, last };
    // The row with the tab stop may have scrolled out of the DOM; keep a tab stop in view.
    const inside = (this.renderRoot as ShadowRoot).activeElement?.closest('[data-index]');
    if (!inside && (this.activeIndex < first || this.activeIndex > last)) this.activeIndex = first;
  };

  private renderPager(loaded: query.LoadedPage): TemplateResult {
    return renderPager({
      locale: this.effectiveLocale,
      messages: this.messages,
      page: this.page,
      summary: loaded.summary,
      hasNext: this.canGoNext(loaded),
      onPage: (page) => this.goToPage(page),
    });
  }

  /**
   * Handles a new provider response once: steps back from a page that no longer
   * exists, moves the tab stop, and reports a failed first load as `crm-error`.
   */
  private onResult(): void {
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

  private onPageLoaded(loaded: query.LoadedPage): void {
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
  private canGoNext(loaded: query.LoadedPage): boolean {
    if (loaded.summary.pageCount !== undefined) return this.page < loaded.summary.pageCount;
    return loaded.query.page === this.page && loaded.summary.hasNext;
  }

  /** Shows another page; `focus` names the row to focus once the page has loaded. */
  private goToPage(page: number, focus?: 'first' | 'last'): void {
    const target = Math.max(1, page);
    this.activeIndex = 0;
    if (target === this.page) {
      if (focus) void this.focusRow(focus === 'last' ? (this.loaded?.rows.length ?? 1) - 1 : 0);
      return;
    }
    this.page = target;
    this.pendingFocus = focus;
  }

  private readonly toggleSort = (field: string): void => {
    this.sort = query.nextSort(this.sort, field);
    this.page = 1;
  };

  private select(row: Customer): void {
    const accepted = fire(this, 'customer-select', { id: row.id, customer: row });
    if (accepted) this.selectedId = String(row.id);
  }

  private isSelected(row: Customer): boolean {
    return this.selectedId !== undefined && String(row.id) === String(this.selectedId);
  }

  private indexOfSelected(rows: Customer[]): number {
    return rows.findIndex((row) => this.isSelected(row));
  }

  private activateSelectedRow(): void {
    const index = this.indexOfSelected(this.loaded?.rows ?? []);
    if (index >= 0) this.activeIndex = index;
  }

  /**
   * Moves the tab stop to a row and focuses it. In virtual mode the row is
   * scrolled into view first. A far jump lays rows out at estimated heights,
   * so it scrolls again until the row is in the DOM.
   */
  private async focusRow(index: number): Promise<void> {
    this.activeIndex = index;
    await this.updateComplete;
    const virtualizer = this.virtualizer;
    if (this.mode !== 'virtual' || !virtualizer) {
      this.rowElement(index)?.focus();
      return;
    }
    for (let attempt = 0; attempt < 5 && this.activeIndex === index; attempt += 1) {
      const row = this.rowElement(index);
      if (row && isInside(row, virtualizer)) {
        row.focus({ preventScroll: true });
        return;
      }
      virtualizer.element(index)?.scrollIntoView({ block: 'nearest' });
      // layoutComplete stays pending when the scroll needs no new layout, so a frame bounds the wait.
      await Promise.race([virtualizer.layoutComplete, nextFrames(2)]);
      await this.updateComplete;
    }
  }

  private get virtualizer(): LitVirtualizer | null {
    return this.renderRoot.querySelector('lit-virtualizer');
  }

  private rowElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
  }

  private rowIndexOf(event: Event): number {
    const row = (event.target as Element).closest('[data-index]');
    return row ? Number(row.getAttribute('data-index')) : -1;
  }

  private onSearchInput(event: InputEvent): void {
    this.searchDraft = (event.target as HTMLInputElement).value;
    this.searchDebouncer.schedule(this.searchDraft);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.searchDebouncer.flush();
  }

  private onRowFocus(event: FocusEvent): void {
    const index = this.rowIndexOf(event);
    if (index >= 0) this.activeIndex = index;
  }

  /** Returns the customer of a row index: on the page, or among all rows in virtual mode. */
  private rowAt(index: number): Customer | undefined {
    if (this.mode === 'virtual') return this.virtualPages.row(index);
    return this.loaded?.rows[index];
  }

  private onRowClick(event: MouseEvent): void {
    const index = this.rowIndexOf(event);
    const row = this.rowAt(index);
    if (!row) return;
    this.activeIndex = index;
    this.select(row);
  }

  private onRowKeydown(event: KeyboardEvent): void {
    const index = this.rowIndexOf(event);
    if (index < 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      const row = this.rowAt(index);
      if (row) this.select(row);
    } else {
      const handled =
        this.mode === 'virtual'
          ? this.navigateVirtual(event, index)
          : this.navigatePaged(event, index);
      if (!handled) return;
    }
    event.preventDefault();
  }

  /**
   * Handles the paged keys. Arrows, Home and End move within the page.
   * PageUp and PageDown change the page. Ctrl+Home goes to the first row of
   * page 1, and Ctrl+End to the last row of the last page once the page count is known.
   */
  private navigatePaged(event: KeyboardEvent, index: number): boolean {
    const loaded = this.loaded;
    if (!loaded) return false;
    const { key } = event;
    if (event.ctrlKey && (key === 'Home' || key === 'End')) {
      if (key === 'Home') this.goToPage(1, 'first');
      else if (loaded.summary.pageCount !== undefined)
        this.goToPage(loaded.summary.pageCount, 'last');
      else void this.focusRow(loaded.rows.length - 1);
      return true;
    }
    if (key === 'PageDown' || key === 'PageUp') {
      const next = key === 'PageDown';
      const allowed = next ? this.canGoNext(loaded) : this.page > 1;
      if (allowed) this.goToPage(this.page + (next ? 1 : -1), 'first');
      return true;
    }
    const target = query.targetRowIndex(key, index, loaded.rows.length);
    if (target < 0) return false;
    void this.focusRow(target);
    return true;
  }

  /**
   * Handles the virtual keys. Arrows move one row, PageUp and PageDown one
   * screenful, Home and End to the first and last rows in view. Ctrl+Home and
   * Ctrl+End go to the first and last rows of all the data; without a count,
   * the last row is the last one loaded so far.
   */
  private navigateVirtual(event: KeyboardEvent, index: number): boolean {
    const extent = this.virtualPages.listExtent;
    const last = Math.max(0, extent.known - 1);
    const { first: firstInView, last: lastInView } = this.visibleRows;
    const screen = Math.max(1, lastInView - firstInView);
    let target: number;
    switch (event.key) {
      case 'ArrowDown':
        target = index + 1;
        break;
      case 'ArrowUp':
        target = index - 1;
        break;
      case 'PageDown':
        target = index + screen;
        break;
      case 'PageUp':
        target = index - screen;
        break;
      case 'Home':
        target = event.ctrlKey ? 0 : firstInView;
        break;
      case 'End':
        target = event.ctrlKey ? last : lastInView;
        break;
      default:
        return false;
    }
    void this.focusRow(Math.min(Math.max(target, 0), last));
    return true;
  }
}

function nextFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(count);
  });
}

/** Returns whether the row is fully inside the scroll box's visible area. */
function isInside(row: Element, scroller: Element): boolean {
  const box = scroller.getBoundingClientRect();
  const rect = row.getBoundingClientRect();
  return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
}
