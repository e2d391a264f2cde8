import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { property } from 'lit/decorators.js';
import { CrmElement } from '../core/crm-element.ts';
import { fire } from '../core/events.ts';
import { interpolate, pickMessages } from '../core/i18n.ts';
import type { Customer } from '../core/records.ts';
import { ScopeProviders } from '../core/scope-providers.ts';
import {
  renderEmpty,
  renderLoadError,
  renderLoading,
  renderNoProvider,
  renderStaleBadge,
} from '../core/states.ts';
import type { SuccessState } from '../data-layer/provider-query.ts';
import type { SectionDefinition, TabDefinition } from '../structure/schema.ts';
import { CustomerData } from './customer-data.ts';
import type { FieldContext, SectionView } from './fields.ts';
import { renderHeader } from './header.ts';
import { customerViewMessages } from './messages.ts';
import { renderPanelContent } from './panels.ts';
import { customerViewStyles } from './styles.ts';
import { CollapsedSections, collapsedSectionsStorageKey, sectionKey } from './section-collapse.ts';
import { focusTargetIndex, resolveActiveTab, visibleTabs } from './tabs.ts';

/**
 * @summary Everything about one customer: a header with their name, document
 * and score, then the tabs of the data structure (customer data, invoices,
 * billing, task, history).
 *
 * The element provides its provider, structure, locale, time zone, clock and
 * roles to the tab elements inside it. A task tab shows only while the
 * customer has an open task (or when the tab sets `alwaysShow`). A task run
 * invalidates the customer's cached reads, so the open-task check runs again.
 * When no open task remains, the task tab stays until the agent selects
 * another tab.
 *
 * Reads go through the provider's shared query cache: a customer another
 * element has read shows at once, and a switch of customer never shows the
 * previous one. When a refresh fails, the last good record stays on screen
 * under a "not up to date since HH:MM" badge with a refresh button.
 *
 * @fires {CustomEvent<CrmEventDetails['tab-change']>} tab-change - The user activated a tab; detail `{ tab }` with the tab's id.
 * @fires {CustomEvent<CrmEventDetails['crm-error']>} crm-error - The structure is invalid, or a read of the customer failed
 * (first load or refresh); detail `{ kind: 'provider', message, status }` for the latter.
 *
 * @csspart header - The header above the tabs.
 * @csspart title - The customer's name in the header.
 * @csspart subtitle - Further `title-view` fields under the name, such as the document.
 * @csspart score - The `<score-gauge>` of a `graph-score` field.
 * @csspart tablist - The row of tabs.
 * @csspart tab - One tab.
 * @csspart panel - One tab panel.
 * @csspart section - A section of a customer tab.
 * @csspart section-title - A section's heading.
 * @csspart grid - The grid of a section's fields.
 * @csspart field - One field; also `highlighted`, `title-view` or `graph-score` by its class.
 * @csspart badge - The value of an `enum` field.
 * @csspart link - The link of an `email` or `url` field.
 * @csspart loading - The loading state.
 * @csspart empty - The "select a customer" and "not found" states.
 * @csspart error - The error states.
 * @csspart retry - The retry button of the load error and of the stale badge.
 * @csspart stale - The badge shown over the last good record when a refresh failed.
 *
 * @cssprop --customer-view360-gap - Space between header, tabs, sections and fields. Default `1rem`.
 * @cssprop --customer-view360-title-size - Font size of the customer's name. Default `1.5rem`.
 * @cssprop --customer-view360-tab-selected-color - Underline of the selected tab.
 * @cssprop --customer-view360-highlight-surface - Background of `highlighted` fields.
 */
export class CustomerView360 extends CrmElement {
  static override styles: CSSResultGroup = [CrmElement.styles, customerViewStyles];

  /** Id of the customer to show. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /**
   * Id of the selected tab. An id that is not shown falls back to the first
   * shown tab once the customer has loaded, and the property is set to it.
   */
  @property({ attribute: 'active-tab', reflect: true }) activeTab?: string;

  /**
   * localStorage key of the collapsed sections. Default
   * `crm-view360:collapsed-sections`; set one per user, such as
   * `crm-view360:collapsed-sections:agent-7`, where agents share a browser.
   */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** Tabs whose panel was shown for the current customer; their panels stay rendered. */
  private shownTabs = new Set<string>();

  private readonly collapsedSections = new CollapsedSections(
    this,
    () => this.storageKey ?? collapsedSectionsStorageKey,
  );

  private readonly scope = new ScopeProviders(this);

  private readonly data = new CustomerData(this, () => {
    const provider = this.effectiveProvider;
    if (!provider || !this.customerId) return undefined;
    const tabs = this.effectiveStructure?.tabs ?? [];
    const checkOpenTasks = tabs.some((tab) => tab.kind === 'task' && tab.alwaysShow !== true);
    return { provider, customerId: this.customerId, checkOpenTasks };
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('customerId')) this.shownTabs = new Set();
    this.scope.set({
      provider: this.effectiveProvider,
      structure: this.effectiveStructure,
      locale: this.effectiveLocale,
      timeZone: this.effectiveTimeZone,
      clock: this.effectiveClock,
      roles: this.effectiveRoles,
    });
  }

  /**
   * Settles the active tab here rather than in willUpdate: Lit runs the
   * controllers' hostUpdate after willUpdate, so only now do the queries contain
   * the current customer's data. A property set before `super.update()`
   * joins this update instead of starting another.
   */
  protected override update(changed: PropertyValues<this>): void {
    this.settleActiveTab();
    super.update(changed);
  }

