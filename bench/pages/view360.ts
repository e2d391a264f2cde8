// <customer-view360> on the embedded provider over data/clients.csv, for 20
// real clients:
// - opening a customer whose reads are cached: the view is opened once and
//   removed, then opened again and timed until the header and the first tab
//   are painted;
// - switching tabs with cached reads: each tab is first visited in a view
//   that is then removed, so the timed click renders the tab's panel for the
//   first time, from the cache;
// - the invoice summary of a customer with 1,000 invoices, timed from the
//   moment the provider releases the invoices it held back.
// Each action reports when its content is in the DOM (the targets in
// view360.html apply to that) and when it is painted per the benchmark
// contract. No peer library offers these views, so `peers` is empty.
import '../../src/customer-view360/define.ts';
import type { CustomerView360 } from '../../src/customer-view360/customer-view360.ts';
import type {
  CreateParams,
  DataProvider,
  GetListParams,
  GetListResult,
  GetOneParams,
  UpdateParams,
} from '../../src/core/provider.ts';
import type { Invoice } from '../../src/core/records.ts';
import { createEmbeddedProvider, type EmbeddedProvider } from '../../src/data/embedded-provider.ts';
import { pageBounds, sortRecords } from '../../src/data/query.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';
import {
  frames,
  freshContainer,
  percentile,
  untilPainted,
  type Metric,
} from '../support/measure.ts';

/** Times of one action, in ms from its start. */
interface Timing {
  /** Until the DOM shows the expected content, polled after every task. */
  shown: number;
  /** Until the second animation frame after that, as the benchmark contract defines painted. */
  painted: number;
}

/** 20 clients spread over the 30,000 ids of the dataset. */
const customerIds = Array.from({ length: 20 }, (_, index) => String(1 + index * 1499));
const largeInvoiceCount = 1000;
const largeCustomerIds = ['2', '7501', '15001', '22501', '29999'];
const stage = document.getElementById('stage')!;

/** Parts that show a panel element's content, by tag; each entry must match. */
const contentSelectors: Record<string, string[]> = {
  'invoice-tab': ['[part="summary"]', '[part="table"], [part~="empty"]'],
  'billing-tab': ['[part="totals"], [part~="empty"]'],
  'task-tab': ['[part="header"], [part~="empty"]'],
  'history-timeline': ['[part="toolbar"], [part~="empty"]'],
};

/**
 * Resolves in a later task. Chromium clamps nested zero timeouts to 4 ms, so
 * the polling below resolves times to about 4 ms. A MessageChannel loop polls
 * faster, but it slowed the measured work down by delaying its timers.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Polls `ready()` in successive tasks until it is true, then waits two
 * animation frames. Rejects after `timeoutMs`.
 */
async function timeUntilPainted(
  start: number,
  ready: () => boolean,
  timeoutMs = 30_000,
): Promise<Timing> {
  while (!ready()) {
    if (performance.now() - start > timeoutMs) throw new Error('Timed out waiting for the content');
    await nextTask();
  }
  const shown = performance.now() - start;
  await frames(2);
  return { shown, painted: performance.now() - start };
}

function mountView(
  container: HTMLElement,
  provider: DataProvider,
  customerId: string,
  activeTab?: string,
): CustomerView360 {
  const view = document.createElement('customer-view360');
  view.provider = provider;
  view.structure = defaultStructure;
  view.customerId = customerId;
  if (activeTab) view.activeTab = activeTab;
  container.append(view);
  return view;
}

/** Throws when `root` shows an error state, so a failing read never passes as a fast one. */
function assertNoError(root: ShadowRoot, where: string): void {
  const error = root.querySelector('[part~="error"]');
  if (error) throw new Error(`${where} shows an error: ${error.textContent?.trim()}`);
}

