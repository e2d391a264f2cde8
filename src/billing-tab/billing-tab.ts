import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { CrmElement } from '../core/crm-element.ts';
import { fire, type CrmEventDetails } from '../core/events.ts';
import { interpolate, pickMessages } from '../core/i18n.ts';
import { describeProviderFailure, isAbortError, type DataProvider } from '../core/provider.ts';
import type { Invoice, RecordId } from '../core/records.ts';
import { renderEmpty, renderLoadError, renderLoading, renderNoProvider } from '../core/states.ts';
import { todayIn } from '../dates/calendar-date.ts';
import {
  buildCollection,
  defaultAgingEdges,
  loadAllInvoices,
  type Collection,
} from '../invoices/summary.ts';
import { moneyText } from '../invoice-tab/invoice-format.ts';
import { invoiceTableStyles } from '../invoice-tab/styles.ts';
import { billingTabMessages } from './messages.ts';
import { billingTabStyles } from './styles.ts';
import { renderAging, renderPending } from './render-billing.ts';

/**
 * Detail of `billing-selection-change`: the selected invoice ids (as strings,
 * oldest due date first) and the sum of their balances in minor units of the
 * structure's currency.
 */
export type BillingSelectionChangeDetail = CrmEventDetails['billing-selection-change'];

/** Pending invoices rendered at first and added by each "show more". */
const rowsPerStep = 50;

/**
 * @summary What a collector has to collect from a customer: the pending
 * invoices oldest first with days overdue and balance, the total due, aging
 * buckets, and a selection of invoices with its running total.
 *
 * Loads every page of the customer's invoices (`getList('invoices', { filter:
 * { customerId }, pagination: { perPage: 500 } })`) and computes the rest.
 * Aging edges come from the structure's `billing.agingBuckets`.
 *
 * @fires billing-selection-change - The selection changed; detail
 * `{ invoiceIds: string[], total: number }` (total in minor units). Bubbles
 * and is composed, so a task form can use it for a promise to pay.
 * @fires crm-error - The structure is invalid or the provider failed.
 *
 * @csspart totals - The total due and overdue figures.
 * @csspart aging - The aging table; `aging-row` for each bucket.
 * @csspart table - The pending invoice table; `row` for each invoice.
 * @csspart checkbox - A selection checkbox; also `select-all` on the header one.
 * @csspart badge - A status badge; also `badge-<status>`.
 * @csspart selection - The live selection total.
 * @csspart loading - The loading state.
 * @csspart error - The error state or invalid-structure panel.
 * @csspart retry - The retry button of the error state.
 * @csspart empty - The empty state.
 *
 * @cssprop --billing-tab-total-min-width - Minimum width of a total figure (default 10rem).
 * @cssprop --invoice-status-overdue-color - Colour of the "overdue" badge (and the other
 * `--invoice-status-<status>-color` properties of `<invoice-tab>`).
 */
export class BillingTab extends CrmElement {
  static override styles: CSSResultGroup = [
    CrmElement.styles,
    invoiceTableStyles,
    billingTabStyles,
  ];

  /** Id of the customer whose pending invoices are shown. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  @state() private selected: ReadonlySet<string> = new Set();
  @state() private shown = rowsPerStep;

  private collectionCache?: { key: unknown[]; value: Collection | Error };

  private readonly invoicesTask = new Task(this, {
    task: async ([provider, customerId], { signal }) => {
      if (!provider || !customerId) return undefined;
      return this.load(provider, customerId, signal);
    },
    args: () =>
      [this.structureIssues ? undefined : this.effectiveProvider, this.customerId] as const,
  });

  /** Ids of the selected invoices, oldest due date first. */
  get selectedInvoiceIds(): readonly string[] {
    const collection = this.collection;
    if (!(collection && !(collection instanceof Error))) return [];
    return collection.pending
      .filter((entry) => this.selected.has(entry.id))
      .map((entry) => entry.id);
  }

  /** Sum of the balances of the selected invoices, in minor units of the structure's currency. */
  get selectedTotal(): number {
    const collection = this.collection;
    if (!(collection && !(collection instanceof Error))) return 0;
    return collection.pending
      .filter((entry) => this.selected.has(entry.id))
      .reduce((sum, entry) => sum + entry.balance, 0);
  }

  private get messages() {
    return pickMessages(billingTabMessages, this.effectiveLocale);
  }