  /** Falls back from a tab that is not shown and marks the active tab's panel as shown. */
  private settleActiveTab(): void {
    const tabs = this.currentTabs();
    if (!tabs) return;
    const active = resolveActiveTab(this.activeTab, tabs);
    if (active !== this.activeTab) this.activeTab = active;
    const shown = new Set(tabs.map((tab) => tab.id));
    for (const id of this.shownTabs) if (!shown.has(id)) this.shownTabs.delete(id);
    if (active) this.shownTabs.add(active);
  }

  /** Returns the tabs to show, or undefined until the customer and their open tasks have loaded. */
  private currentTabs(): TabDefinition[] | undefined {
    const structure = this.effectiveStructure;
    const hasOpenTask = this.data.hasOpenTask;
    if (!structure || !this.data.record || hasOpenTask === undefined) return undefined;
    const pinned =
      this.activeTab && this.shownTabs.has(this.activeTab) ? this.activeTab : undefined;
    return visibleTabs(structure.tabs, hasOpenTask, pinned);
  }

  private get messages() {
    return pickMessages(customerViewMessages, this.effectiveLocale);
  }

  protected override render(): TemplateResult | typeof nothing {
    const locale = this.effectiveLocale;
    if (this.structureIssues) return this.renderStructureIssues(this.messages.invalidStructure);
    if (!this.effectiveStructure) return renderEmpty(locale, this.messages.missingStructure);
    if (!this.customerId) return renderEmpty(locale, this.messages.selectCustomer);
    if (!this.effectiveProvider) return renderNoProvider(locale);
    return this.renderCustomerState();
  }

  private renderCustomerState(): TemplateResult {
    const locale = this.effectiveLocale;
    const loading = () => renderLoading(locale, this.messages.loadingCustomer);
    const view = this.data.customer.render<TemplateResult>({
      pending: loading,
      error: (error) => renderLoadError(locale, error, this.data.retry),
      success: (answer, state) => this.renderCustomer(answer.data, state),
    });
    return view ?? loading();
  }

  /** The header, tabs and panels, under a stale badge when the latest refresh failed. */
  private renderCustomer(
    customer: Customer | null | undefined,
    state: SuccessState,
  ): TemplateResult {
    const locale = this.effectiveLocale;
    if (!customer) {
      return renderEmpty(locale, interpolate(this.messages.notFound, { id: this.customerId! }));
    }
    const tabs = this.currentTabs();
    if (!tabs) return renderLoading(locale, this.messages.loadingCustomer);
    const context = this.fieldContext(customer);
    const stale = state.refreshError
      ? renderStaleBadge(
          locale,
          this.effectiveTimeZone,
          state.updatedAt,
          state.refreshError,
          state.retry,
        )
      : nothing;
    return html`
      ${stale} ${renderHeader(this.effectiveStructure!.tabs, context)} ${this.renderTablist(tabs)}
      ${this.renderPanels(tabs, context)}
    `;
  }

  private fieldContext(customer: Customer): FieldContext {
    return {
      record: customer,
      locale: this.effectiveLocale,
      currency: this.effectiveCurrency,
      timeZone: this.effectiveTimeZone,
      roles: this.effectiveRoles,
    };
  }

  private renderTablist(tabs: readonly TabDefinition[]): TemplateResult {
    return html`
      <div
        class="tablist"
        part="tablist"
        role="tablist"
        aria-label=${this.messages.tablist}
        @keydown=${this.onTablistKeydown}
      >
        ${tabs.map((tab) => this.renderTab(tab))}
      </div>
    `;
  }

  private renderTab(tab: TabDefinition): TemplateResult {
    const selected = tab.id === this.activeTab;
    return html`
      <button
        type="button"
        role="tab"
        part="tab"
        id=${`tab-${tab.id}`}
        data-tab=${tab.id}
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls=${this.shownTabs.has(tab.id) ? `panel-${tab.id}` : nothing}
        tabindex=${selected ? 0 : -1}
        @click=${() => this.activate(tab.id)}
      >
        ${tab.label}
      </button>
    `;
  }

  private renderPanels(tabs: readonly TabDefinition[], context: FieldContext): TemplateResult {
    const shown = tabs.filter((tab) => this.shownTabs.has(tab.id));
    // Keyed by tab id: a panel shown later must not take over the DOM of one
    // shown before it, or that tab's element would be re-created and lose its state.
    return html`${repeat(
      shown,
      (tab) => tab.id,
      (tab) => html`
        <div
          role="tabpanel"
          part="panel"
          id=${`panel-${tab.id}`}
          aria-labelledby=${`tab-${tab.id}`}
          tabindex="0"
          ?hidden=${tab.id !== this.activeTab}
        >
          ${renderPanelContent(tab, this.customerId!, context, (section, index) =>
            this.sectionView(tab, section, index),
          )}
        </div>
      `,
    )}`;
  }

  private sectionView(tab: TabDefinition, section: SectionDefinition, index: number): SectionView {
    const key = sectionKey(section);
    return {
      bodyId: `section-${tab.id}-${index}`,
      collapsed: this.collapsedSections.has(key),
      toggle: () => this.collapsedSections.toggle(key),
    };
  }

  /** Selects a tab on click, Enter or Space, as in the WAI-ARIA tabs pattern with manual activation. */
  private activate(id: string): void {
    if (id === this.activeTab) return;
    this.activeTab = id;
    fire(this, 'tab-change', { tab: id });
  }

  /** Moves focus between tabs without selecting them. */
  private onTablistKeydown(event: KeyboardEvent): void {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = tabs.indexOf(event.target as HTMLElement);
    if (index === -1) return;
    const target = focusTargetIndex(event.key, index, tabs.length);
    if (target === undefined) return;
    event.preventDefault();
    tabs[target].focus();
  }
}
