import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../core/crm-element.ts';
import { pickMessages } from '../core/i18n.ts';
import type { DataProvider, GetListResult, SortOrder } from '../core/provider.ts';
import { invoiceSchema, type Invoice } from '../core/records.ts';
import { validateRecords } from '../core/validate-records.ts';
import { renderEmpty, renderLoadError, renderLoading, renderNoProvider } from '../core/states.ts';
import { todayIn, type CalendarDate } from '../dates/calendar-date.ts';
import { ProviderQuery, type SuccessState } from '../data-layer/provider-query.ts';
import type { InvoiceStatus } from '../invoices/status.ts';
import { compareInvoices, filterInvoicesByStatus } from '../invoices/query.ts';
import { summarizeInvoices, type InvoiceSummary } from '../invoices/summary.ts';
import { allInvoicesRead, hasInvoiceSummary, invoiceSummaryRead } from '../invoices/reads.ts';
import { memoizeLast } from '../invoices/memoize-last.ts';
import { invoiceTableStyles, invoiceTabStyles } from './styles.ts';
import { invoiceTabMessages } from './messages.ts';
import { ProviderFailureReporter, renderStaleState } from './query-states.ts';
import { renderSummaryCards } from './render-summary.ts';
import { renderInvoiceTable, type InvoiceSortField } from './render-table.ts';
import { renderPager, renderStatusFilter } from './render-controls.ts';

type InvoicePage = GetListResult<Invoice>;

/**
 * @summary A customer's invoices: summary cards by status and a paged,
 * sortable, filterable list whose rows expand to their details.
 *
 * Every read goes through the provider's shared query cache, so other
 * elements showing the same customer share the requests, and the figures
 * refresh in place after `invalidateCustomer` or a live push.
 *
 * The list reads one page at a time with `getList('invoices', { filter:
 * { customerId }, pagination, sort, signal })`, sorted by `dueDate` or
 * `amount`, and keeps the current page on screen, dimmed, while the next one
 * loads. A status depends on today's date in the structure's time zone, which
 * the provider does not know. So filtering or sorting by status (most urgent
 * first: overdue, partial, open, paid, canceled) runs in the element over
 * every invoice of the customer.
 *
 * The summary comes from the provider's optional `getInvoiceSummary(customerId,
 * { signal, today, currency })` (see `InvoiceSummaryProvider`). Without it, the
 * element loads every page of the customer's invoices, 500 per request, and
 * computes the summary with `summarizeInvoices`. That load is one cached read
 * (`allInvoicesRead`), shared with status filtering and sorting and with
 * `<billing-tab>`.
 *
 * When a refresh fails, the last figures stay with a "not up to date since"
 * badge. Only a failed first load shows the error state.
 *
 * @fires {CustomEvent<CrmEventDetails['crm-error']>} crm-error - The structure is invalid or a provider request failed; detail
 * `{ kind: 'structure', issues }` or `{ kind: 'provider', message, status? }`.
 *
 * @csspart summary - The summary cards (a description list).
 * @csspart card - Each summary card; also `card-total`, `card-open`, `card-overdue`,
 * `card-paid`, `card-partial`, `card-canceled`, `card-oldest`, `card-outstanding`.
 * @csspart filter - The status filter select.
 * @csspart table - The invoice table.
 * @csspart row - A table row of one invoice.
 * @csspart details - The expanded details row.
 * @csspart badge - A status badge; also `badge-<status>`.
 * @csspart sort-button - A sortable column header's button.
 * @csspart expand-button - A row's details toggle.
 * @csspart pager - The pagination controls.
 * @csspart loading - The loading state.
 * @csspart error - The error state or invalid-structure panel.
 * @csspart retry - The retry button of the error state or of the stale badge.
 * @csspart stale - The "not up to date since" badge after a failed refresh.
 * @csspart empty - The empty state.
 *
 * @cssprop --invoice-tab-card-background - Background of a summary card. Default `--crm-color-surface-raised`.
 * @cssprop --invoice-tab-row-hover-background - Background of the row under the pointer. Default `--crm-color-surface-raised`.
 * @cssprop --invoice-tab-card-min-width - Minimum width of a summary card (default 11rem).
 * @cssprop --invoice-tab-busy-opacity - Opacity of the rows while the next page loads
 * (default 0.55).
 * @cssprop --invoice-status-open-color - Colour of the "open" badge.
 * @cssprop --invoice-status-partial-color - Colour of the "partially paid" badge.
 * @cssprop --invoice-status-overdue-color - Colour of the "overdue" badge and card border.
 * @cssprop --invoice-status-paid-color - Colour of the "paid" badge.
 * @cssprop --invoice-status-canceled-color - Colour of the "canceled" badge.
 */
