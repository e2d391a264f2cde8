import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../core/crm-element.ts';
import { fire, type CrmEventDetails } from '../core/events.ts';
import { interpolate, pickMessages } from '../core/i18n.ts';
import type { Invoice } from '../core/records.ts';
import { renderEmpty, renderLoadError, renderLoading, renderNoProvider } from '../core/states.ts';
import { todayIn, type CalendarDate } from '../dates/calendar-date.ts';
import { ProviderQuery, type SuccessState } from '../data-layer/provider-query.ts';
import { buildCollection, defaultAgingEdges, type Collection } from '../invoices/summary.ts';
import { allInvoicesRead } from '../invoices/reads.ts';
import { memoizeLast } from '../invoices/memoize-last.ts';
import { moneyText } from '../invoice-tab/invoice-format.ts';
import { ProviderFailureReporter, renderStaleState } from '../invoice-tab/query-states.ts';
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
 * { customerId }, pagination: { perPage: 500 } })`) through the provider's
 * shared query cache and computes the rest. `<invoice-tab>` showing the same
 * customer with the same provider shares that one load. The figures refresh
 * in place after `invalidateCustomer` or a live push; a failed refresh keeps
 * them with a "not up to date since" badge. Aging edges come from the
 * structure's `billing.agingBuckets`.
 *
 * @fires {CustomEvent<CrmEventDetails['billing-selection-change']>} billing-selection-change - The selection changed; detail
 * `{ invoiceIds: string[], total: number }` (total in minor units). Bubbles
 * and is composed, so a task form can use it for a promise to pay. Also fires
 * when refreshed data removes a selected invoice from the pending ones or
 * changes its balance.
 * @fires {CustomEvent<CrmEventDetails['crm-error']>} crm-error - The structure is invalid or a provider request failed; detail
 * `{ kind: 'structure', issues }` or `{ kind: 'provider', message, status? }`.
 *
 * @csspart totals - The total due and overdue figures.
 * @csspart aging - The aging table; `aging-row` for each bucket.
 * @csspart table - The pending invoice table; `row` for each invoice.
 * @csspart checkbox - A selection checkbox; also `select-all` on the header one.
 * @csspart badge - A status badge; also `badge-<status>`.
 * @csspart selection - The live selection total.
 * @csspart loading - The loading state.
 * @csspart error - The error state or invalid-structure panel.
 * @csspart retry - The retry button of the error state or of the stale badge.
 * @csspart stale - The "not up to date since" badge after a failed refresh.
 * @csspart empty - The empty state.
 *
 * @cssprop --billing-tab-total-min-width - Minimum width of a total figure (default 10rem).
 * @cssprop --billing-tab-total-background - Background of a total figure. Default `--crm-color-surface-raised`.
 * @cssprop --billing-tab-selection-background - Background of the selection total. Default `--crm-color-accent-surface`.
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

  /** False until the first `willUpdate` has validated the structure. */
  private inputsChecked = false;

  /** The selection last announced with `billing-selection-change`. */
  private announced: BillingSelectionChangeDetail = { invoiceIds: [], total: 0 };

  private readonly invoicesQuery = new ProviderQuery<Invoice[]>(this, () => {
    if (!this.inputsChecked || this.structureIssues) return undefined;
    const provider = this.effectiveProvider;
    return provider && this.customerId ? allInvoicesRead(provider, this.customerId) : undefined;
  });

  private readonly collect = memoizeLast(
    (invoices: Invoice[], today: CalendarDate, currency: string, edges: readonly number[]) => {
      try {
        return buildCollection(invoices, { today, currency, edges });
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        return error;
      }
    },
  );

  constructor() {
    super();
    ProviderFailureReporter.attach(this, [this.invoicesQuery as ProviderQuery<unknown>]);
  }

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
    const invoices = this.invoicesQuery.data;
    if (!invoices) return undefined;
    const today = todayIn(this.effectiveTimeZone, this.effectiveClock.now());
    const edges = this.effectiveStructure?.billing?.agingBuckets ?? defaultAgingEdges;
    return this.collect(invoices, today, this.effectiveCurrency, edges);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.inputsChecked = true;
    if (changed.has('customerId')) {
      this.shown = rowsPerStep;
      if (this.selected.size > 0) this.setSelection(new Set());
    } else {
      this.followRefreshedData();
    }
  }

  /**
   * Drops selected invoices that refreshed data no longer lists as pending,
   * such as one just paid, and announces the selection again when its ids or
   * total changed.
   */
  private followRefreshedData(): void {
    const collection = this.collection;
    if (!collection || collection instanceof Error || this.selected.size === 0) return;
    const pending = new Set(collection.pending.map((entry) => entry.id));
    const kept = [...this.selected].filter((id) => pending.has(id));
    if (kept.length < this.selected.size) {
      this.setSelection(new Set(kept));
      return;
    }
    const { invoiceIds, total } = this.announced;
    const ids = this.selectedInvoiceIds;
    if (total !== this.selectedTotal || ids.join('\n') !== invoiceIds.join('\n')) {
      this.setSelection(this.selected);
    }
  }

  protected override render() {
    const locale = this.effectiveLocale;
    if (this.structureIssues) return this.renderStructureIssues(this.messages.invalidStructure);
    if (!this.effectiveProvider) return renderNoProvider(locale);
    if (!this.customerId) return renderEmpty(locale, this.messages.noCustomer);
    return this.invoicesQuery.render<TemplateResult | typeof nothing>({
      idle: () => nothing,
      pending: () => renderLoading(locale),
      error: (error, retry) => renderLoadError(locale, error, retry),
      success: (_invoices, state) => html`${this.renderStale(state)}${this.renderCollection()}`,
    });
  }

  private renderStale(state: SuccessState) {
    return renderStaleState(this.effectiveLocale, this.effectiveTimeZone, state);
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
    this.announced = detail;
    fire(this, 'billing-selection-change', detail);
  }
}