/** True when a tab's element (invoice-tab, billing-tab...) shows its loaded content. */
function elementLoaded(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  assertNoError(root, `<${element.localName}>`);
  if (root.querySelector('[part="loading"]')) return false;
  const selectors = contentSelectors[element.localName];
  if (!selectors) throw new Error(`No content selectors for <${element.localName}>.`);
  return selectors.every((selector) => root.querySelector(selector) !== null);
}

/** True when the panel of `tabId` is visible and its content loaded. */
function panelShown(view: CustomerView360, tabId: string): boolean {
  const root = view.shadowRoot;
  if (!root) return false;
  assertNoError(root, '<customer-view360>');
  const panel = root.getElementById(`panel-${tabId}`);
  if (!panel || panel.hidden) return false;
  const element = panel.firstElementChild;
  if (element && element.localName in contentSelectors) return elementLoaded(element);
  return panel.querySelector('[part~="section"]') !== null;
}

/** True when the header shows the customer's name and the selected tab's panel is loaded. */
function viewShown(view: CustomerView360): boolean {
  const root = view.shadowRoot;
  const title = root?.querySelector('[part="title"]')?.textContent?.trim();
  return Boolean(title) && view.activeTab !== undefined && panelShown(view, view.activeTab);
}

function tabIds(view: CustomerView360): string[] {
  const tabs = view.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]');
  return [...tabs].map((tab) => tab.dataset.tab!);
}

/**
 * Opens `customerId`, then clicks every other tab in order. Returns the
 * timing of the view's first paint and of each clicked tab's.
 */
async function openAndSwitchTabs(
  provider: DataProvider,
  customerId: string,
): Promise<{ open: Timing; tabs: Timing[] }> {
  const container = await freshContainer(stage);
  const start = performance.now();
  const view = mountView(container, provider, customerId);
  const open = await timeUntilPainted(start, () => viewShown(view));
  const first = view.activeTab;
  const tabs: Timing[] = [];
  for (const id of tabIds(view)) {
    if (id === first) continue;
    const button = view.shadowRoot!.querySelector<HTMLElement>(`[role="tab"][data-tab="${id}"]`)!;
    const clicked = performance.now();
    button.click();
    tabs.push(await timeUntilPainted(clicked, () => panelShown(view, id)));
  }
  return { open, tabs };
}

/**
 * Wraps the embedded provider, returning `getList('invoices')` of one
 * customer from a fixed list and holding every such answer back until
 * `release()`. Every other call goes to the embedded provider.
 */
class HeldInvoicesProvider implements DataProvider {
  /** `performance.now()` when the invoices were released. */
  releasedAt = Number.NaN;
  invoiceRequests = 0;
  private readonly released: Promise<void>;
  private open!: () => void;

  constructor(
    private readonly base: EmbeddedProvider,
    private readonly customerId: string,
    private readonly invoices: Invoice[],
  ) {
    this.released = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.releasedAt = performance.now();
    this.open();
  }

  async getList<T>(resource: string, params: GetListParams): Promise<GetListResult<T>> {
    const customerId = params.filter?.customerId;
    if (resource !== 'invoices' || String(customerId) !== this.customerId) {
      return this.base.getList<T>(resource, params);
    }
    this.invoiceRequests += 1;
    // Sorting before the wait keeps the provider's own work out of the timed span.
    const { start, end } = pageBounds(params.pagination);
    const sorted = this.sortedBy(params.sort);
    await this.released;
    return { data: sorted.slice(start, end) as T[], total: sorted.length };
  }

  private readonly sortedInvoices = new Map<string, Invoice[]>();

  /** Returns the invoices in the order of `sort`, sorting once per order. */
  private sortedBy(sort: GetListParams['sort']): Invoice[] {
    const key = sort ? `${sort.field}:${sort.order}` : '';
    let sorted = this.sortedInvoices.get(key);
    if (!sorted) {
      sorted = sortRecords(this.invoices, sort);
      this.sortedInvoices.set(key, sorted);
    }
    return sorted;
  }

