import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { CrmElement } from '../core/crm-element.ts';
import { fire } from '../core/events.ts';
import { pickMessages } from '../core/i18n.ts';
import {
  describeProviderFailure,
  isAbortError,
  type DataProvider,
  type GetListResult,
  type SortOrder,
} from '../core/provider.ts';
import type { Invoice, RecordId } from '../core/records.ts';
import { renderEmpty, renderLoadError, renderLoading, renderNoProvider } from '../core/states.ts';
import { todayIn, type CalendarDate } from '../dates/calendar-date.ts';
import type { InvoiceStatus } from '../invoices/status.ts';
import { compareInvoices, filterInvoicesByStatus } from '../invoices/query.ts';
import { AllInvoicesLoader } from './all-invoices.ts';
import {
  summarizeInvoices,
  type InvoiceSummary,
  type InvoiceSummaryProvider,
} from '../invoices/summary.ts';
import { invoiceTableStyles, invoiceTabStyles } from './styles.ts';
import { invoiceTabMessages } from './messages.ts';
import { renderSummaryCards } from './render-summary.ts';
import { renderInvoiceTable, type InvoiceSortField } from './render-table.ts';
import { renderPager, renderStatusFilter } from './render-controls.ts';

/**
 * @summary A customer's invoices: summary cards by status and a paged,
 * sortable, filterable list whose rows expand to their details.
 *
 * The list reads one page at a time with `getList('invoices', { filter:
 * { customerId }, pagination, sort, signal })`, sorted by `dueDate` or
 * `amount`. A status depends on today's date in the structure's time zone,
 * which the provider does not know. So filtering or sorting by status (most
 * urgent first: overdue, partial, open, paid, canceled) runs in the element
 * over every invoice of the customer.
 *
 * The summary comes from the provider's optional `getInvoiceSummary(customerId,
 * { signal, today, currency })` (see `InvoiceSummaryProvider`). Without it, the
 * element loads every page of the customer's invoices in the background, 500
 * per request, and computes the summary with `summarizeInvoices`. That load is
 * shared with status filtering and sorting, and happens once per customer.
 *
 * @fires crm-error - The structure is invalid or the provider failed; detail
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
 * @csspart retry - The retry button of the error state.
 * @csspart empty - The empty state.
 *
 * @cssprop --invoice-tab-card-min-width - Minimum width of a summary card (default 11rem).
 * @cssprop --invoice-status-open-color - Colour of the "open" badge.
 * @cssprop --invoice-status-partial-color - Colour of the "partially paid" badge.
 * @cssprop --invoice-status-overdue-color - Colour of the "overdue" badge and card border.
 * @cssprop --invoice-status-paid-color - Colour of the "paid" badge.
 * @cssprop --invoice-status-canceled-color - Colour of the "canceled" badge.
 */
interface ListQuery {
  page: number;
  perPage: number;
  sort: { field: InvoiceSortField; order: SortOrder };
  status: InvoiceStatus | '';
  today: CalendarDate;
}

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

  private readonly allInvoices = new AllInvoicesLoader();

  private readonly listTask = new Task(this, {
    task: async (
      [provider, customerId, today, page, perPage, field, order, status],
      { signal },
    ) => {
      if (!provider || !customerId) return undefined;
      const query: ListQuery = { page, perPage, sort: { field, order }, status, today };
      return this.reportFailure(this.loadPage(provider, customerId, query, signal));
    },
    args: () =>
      [
        this.activeProvider,
        this.customerId,
        this.today,
        this.page,
        this.effectivePageSize,
        this.sort.field,
        this.sort.order,
        this.statusFilter,
      ] as const,
  });

  private readonly summaryTask = new Task(this, {
    task: async ([provider, customerId, today, currency], { signal }) => {
      if (!provider || !customerId) return undefined;
      return this.reportFailure(this.loadSummary(provider, customerId, today, currency, signal));
    },
    args: () => [this.activeProvider, this.customerId, this.today, this.effectiveCurrency] as const,
  });

  /** The provider, unless the element's own structure is invalid (then nothing loads). */
  private get activeProvider(): DataProvider | undefined {
    return this.structureIssues ? undefined : this.effectiveProvider;
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
    if (changed.has('customerId')) {
      this.allInvoices.clear();
      this.page = 1;
      this.expanded = new Set();
    }
  }

  /**
   * Loads one page of the list. Dates and amounts are sorted by the provider.
   * Status depends on `today` in the structure's zone, which a provider cannot
   * know, so a status filter or sort runs here over all the customer's invoices.
   */
  private async loadPage(
    provider: DataProvider,
    customerId: RecordId,
    { page, perPage, sort, status, today }: ListQuery,
    signal: AbortSignal,
  ): Promise<GetListResult<Invoice>> {
    if (!status && sort.field !== 'status') {
      const filter = { customerId };
      return provider.getList<Invoice>('invoices', {
        filter,
        pagination: { page, perPage },
        sort,
        signal,
      });
    }
    const invoices = await this.allInvoices.load(provider, customerId);
    const rows = filterInvoicesByStatus(invoices, status, today).sort((a, b) =>
      compareInvoices(a, b, sort.field, sort.order, today),
    );
    return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
  }

  private async loadSummary(
    provider: InvoiceSummaryProvider,
    customerId: RecordId,
    today: CalendarDate,
    currency: string,
    signal: AbortSignal,
  ): Promise<InvoiceSummary> {
    if (typeof provider.getInvoiceSummary === 'function') {
      return provider.getInvoiceSummary(customerId, { signal, today, currency });
    }
    const invoices = await this.allInvoices.load(provider, customerId);
    return summarizeInvoices(invoices, { today, currency });
  }

  private async reportFailure<T>(request: Promise<T>): Promise<T> {
    try {
      return await request;
    } catch (error) {
      if (!isAbortError(error)) {
        const { message, status } = describeProviderFailure(error);
        fire(this, 'crm-error', { kind: 'provider', message, status });
      }
      throw error;
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
    const locale = this.effectiveLocale;
    const content = this.summaryTask.render({
      pending: () => renderLoading(locale, this.messages.summaryLoading),
      error: (error) => renderLoadError(locale, error, () => void this.summaryTask.run()),
      complete: (summary) =>
        summary ? renderSummaryCards({ summary, locale, messages: this.messages }) : nothing,
    });
    return html`<section class="summary" aria-label=${this.messages.summaryLabel}>
      ${content}
    </section>`;
  }

  private renderList(): TemplateResult {
    const locale = this.effectiveLocale;
    const content = this.listTask.render({
      pending: () =>
        this.listTask.value ? this.renderPage(this.listTask.value, true) : renderLoading(locale),
      error: (error) => renderLoadError(locale, error, () => void this.listTask.run()),
      complete: (result) => (result ? this.renderPage(result, false) : nothing),
    });
    return html`
      <section class="list" aria-label=${this.messages.listLabel}>
        ${renderStatusFilter({
          locale: this.effectiveLocale,
          messages: this.messages,
          value: this.statusFilter,
          onChange: (value) => this.filterBy(value),
        })}${content}
      </section>
    `;
  }

  private renderPage(result: GetListResult<Invoice>, busy: boolean): TemplateResult {
    if (result.data.length === 0 && this.page === 1) {
      return renderEmpty(this.effectiveLocale, this.messages.empty);
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
    return html`<div aria-busy=${busy ? 'true' : 'false'}>${table}</div>
      ${renderPager({
        locale: this.effectiveLocale,
        messages: this.messages,
        result,
        page: this.page,
        pageSize: this.effectivePageSize,
        onPage: (page) => (this.page = Math.max(1, page)),
      })}`;
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