export class InvoiceTab extends CrmElement {
  static override styles: CSSResultGroup = [
    CrmElement.styles,
    invoiceTableStyles,
    invoiceTabStyles,
  ];

  /** Id of the customer whose invoices are shown. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** Invoices per page of the list. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  @state() private page = 1;
  @state() private sort: { field: InvoiceSortField; order: SortOrder } = {
    field: 'dueDate',
    order: 'DESC',
  };
  @state() private statusFilter: InvoiceStatus | '' = '';
  @state() private expanded: ReadonlySet<string> = new Set();

  /** False until the first `willUpdate` has validated the structure. */
  private inputsChecked = false;

  /** The page rendered last, shown dimmed while the list switches between its two sources. */
  private lastPage?: InvoicePage;

  private readonly summaryQuery = new ProviderQuery<InvoiceSummary>(this, () => {
    const provider = this.activeProvider;
    if (!provider || !this.customerId) return undefined;
    return invoiceSummaryRead(provider, this.customerId, this.today, this.effectiveCurrency);
  });

  private readonly allInvoicesQuery = new ProviderQuery<Invoice[]>(this, () => {
    const provider = this.activeProvider;
    if (!provider || !this.customerId) return undefined;
    if (hasInvoiceSummary(provider) && !this.listsInMemory) return undefined;
    return allInvoicesRead(provider, this.customerId);
  });

  private readonly pageQuery = new ProviderQuery<InvoicePage>(this, () => {
    const provider = this.activeProvider;
    if (!provider || !this.customerId || this.listsInMemory) return undefined;
    const { page, sort } = this;
    const params = {
      filter: { customerId: this.customerId },
      pagination: { page, perPage: this.effectivePageSize },
      sort,
    };
    return {
      provider,
      resource: 'invoices',
      method: 'getList',
      params,
      fetch: async (signal) => {
        const result = await provider.getList<Invoice>('invoices', { ...params, signal });
        const { records } = validateRecords('invoice-tab', 'invoices', result.data, invoiceSchema);
        return { ...result, data: records };
      },
      keepPrevious: true,
    };
  });

  private readonly summarize = memoizeLast(
    (invoices: Invoice[], today: CalendarDate, currency: string) =>
      summarizeInvoices(invoices, { today, currency }),
  );

  private readonly rowsByStatus = memoizeLast(
    (invoices: Invoice[], status: string, field: string, order: SortOrder, today: CalendarDate) =>
      filterInvoicesByStatus(invoices, status, today).sort((a, b) =>
        compareInvoices(a, b, field, order, today),
      ),
  );

  constructor() {
    super();
    const queries = [this.summaryQuery, this.allInvoicesQuery, this.pageQuery];
    ProviderFailureReporter.attach(this, queries as ProviderQuery<unknown>[]);
  }

  /** The provider, unless the element's own structure is invalid or not checked yet. */
  private get activeProvider(): DataProvider | undefined {
    if (!this.inputsChecked || this.structureIssues) return undefined;
    return this.effectiveProvider;
  }

  /** True when the list filters or sorts by status, which only the element can compute. */
  private get listsInMemory(): boolean {
    return this.statusFilter !== '' || this.sort.field === 'status';
  }

  private get effectivePageSize(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 20;
  }

  /** Calendar date in the effective time zone that decides the statuses. */
  private get today(): CalendarDate {
    return todayIn(this.effectiveTimeZone, this.effectiveClock.now());
  }