  getOne<T>(resource: string, params: GetOneParams): Promise<{ data: T }> {
    return this.base.getOne<T>(resource, params);
  }

  update<T>(resource: string, params: UpdateParams<T>): Promise<{ data: T }> {
    return this.base.update<T>(resource, params);
  }

  create<T>(resource: string, params: CreateParams<T>): Promise<{ data: T }> {
    return this.base.create<T>(resource, params);
  }
}

/** Returns the client's real invoices repeated, each copy with its own id and number, up to `count`. */
async function repeatedInvoices(
  base: EmbeddedProvider,
  customerId: string,
  count: number,
): Promise<Invoice[]> {
  const { data } = await base.getList<Invoice>('invoices', {
    filter: { customerId },
    pagination: { page: 1, perPage: 100 },
  });
  if (data.length === 0) throw new Error(`Customer ${customerId} has no invoices to repeat.`);
  return Array.from({ length: count }, (_, index) => {
    const invoice = data[index % data.length];
    return { ...invoice, id: `${invoice.id}-${index}`, number: `${invoice.number}-${index}` };
  });
}

/** True when the invoice tab's summary counts `expected` invoices. */
function summaryCounts(view: CustomerView360, expected: string): boolean {
  const invoiceTab = view.shadowRoot?.querySelector('invoice-tab');
  const root = invoiceTab?.shadowRoot;
  if (!root) return false;
  assertNoError(root, '<invoice-tab>');
  const count = root.querySelector('[data-card="total"] .count')?.textContent?.trim();
  return count === expected;
}

/** Opens a customer on the invoice tab and times its summary from the release of 1,000 invoices. */
async function largeSummary(base: EmbeddedProvider, customerId: string): Promise<Timing> {
  const invoices = await repeatedInvoices(base, customerId, largeInvoiceCount);
  const provider = new HeldInvoicesProvider(base, customerId, invoices);
  const container = await freshContainer(stage);
  const view = mountView(container, provider, customerId, 'invoices');
  await untilPainted(performance.now(), () => provider.invoiceRequests > 0);
  // Let the header, tabs and loading states settle, so only the summary is left to render.
  await frames(2);

  provider.release();
  const expected = largeInvoiceCount.toLocaleString(defaultStructure.locale);
  return timeUntilPainted(provider.releasedAt, () => summaryCounts(view, expected));
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function metric(name: string, ours: number): Metric {
  return { name, unit: 'ms', lowerIsBetter: true, ours: Math.round(ours * 10) / 10, peers: {} };
}

/** Builds the median and 95th percentile metrics of the shown and painted times of one action. */
function timingMetrics(action: string, timings: Timing[]): Metric[] {
  const shown = timings.map((timing) => timing.shown);
  const painted = timings.map((timing) => timing.painted);
  return [
    metric(`${action}, content in DOM (median)`, median(shown)),
    metric(`${action}, content in DOM (95th percentile)`, percentile(shown, 0.95)),
    metric(`${action}, painted (median)`, median(painted)),
  ];
}

async function run() {
  const provider = await createEmbeddedProvider();

  // First pass: loads every read of each customer into the provider's cache.
  for (const id of customerIds) await openAndSwitchTabs(provider, id);

  const opens: Timing[] = [];
  const switches: Timing[] = [];
  for (const id of customerIds) {
    const { open, tabs } = await openAndSwitchTabs(provider, id);
    opens.push(open);
    switches.push(...tabs);
  }

  const summaries: Timing[] = [];
  for (const id of largeCustomerIds) summaries.push(await largeSummary(provider, id));
  stage.replaceChildren();

  return {
    title: 'customer-view360, 20 real clients (embedded provider)',
    metrics: [
      ...timingMetrics('open customer, reads cached', opens),
      ...timingMetrics('tab switch, reads cached', switches),
      ...timingMetrics('summary of 1,000 invoices after they arrive', summaries),
    ],
  };
}

window.benchmark = { run };
