// Memory and event listeners after repeated use, on the embedded provider:
// each element is mounted until its content shows and removed, 200 times,
// then one <customer-view360> switches between 20 customers 1,000 times.
// Both phases are measured against a first round that fills the caches and
// loads the lazy chunks. Reports the JS heap growth after forced garbage
// collection (the harness starts Chromium with --expose-gc), in total and per
// element, and the growth of live event listeners. No peer library is
// measured, so `peers` is empty.
import '../../src/index.ts';
import type { CustomerView360 } from '../../src/customer-view360/customer-view360.ts';
import type { DataProvider } from '../../src/core/provider.ts';
import type { Customer } from '../../src/core/records.ts';
import { createEmbeddedProvider } from '../../src/data/embedded-provider.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';
import { frames, heapMegabytes, type Metric } from '../support/measure.ts';
import {
  describeGrowth,
  installListenerCounter,
  liveListeners,
  total,
} from '../../test/helpers/listener-counter.ts';

installListenerCounter();

// --- Elements --------------------------------------------------------------

const mountCount = 200;
const switchCount = 1000;
const customerIds = Array.from({ length: 20 }, (_, index) => String(1 + index * 1499));
const stage = document.getElementById('stage')!;

/** Parts that show an element's loaded content, by tag; each entry must match. */
const contentSelectors: Record<string, string[]> = {
  'customer-list': ['[part="row"]'],
  'invoice-tab': ['[part="summary"]', '[part="table"], [part~="empty"]'],
  'billing-tab': ['[part="totals"], [part~="empty"]'],
  'task-tab': ['[part="header"], [part~="empty"]'],
  'history-timeline': ['[part="toolbar"], [part~="empty"]'],
  'score-gauge': ['[part="value"]'],
};

/** Resolves in a later task, so provider responses and Lit updates can run. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function until(ready: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await nextTask();
  }
}

function assertNoError(root: ShadowRoot, where: string): void {
  const error = root.querySelector('[part~="error"]');
  if (error) throw new Error(`${where} shows an error: ${error.textContent?.trim()}`);
}

function contentShown(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  assertNoError(root, `<${element.localName}>`);
  if (root.querySelector('[part="loading"]')) return false;
  return contentSelectors[element.localName].every(
    (selector) => root.querySelector(selector) !== null,
  );
}

/** True when the view shows `name` in its header and its selected panel has loaded. */
function viewShows(view: CustomerView360, name: string): boolean {
  const root = view.shadowRoot;
  if (!root) return false;
  assertNoError(root, '<customer-view360>');
  if (root.querySelector('[part="title"]')?.textContent?.trim() !== name) return false;
  const panel = root.getElementById(`panel-${view.activeTab}`);
  return panel !== null && !panel.hidden && panel.querySelector('[part~="section"]') !== null;
}

interface ElementCase {
  tag: string;
  create(customerId: string): HTMLElement;
  ready(element: HTMLElement, customerId: string): boolean;
}

function elementCases(provider: DataProvider, names: Map<string, string>): ElementCase[] {
  const withData = (tag: string): ElementCase => ({
    tag,
    create(customerId) {
      const element = document.createElement(tag) as HTMLElement & Record<string, unknown>;
      element.provider = provider;
      element.structure = defaultStructure;
      element.setAttribute('customer-id', customerId);
      return element;
    },
    ready: (element) => contentShown(element),
  });
  return [
    {
      tag: 'customer-list',
      create() {
        const list = document.createElement('customer-list');
        list.provider = provider;
        list.structure = defaultStructure;
        return list;
      },
      ready: (element) => contentShown(element),
    },
    {
      tag: 'customer-view360',
      create(customerId) {
        const view = document.createElement('customer-view360');
        view.provider = provider;
        view.structure = defaultStructure;
        view.customerId = customerId;
        return view;
      },
      ready: (element, customerId) => viewShows(element as CustomerView360, names.get(customerId)!),
    },
    withData('invoice-tab'),
    withData('billing-tab'),
    withData('task-tab'),
    withData('history-timeline'),
    {
      tag: 'score-gauge',
      create() {
        const gauge = document.createElement('score-gauge');
        gauge.value = 742;
        return gauge;
      },
      ready: (element) => contentShown(element),
    },
    {
      tag: 'crm-scope',
      // The scope provides its contexts, such as the locale, to a gauge inside it.
      create() {
        const scope = document.createElement('crm-scope');
        scope.provider = provider;
        scope.structure = defaultStructure;
        const gauge = document.createElement('score-gauge');
        gauge.value = 310;
        scope.append(gauge);
        return scope;
      },
      ready: (element) => contentShown(element.querySelector('score-gauge')!),
    },
  ];
}