  private get messages() {
    return pickMessages(invoiceTabMessages, this.effectiveLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.inputsChecked = true;
    if (changed.has('customerId')) {
      this.page = 1;
      this.expanded = new Set();
      this.lastPage = undefined;
    }
  }

  protected override render() {
    const locale = this.effectiveLocale;
    if (this.structureIssues) return this.renderStructureIssues(this.messages.invalidStructure);
    if (!this.effectiveProvider) return renderNoProvider(locale);
    if (!this.customerId) return renderEmpty(locale, this.messages.noCustomer);
    return html`${this.renderSummary()}${this.renderList()}`;
  }

  private renderSummary(): TemplateResult {
    const provider = this.activeProvider;
    const content =
      provider && hasInvoiceSummary(provider)
        ? this.renderSummaryOf(this.summaryQuery, (summary) => summary)
        : this.renderSummaryOf(this.allInvoicesQuery, (invoices) =>
            this.summarize(invoices, this.today, this.effectiveCurrency),
          );
    return html`<section class="summary" aria-label=${this.messages.summaryLabel}>
      ${content}
    </section>`;
  }

  private renderSummaryOf<T>(query: ProviderQuery<T>, toSummary: (data: T) => InvoiceSummary) {
    const locale = this.effectiveLocale;
    const messages = this.messages;
    return query.render<TemplateResult | typeof nothing>({
      idle: () => nothing,
      pending: () => renderLoading(locale, messages.summaryLoading),
      error: (error, retry) => renderLoadError(locale, error, retry),
      success: (data, state) =>
        html`${this.renderStale(state)}${renderSummaryCards({
          summary: toSummary(data),
          locale,
          messages,
        })}`,
    });
  }

  private renderList(): TemplateResult {
    const locale = this.effectiveLocale;
    const pending = () =>
      this.lastPage ? this.renderPage(this.lastPage, true) : renderLoading(locale);
    const error = (failure: unknown, retry: () => void) => renderLoadError(locale, failure, retry);
    const content = this.listsInMemory
      ? this.allInvoicesQuery.render({
          pending,
          error,
          success: (invoices, state) => this.renderPage(this.pageInMemory(invoices), false, state),
        })
      : this.pageQuery.render({
          pending,
          error,
          // `lastPage` is cleared when the customer changes, so another customer's rows never show.
          success: (result, state) =>
            state.isPlaceholder && !this.lastPage
              ? renderLoading(locale)
              : this.renderPage(result, state.isPlaceholder, state),
        });
    return html`
      <section class="list" aria-label=${this.messages.listLabel}>
        ${renderStatusFilter({
          locale,
          messages: this.messages,
          value: this.statusFilter,
          onChange: (value) => this.filterBy(value),
        })}${content}
      </section>
    `;
  }

  /** The current page of the invoices filtered and sorted here, by status or otherwise. */
  private pageInMemory(invoices: Invoice[]): InvoicePage {
    const { page, sort } = this;
    const perPage = this.effectivePageSize;
    const rows = this.rowsByStatus(invoices, this.statusFilter, sort.field, sort.order, this.today);
    return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
  }

  private renderPage(result: InvoicePage, busy: boolean, state?: SuccessState): TemplateResult {
    if (!busy) this.lastPage = result;
    const stale = state ? this.renderStale(state) : nothing;
    if (result.data.length === 0 && this.page === 1) {
      return html`${stale}${renderEmpty(this.effectiveLocale, this.messages.empty)}`;
    }
    const table = renderInvoiceTable({
      rows: result.data,
      today: this.today,
      locale: this.effectiveLocale,
      timeZone: this.effectiveTimeZone,
      messages: this.messages,
      sort: this.sort,
      expanded: this.expanded,
      extraFields: this.effectiveStructure?.invoices?.fields ?? [],
      onSort: (field) => this.toggleSort(field),
      onToggle: (id) => this.toggleRow(id),
    });
    return html`${stale}
      <div class="rows" aria-busy=${busy ? 'true' : 'false'}>${table}</div>
      ${renderPager({
        locale: this.effectiveLocale,
        messages: this.messages,
        result,
        page: this.page,
        pageSize: this.effectivePageSize,
        onPage: (page) => (this.page = Math.max(1, page)),
      })}`;
  }

  private renderStale(state: SuccessState) {
    return renderStaleState(this.effectiveLocale, this.effectiveTimeZone, state);
  }

  private toggleSort(field: InvoiceSortField): void {
    const order: SortOrder =
      this.sort.field === field && this.sort.order === 'ASC' ? 'DESC' : 'ASC';
    this.sort = { field, order };
    this.page = 1;
  }

  private toggleRow(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  private filterBy(status: InvoiceStatus | ''): void {
    this.statusFilter = status;
    this.page = 1;
  }
}
