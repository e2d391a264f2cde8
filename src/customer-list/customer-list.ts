import { html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { CrmElement } from '../core/crm-element.ts';
import { fire } from '../core/events.ts';
import { interpolate, pickMessages, type Messages } from '../core/i18n.ts';
import {
  describeProviderFailure,
  isAbortError,
  type DataProvider,
  type SortOrder,
} from '../core/provider.ts';
import type { Customer } from '../core/records.ts';
import { renderEmpty, renderLoadError, renderLoading, renderNoProvider } from '../core/states.ts';
import type { ColumnDefinition } from '../structure/schema.ts';
import { renderHeaderCell, renderRow } from './cells.ts';
import { renderPager } from './pager.ts';
import { Debouncer } from './debouncer.ts';
import * as query from './list-query.ts';
import { customerListMessages, type CustomerListMessage } from './messages.ts';
import { customerListStyles } from './styles.ts';

type ListArgs = [DataProvider | undefined, boolean, number, number, string, string?, SortOrder?];

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
 *
 * @cssprop --customer-list-row-height - Height of each row. Default 2.5rem.
 * @cssprop --customer-list-header-background - Background of the header row.
 * @cssprop --customer-list-row-hover-background - Background of the row under the pointer.
 * @cssprop --customer-list-selected-background - Background of the selected row.
 * @cssprop --customer-list-busy-opacity - Opacity of the rows while the next page loads.
 */
export class CustomerList extends CrmElement {
  static override styles: CSSResultGroup = [CrmElement.styles, customerListStyles];

  /** Id of the selected customer; its row shows `aria-selected="true"`. */
  @property({ attribute: 'selected-id', reflect: true }) selectedId?: string;

  /** Search text, sent as `filter.q`. Follows the search box after 300 ms without typing. */
  @property({ reflect: true }) search?: string;

  /** Rows per page. Default: the structure's `list.pageSize`, else 25. */
  @property({ attribute: 'page-size', type: Number }) pageSize?: number;

  @state() private page = 1;
  @state() private sort?: query.ListSort;
  @state() private searchDraft = '';
  /** Index of the row that has the grid's single tab stop. */
  @state() private activeIndex = 0;

  private readonly searchDebouncer = new Debouncer<string>((text) => {
    this.search = text;
  }, 300);

  private readonly listTask = new Task<ListArgs, query.LoadedPage>(this, {
    args: () => [
      this.effectiveProvider,
      Boolean(this.effectiveStructure?.list),
      this.page,
      this.effectivePageSize,
      (this.search ?? '').trim(),
      this.sort?.field,
      this.sort?.order,
    ],
    task: ([provider, hasColumns, page, perPage, search, field, order], { signal }) => {
      if (!provider || !hasColumns) return initialState;
      const sort = field && order ? { field, order } : undefined;
      const listQuery = { page, perPage, search, sort };
      return query.loadPage(provider, listQuery, signal, this.messages.invalidResult);
    },
    onComplete: (loaded) => this.onPageLoaded(loaded),
    onError: (error) => {
      if (isAbortError(error)) return;
      const { message, status } = describeProviderFailure(error);
      fire(this, 'crm-error', { kind: 'provider', message, status });
    },
  });

  /** Rows per page in effect: `page-size`, else the structure's `list.pageSize`, else 25. */
  get effectivePageSize(): number {
    return query.resolvePageSize(this.pageSize, this.effectiveStructure?.list?.pageSize);
  }

  private get messages(): Messages<CustomerListMessage> {
    return pickMessages(customerListMessages, this.effectiveLocale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searchDebouncer.cancel();
  }

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
    if (changed.has('pageSize')) this.page = 1;
    if (changed.has('selectedId')) this.activateSelectedRow();
  }

  protected override render() {
    const messages = this.messages;
    if (this.structureIssues) return this.renderStructureIssues(messages.invalidStructure);
    const columns = this.effectiveStructure?.list?.columns;
    if (!columns) return html`<div class="empty" part="empty">${messages.noColumns}</div>`;
    if (!this.effectiveProvider) return renderNoProvider(this.effectiveLocale);
    return html`${this.renderSearch()}${this.renderResults(columns)}`;
  }

  private renderSearch(): TemplateResult {
    const messages = this.messages;
    return html`
      <div class="search" part="search">
        <label class="visually-hidden" for="search">${messages.searchLabel}</label>
        <input
          id="search"
          part="search-input"
          type="search"
          autocomplete="off"
          placeholder=${messages.searchPlaceholder}
          .value=${live(this.searchDraft)}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
      </div>
    `;
  }

  private renderResults(columns: ColumnDefinition[]): TemplateResult {
    const locale = this.effectiveLocale;
    const loaded = this.listTask.value;
    const pending = this.listTask.status === TaskStatus.PENDING;
    if (this.listTask.status === TaskStatus.ERROR) {
      return renderLoadError(locale, this.listTask.error, () => void this.listTask.run());
    }
    if (!loaded || (pending && loaded.rows.length === 0)) return renderLoading(locale);
    if (loaded.rows.length === 0) {
      const search = loaded.query.search;
      const messages = this.messages;
      const text = search ? interpolate(messages.emptySearch, { search }) : messages.empty;
      return renderEmpty(locale, text);
    }
    return html`${this.renderTable(columns, loaded, pending)}${this.renderPager(loaded)}`;
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
            ${columns.map((column) => html`<col style=${styleMap({ width: column.width })} />`)}
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

  private onPageLoaded(loaded: query.LoadedPage): void {
    if (loaded.rows.length === 0 && loaded.query.page > 1) {
      // The data shrank under the current page, so step back to the last page that has rows.
      this.page = loaded.summary.pageCount ?? loaded.query.page - 1;
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

  private goToPage(page: number, focusFirstRow = false): void {
    this.page = Math.max(1, page);
    this.activeIndex = 0;
    if (focusFirstRow) void this.focusRow(0);
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
    const index = this.indexOfSelected(this.listTask.value?.rows ?? []);
    if (index >= 0) this.activeIndex = index;
  }

  private async focusRow(index: number): Promise<void> {
    this.activeIndex = index;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`tbody tr[data-index="${index}"]`)?.focus();
  }

  private rowIndexOf(event: Event): number {
    const row = (event.target as Element).closest('tr[data-index]');
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

  private onRowClick(event: MouseEvent): void {
    const index = this.rowIndexOf(event);
    const row = this.listTask.value?.rows[index];
    if (!row) return;
    this.activeIndex = index;
    this.select(row);
  }

  private onRowKeydown(event: KeyboardEvent): void {
    const loaded = this.listTask.value;
    const index = this.rowIndexOf(event);
    if (!loaded || index < 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      this.select(loaded.rows[index]);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      const next = event.key === 'PageDown';
      const allowed = next ? this.canGoNext(loaded) : this.page > 1;
      if (allowed) this.goToPage(this.page + (next ? 1 : -1), true);
    } else {
      const target = query.targetRowIndex(event.key, index, loaded.rows.length);
      if (target < 0) return;
      void this.focusRow(target);
    }
    event.preventDefault();
  }
}