/** Mounts and removes one element `rounds` times, each time once its content shows. */
async function mountAndRemove(elementCase: ElementCase, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    const customerId = customerIds[round % customerIds.length];
    const element = elementCase.create(customerId);
    stage.append(element);
    await until(() => elementCase.ready(element, customerId), `<${elementCase.tag}>`);
    element.remove();
  }
  await frames(2);
}

/** Sets the view's customer `count` times, cycling through the ids, each time until it shows. */
async function switchCustomers(
  view: CustomerView360,
  names: Map<string, string>,
  count: number,
): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const customerId = customerIds[index % customerIds.length];
    view.customerId = customerId;
    await until(() => viewShows(view, names.get(customerId)!), `customer ${customerId}`);
  }
}

/** Heap in MB after several forced collections. */
async function settledHeap(): Promise<number> {
  for (let collection = 0; collection < 3; collection += 1) {
    window.gc?.();
    await frames(1);
  }
  return heapMegabytes();
}

function metric(name: string, unit: string, ours: number): Metric {
  const rounded = Math.round(ours * 100) / 100;
  // 'listeners' is not among the contract's units yet, hence the cast.
  return { name, unit: unit as Metric['unit'], lowerIsBetter: true, ours: rounded, peers: {} };
}

async function run() {
  if (!window.gc) console.warn('gc() is not exposed: start Chromium with --js-flags=--expose-gc.');
  const provider = await createEmbeddedProvider();
  const names = new Map<string, string>();
  for (const id of customerIds) {
    const { data } = await provider.getOne<Customer>('customers', { id });
    names.set(id, data.name);
  }
  const cases = elementCases(provider, names);
  const view = document.createElement('customer-view360');
  view.provider = provider;
  view.structure = defaultStructure;

  // First round: fills the query caches, loads the lazy chunks and lets
  // libraries register their one-time window and document listeners.
  for (const elementCase of cases) await mountAndRemove(elementCase, customerIds.length);
  stage.append(view);
  await switchCustomers(view, names, customerIds.length);
  view.remove();

  const heapBefore = await settledHeap();
  const listenersBefore = liveListeners();
  const heapGrowthByTag: Metric[] = [];
  let heapBeforeCase = heapBefore;
  for (const elementCase of cases) {
    await mountAndRemove(elementCase, mountCount);
    const heapAfterCase = await settledHeap();
    const name = `JS heap growth, <${elementCase.tag}> mounted and removed`;
    heapGrowthByTag.push(metric(name, 'MB', heapAfterCase - heapBeforeCase));
    heapBeforeCase = heapAfterCase;
  }
  const heapAfterMounts = heapBeforeCase;
  const listenersAfterMounts = liveListeners();

  stage.append(view);
  await switchCustomers(view, names, switchCount);
  view.remove();
  const heapAfterSwitches = await settledHeap();
  const listenersAfterSwitches = liveListeners();

  console.info(
    `Listener changes after mounting: ${describeGrowth(listenersBefore, listenersAfterMounts)}; ` +
      `after switching: ${describeGrowth(listenersAfterMounts, listenersAfterSwitches)}.`,
  );

  return {
    title: 'Memory: 8 elements mounted 200 times, 1,000 customer switches',
    metrics: [
      metric('JS heap growth, mount and remove', 'MB', heapAfterMounts - heapBefore),
      ...heapGrowthByTag,
      metric('JS heap growth, customer switches', 'MB', heapAfterSwitches - heapAfterMounts),
      metric(
        'live listener growth, mount and remove',
        'listeners',
        total(listenersAfterMounts) - total(listenersBefore),
      ),
      metric(
        'live listener growth, customer switches',
        'listeners',
        total(listenersAfterSwitches) - total(listenersAfterMounts),
      ),
    ],
  };
}

window.benchmark = { run };
