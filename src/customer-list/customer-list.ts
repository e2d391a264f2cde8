import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { CrmElement } from '../core/crm-element.ts';
import { interpolate } from '../core/i18n.ts';
import type { DataProvider } from '../core/provider.ts';
import {
  renderEmpty,
  renderLoadError,
  renderLoading,
  renderNoProvider,
  renderStaleBadge,
} from '../core/states.ts';
import type { SuccessState } from '../data-layer/provider-query.ts';
import type { ColumnDefinition } from '../structure/schema.ts';
import type { CellFormat } from './cells.ts';
import { renderPager } from './pager.ts';
import { renderColumnChooser, visibleColumns, writeHiddenColumns } from './column-chooser.ts';
import { renderFilterBar, withFilterValue } from './filters.ts';
import { CustomerListNavigation } from './customer-list-navigation.ts';
import { renderPagedTable } from './paged-table.ts';
import { maxVirtualRows, renderedRange } from './row-window.ts';
import { renderSearchBox } from './search-box.ts';
import { renderVirtualGrid } from './virtual-grid.ts';
import type * as query from './list-query.ts';
import { customerListStyles } from './styles.ts';

/**
 * @summary A searchable, sortable, paged grid of customers loaded from the
 * data provider, with the columns of the structure's `list`.
 *
 * @fires {CustomEvent<CrmEventDetails['customer-select']>} customer-select - A row was chosen by click, Enter or Space; detail
 * `{ id, customer }`. `selected-id` follows unless a listener calls `preventDefault()`.
 * @fires {CustomEvent<CrmEventDetails['crm-error']>} crm-error - The structure is invalid (`{ kind: 'structure', issues }`) or the
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
export class CustomerList extends CustomerListNavigation {
  static override styles: CSSResultGroup = [CrmElement.styles, customerListStyles];

  protected override render() {
    const messages = this.messages;
    if (this.structureIssues) return this.renderStructureIssues(messages.invalidStructure);
    const structure = this.effectiveStructure;
    if (!structure) return html`<div class="empty" part="empty">${messages.noStructure}</div>`;
    const columns = structure.list?.columns;
    if (!columns) return html`<div class="empty" part="empty">${messages.noColumns}</div>`;
    if (!this.effectiveProvider) return renderNoProvider(this.effectiveLocale);
    const shown = this.shownColumns(columns);
    const results = this.mode === 'virtual' ? this.renderVirtual(shown) : this.renderResults(shown);
    return html`<div class="toolbar" part="toolbar">
        ${this.renderSearch()}${this.renderFilters()}${this.renderColumnChooser(columns)}
      </div>
      ${results}`;
  }

  private shownMemo?: {
    columns: ColumnDefinition[];
    hidden: ReadonlySet<string>;
    shown: ColumnDefinition[];
  };

  /** Returns the visible columns, the same array while the columns and hidden set stay. */
  private shownColumns(columns: ColumnDefinition[]): ColumnDefinition[] {
    const memo = this.shownMemo;
    if (memo?.columns === columns && memo.hidden === this.hiddenColumns) return memo.shown;
    const shown = visibleColumns(columns, this.hiddenColumns);
    this.shownMemo = { columns, hidden: this.hiddenColumns, shown };
    return shown;
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
        this.showFirstRows();
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
    return renderSearchBox({
      messages: this.messages,
      draft: this.searchDraft,
      onInput: (event) => this.onSearchInput(event),
      onKeydown: (event) => this.onSearchKeydown(event),
    });
  }

  private renderResults(columns: ColumnDefinition[]): TemplateResult | undefined {
    // Back in virtual mode, the grid starts over from the loading panel.
    this.virtualGridProvider = undefined;
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
    const table = renderPagedTable({
      columns,
      loaded,
      label: this.messages.tableLabel,
      busy,
      active: this.activeIndex,
      sort: this.sort,
      format: this.cellFormat(),
      isSelected: (row) => this.isSelected(row),
      onSort: this.toggleSort,
      onClick: (event) => this.onRowClick(event),
      onKeydown: (event) => this.onRowKeydown(event),
      onFocusin: (event) => this.onRowFocus(event),
    });
    return html`${stale}${table}${this.renderPager(loaded)}`;
  }

  private renderVirtual(columns: ColumnDefinition[]): TemplateResult {
    const locale = this.effectiveLocale;
    const first = this.virtualPages.firstPageState();
    const extent = this.virtualPages.listExtent;
    const provider = this.effectiveProvider;
    if (first?.status === 'error' && first.data === undefined) {
      this.virtualGridProvider = undefined;
      return renderLoadError(locale, first.error, this.virtualPages.retry);
    }
    // After a sort or search change the grid stays, with loading rows, so its
    // header keeps the focus. A first load, or another provider, shows the loading panel.
    if (first?.data === undefined && this.virtualGridProvider !== provider) {
      return renderLoading(locale);
    }
    if (extent.complete && extent.known === 0) {
      this.virtualGridProvider = undefined;
      return this.renderNoMatches();
    }
    // Without a count, one page of placeholders past the furthest loaded row keeps scrolling going.
    const fullCount = extent.complete ? extent.known : extent.known + this.effectivePageSize;
    const rowCount = Math.min(fullCount, maxVirtualRows);
    this.rowWindow.setRowCount(rowCount);
    this.virtualGridProvider = provider;
    const grid = renderVirtualGrid({
      columns,
      label: this.messages.tableLabel,
      rowCount,
      ariaRowCount: extent.complete ? rowCount + 1 : -1,
      rendered: renderedRange(this.visibleRows, rowCount),
      active: Math.min(this.activeIndex, rowCount - 1),
      sort: this.sort,
      format: this.cellFormat(),
      loadingLabel: this.messages.loadingRow,
      window: this.rowWindow,
      rowAt: (index) => this.virtualPages.row(index),
      isSelected: (row, index) =>
        this.isSelected(row) && this.virtualPages.isFirstRowOf(row, index),
      onSort: this.toggleSort,
      onClick: (event) => this.onRowClick(event),
      onKeydown: (event) => this.onRowKeydown(event),
      onFocusin: (event) => this.onRowFocus(event),
    });
    const rowLimit = rowCount < fullCount ? rowCount : undefined;
    return html`${grid}${this.renderCount(extent.total, rowLimit)}`;
  }

  /** The provider whose rows the virtual grid shows, so a new sort or search keeps the grid. */
  private virtualGridProvider?: DataProvider;

  private countFormat?: Intl.NumberFormat;

  /** Renders the customer count, and `rowLimit` when the virtual grid holds only that many rows. */
  private renderCount(total: number | undefined, rowLimit?: number): TemplateResult {
    let text = '';
    if (total !== undefined) {
      const messages = this.messages;
      const locale = this.effectiveLocale;
      if (this.countFormat?.resolvedOptions().locale !== locale) {
        this.countFormat = new Intl.NumberFormat(locale);
      }
      const count = this.countFormat.format(total);
      if (rowLimit !== undefined) {
        const shown = this.countFormat.format(rowLimit);
        text = interpolate(messages.countCapped, { count, shown });
      } else {
        text = interpolate(total === 1 ? messages.countOne : messages.countOther, { count });
      }
    }
    return html`<div class="count" part="count" role="status">${text}</div>`;
  }

  private renderNoMatches(): TemplateResult {
    const search = (this.search ?? '').trim();
    const messages = this.messages;
    const text = search ? interpolate(messages.emptySearch, { search }) : messages.empty;
    return renderEmpty(this.effectiveLocale, text);
  }

  private cellFormatMemo?: CellFormat;

  /** Returns the locale, currency and time zone of the cells, the same object while they stay. */
  private cellFormat(): CellFormat {
    const format = {
      locale: this.effectiveLocale,
      currency: this.effectiveCurrency,
      timeZone: this.effectiveTimeZone,
    };
    const memo = this.cellFormatMemo;
    const same =
      memo?.locale === format.locale &&
      memo.currency === format.currency &&
      memo.timeZone === format.timeZone;
    if (!same) this.cellFormatMemo = format;
    return this.cellFormatMemo!;
  }

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
}