  /** The collection of the loaded invoices, recomputed only when an input changes. */
  private get collection(): Collection | Error | undefined {
    const invoices = this.invoicesTask.value;
    if (!invoices) return undefined;
    const today = todayIn(this.effectiveTimeZone, this.effectiveClock.now());
    const currency = this.effectiveCurrency;
    const edges = this.effectiveStructure?.billing?.agingBuckets ?? defaultAgingEdges;
    const key = [invoices, today, currency, edges.join(',')];
    const cached = this.collectionCache;
    if (cached && cached.key.every((part, index) => part === key[index])) return cached.value;
    let value: Collection | Error;
    try {
      value = buildCollection(invoices, { today, currency, edges });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      value = error;
    }
    this.collectionCache = { key, value };
    return value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('customerId')) {
      this.shown = rowsPerStep;
      if (this.selected.size > 0) this.setSelection(new Set());
    }
  }

  private async load(
    provider: DataProvider,
    customerId: RecordId,
    signal: AbortSignal,
  ): Promise<Invoice[]> {
    try {
      return await loadAllInvoices(provider, customerId, {
        signal,
        sort: { field: 'dueDate', order: 'ASC' },
      });
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
    return this.invoicesTask.render({
      pending: () => renderLoading(locale),
      error: (error) => renderLoadError(locale, error, () => void this.invoicesTask.run()),
      complete: () => this.renderCollection(),
    });
  }

  private renderCollection(): TemplateResult | typeof nothing {
    const collection = this.collection;
    if (!collection) return nothing;
    if (collection instanceof Error) {
      return html`<div class="error" part="error" role="alert">
        ${this.messages.invalidAging}: ${collection.message}
      </div>`;
    }
    return html`${this.renderTotals(collection)}${renderAging(collection.aging, this.view)}${this.renderList(
      collection,
    )}`;
  }

  private get view() {
    return {
      locale: this.effectiveLocale,
      currency: this.effectiveCurrency,
      messages: this.messages,
    };
  }

  private renderTotals({ summary }: Collection): TemplateResult {
    const { locale, currency, messages } = this.view;
    const skipped = summary.skipped.otherCurrency + summary.skipped.invalid;
    return html`
      <dl class="totals" part="totals">
        <div data-total="due">
          <dt>${messages.totalDue}</dt>
          <dd>${moneyText(summary.outstanding, locale, currency)}</dd>
        </div>
        <div data-total="overdue">
          <dt>${messages.overdueDue}</dt>
          <dd>${moneyText(summary.overdue.balance, locale, currency)}</dd>
        </div>
        <div data-total="count">
          <dt>${messages.pendingCount}</dt>
          <dd>
            ${(summary.open.count + summary.partial.count + summary.overdue.count).toLocaleString(locale)}
          </dd>
        </div>
      </dl>
      ${skipped > 0 ? html`<p class="note">${interpolate(messages.skipped, { count: skipped })}</p>` : nothing}
    `;
  }

  private renderList(collection: Collection): TemplateResult {
    const { pending } = collection;
    const messages = this.messages;
    if (pending.length === 0) return renderEmpty(this.effectiveLocale, messages.empty);
    const rows = pending.slice(0, this.shown);
    const selectedCount = this.selectedInvoiceIds.length;
    return html`
      <section aria-label=${messages.pendingLabel}>
        ${renderPending({
          ...this.view,
          rows,
          selected: this.selected,
          allSelected: selectedCount === pending.length,
          someSelected: selectedCount > 0,
          onToggle: (id, checked) => this.toggle(id, checked),
          onToggleAll: (checked) => this.toggleAll(collection, checked),
        })}
        ${
          rows.length < pending.length
            ? html`<button type="button" class="more" @click=${() => (this.shown += rowsPerStep)}>
                ${interpolate(messages.showMore, { shown: rows.length, total: pending.length })}
              </button>`
            : nothing
        }
        <p class="selection" part="selection" role="status" aria-live="polite">
          ${interpolate(messages.selection, {
            count: selectedCount,
            total: moneyText(this.selectedTotal, this.effectiveLocale, this.effectiveCurrency),
          })}
        </p>
      </section>
    `;
  }

  private toggle(id: string, checked: boolean): void {
    const next = new Set(this.selected);
    if (checked) next.add(id);
    else next.delete(id);
    this.setSelection(next);
  }

  private toggleAll(collection: Collection, checked: boolean): void {
    this.setSelection(new Set(checked ? collection.pending.map((entry) => entry.id) : []));
  }

  private setSelection(selected: ReadonlySet<string>): void {
    this.selected = selected;
    const detail: BillingSelectionChangeDetail = {
      invoiceIds: [...this.selectedInvoiceIds],
      total: this.selectedTotal,
    };
    fire(this, 'billing-selection-change', detail);
  }
}
