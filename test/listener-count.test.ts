import { expect } from '@open-wc/testing';
import type { DataProvider, GetListParams, GetListResult } from '../src/core/provider.ts';
import { ProviderError } from '../src/core/provider.ts';
import { configureCache } from '../src/data-layer/query-client.ts';
import '../src/index.ts';
import type { CustomerView360 } from '../src/customer-view360/customer-view360.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { historyEvent } from './helpers/fake-history.ts';
import {
  collectionTask,
  taskAgents,
  taskClock,
  taskCustomer,
  taskInvoices,
} from './helpers/fake-tasks.ts';

// --- Live listener count ---------------------------------------------------
// EventTarget.prototype is patched before any element of this file is created.
// A listener counts while it is registered on a target that is alive and, for
// a DOM node, connected: a removed subtree is garbage once nothing refers to
// it. AbortSignal targets are left out because the signals of finished reads
// stay alive until a garbage collection, which a test page cannot force.

type ListenerSets = Map<string, Map<EventListenerOrEventListenerObject, object>>;

const listenersByTarget = new WeakMap<EventTarget, ListenerSets>();
const listenerTargets = new Set<WeakRef<EventTarget>>();

function installListenerCounter(): void {
  const prototype = EventTarget.prototype;
  const originalAdd = prototype.addEventListener;
  const originalRemove = prototype.removeEventListener;
  const keyOf = (type: string, options?: boolean | EventListenerOptions) =>
    `${type}:${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;

  prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    originalAdd.call(this, type, listener, options);
    const settings = typeof options === 'object' ? options : undefined;
    if (!listener || settings?.signal?.aborted) return;
    let sets = listenersByTarget.get(this);
    if (!sets) {
      sets = new Map();
      listenersByTarget.set(this, sets);
      listenerTargets.add(new WeakRef(this));
    }
    const key = keyOf(type, options);
    let listeners = sets.get(key);
    if (!listeners) {
      listeners = new Map();
      sets.set(key, listeners);
    }
    if (listeners.has(listener)) return;
    // The token distinguishes a `once` or `signal` removal from a later registration of the same listener.
    const token = {};
    listeners.set(listener, token);
    const forget = () => {
      if (listeners.get(listener) === token) listeners.delete(listener);
    };
    const capture = Boolean(settings?.capture);
    if (settings?.once) originalAdd.call(this, type, forget, { once: true, capture });
    settings?.signal?.addEventListener('abort', forget, { once: true });
  };

  prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    originalRemove.call(this, type, listener, options);
    if (listener) listenersByTarget.get(this)?.get(keyOf(type, options))?.delete(listener);
  };
}

/** Returns 'Window', 'Document' or the class name of `target`. */
function targetKind(target: EventTarget): string {
  if (target === window) return 'Window';
  if (target === document) return 'Document';
  return target.constructor.name;
}

/** Returns the live listeners by kind of target and event type, as "Window resize". */
function liveListeners(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const reference of listenerTargets) {
    const target = reference.deref();
    if (!target) {
      listenerTargets.delete(reference);
      continue;
    }
    if (target instanceof AbortSignal) continue;
    if (target instanceof Node && !target.isConnected) continue;
    const kind = targetKind(target);
    for (const [key, listeners] of listenersByTarget.get(target) ?? []) {
      if (listeners.size === 0) continue;
      const name = `${kind} ${key.slice(0, key.lastIndexOf(':'))}`;
      counts.set(name, (counts.get(name) ?? 0) + listeners.size);
    }
  }
  return counts;
}

/** Lists the listener counts that changed, as "Window resize +1", or returns 'none'. */
function describeGrowth(before: Map<string, number>, after: Map<string, number>): string {
  const names = new Set([...before.keys(), ...after.keys()]);
  const changes: string[] = [];
  for (const name of [...names].sort()) {
    const difference = (after.get(name) ?? 0) - (before.get(name) ?? 0);
    if (difference !== 0) changes.push(`${name} ${difference > 0 ? '+' : ''}${difference}`);
  }
  return changes.join(', ') || 'none';
}

installListenerCounter();

// --- A small provider with one customer -----------------------------------

const customer = taskCustomer({ openTaskId: 't1', score: 742, document: '52998224725' });

const records: Record<string, object[]> = {
  customers: [customer],
  invoices: taskInvoices(),
  tasks: [collectionTask()],
  agents: taskAgents,
  history: [
    historyEvent({ kind: 'payment', title: 'Pagamento recebido', at: '2026-11-20T14:00:00Z' }),
    historyEvent({ kind: 'contact', title: 'Ligação', at: '2026-12-01T13:00:00Z' }),
  ],
};

/** Keeps the records whose own fields equal the filter's values; other filter keys are ignored. */
function matches(record: object, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(
    ([key, value]) =>
      !Object.hasOwn(record, key) || String(record[key as keyof object]) === String(value),
  );
}

// Its responses resolve at once and register no abort listeners, so every
// listener counted belongs to the elements or the libraries they use.
const provider: DataProvider = {
  async getList<T>(resource: string, params: GetListParams): Promise<GetListResult<T>> {
    const matching = (records[resource] ?? []).filter((record) =>
      matches(record, params.filter ?? {}),
    );
    const { page, perPage } = params.pagination ?? { page: 1, perPage: matching.length };
    const data = matching.slice((page - 1) * perPage, page * perPage);
    return { data: structuredClone(data) as T[], total: matching.length };
  },
  async getOne<T>(resource: string, params: { id: string | number }): Promise<{ data: T }> {
    const record = (records[resource] ?? []).find(
      (candidate) => String((candidate as { id: unknown }).id) === String(params.id),
    );
    if (!record) throw new ProviderError(`${resource} ${params.id} not found`, 404);
    return { data: structuredClone(record) as T };
  },
  async update() {
    throw new ProviderError('update is not supported by this test provider', 501);
  },
  async create() {
    throw new ProviderError('create is not supported by this test provider', 501);
  },
};

configureCache(provider, { retry: 0 });

const structure = { ...defaultStructure, currency: 'BRL' };
const rounds = 20;

// --- Elements ----------------------------------------------------------------

/** Parts that show an element's loaded content, by tag; each entry must match. */
const contentSelectors: Record<string, string[]> = {
  'customer-list': ['[part="row"]'],
  'invoice-tab': ['[part="summary"]', '[part="table"], [part~="empty"]'],
  'billing-tab': ['[part="totals"], [part~="empty"]'],
  'task-tab': ['[part="header"]'],
  'history-timeline': ['[part="toolbar"]'],
  'score-gauge': ['[part="value"]'],
};

function contentShown(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  const error = root.querySelector('[part~="error"]');
  if (error) throw new Error(`<${element.localName}> shows an error: ${error.textContent?.trim()}`);
  if (root.querySelector('[part="loading"]')) return false;
  return contentSelectors[element.localName].every(
    (selector) => root.querySelector(selector) !== null,
  );
}

function viewShown(view: CustomerView360): boolean {
  const root = view.shadowRoot;
  if (!root) return false;
  if (root.querySelector('[part="title"]')?.textContent?.trim() !== customer.name) return false;
  const panel = root.getElementById(`panel-${view.activeTab}`);
  return panel !== null && !panel.hidden && panel.querySelector('[part~="section"]') !== null;
}

interface ElementCase {
  tag: string;
  create(): HTMLElement;
  ready(element: HTMLElement): boolean;
}

function inputs<T extends HTMLElement>(element: T): T {
  Object.assign(element, { provider, structure, clock: taskClock });
  return element;
}

function customerTab(tag: string): ElementCase {
  return {
    tag,
    create() {
      const element = inputs(document.createElement(tag));
      element.setAttribute('customer-id', String(customer.id));
      return element;
    },
    ready: contentShown,
  };
}

const cases: ElementCase[] = [
  {
    tag: 'customer-list',
    create: () => inputs(document.createElement('customer-list')),
    ready: contentShown,
  },
  {
    tag: 'customer-view360',
    create() {
      const view = inputs(document.createElement('customer-view360'));
      view.customerId = String(customer.id);
      return view;
    },
    ready: (element) => viewShown(element as CustomerView360),
  },
  customerTab('invoice-tab'),
  customerTab('billing-tab'),
  customerTab('task-tab'),
  customerTab('history-timeline'),
  {
    tag: 'score-gauge',
    create() {
      const gauge = document.createElement('score-gauge');
      gauge.value = 742;
      return gauge;
    },
    ready: contentShown,
  },
  {
    tag: 'crm-scope',
    create() {
      const scope = inputs(document.createElement('crm-scope'));
      scope.append(inputs(document.createElement('invoice-tab')));
      scope.querySelector('invoice-tab')!.setAttribute('customer-id', String(customer.id));
      return scope;
    },
    ready: (element) => contentShown(element.querySelector('invoice-tab')!),
  },
];

async function until(ready: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > 5000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Mounts the element until its content shows, then removes it, `count` times. */
async function mountAndRemove(elementCase: ElementCase, container: HTMLElement, count: number) {
  for (let round = 0; round < count; round += 1) {
    const element = elementCase.create();
    container.append(element);
    await until(() => elementCase.ready(element), `<${elementCase.tag}> content`);
    element.remove();
  }
  // Lets queries that lost their last observer settle.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('event listeners after removal', () => {
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    container.remove();
  });

  it('counter follows add, remove, once and signal', () => {
    const before = liveListeners();
    const listener = () => {};
    const controller = new AbortController();

    window.addEventListener('listener-probe', listener);
    window.addEventListener('listener-probe', listener);
    window.addEventListener('listener-probe-once', listener, { once: true });
    window.addEventListener('listener-probe-signal', listener, { signal: controller.signal });
    const whileAdded = describeGrowth(before, liveListeners());
    window.dispatchEvent(new Event('listener-probe-once'));
    controller.abort();
    window.removeEventListener('listener-probe', listener);
    const afterRemoval = describeGrowth(before, liveListeners());

    expect(whileAdded).to.equal(
      'Window listener-probe +1, Window listener-probe-once +1, Window listener-probe-signal +1',
    );
    expect(afterRemoval).to.equal('none');
  });

  it('counter ignores listeners of removed nodes', () => {
    const before = liveListeners();
    const button = document.createElement('button');
    button.addEventListener('click', () => {});
    container.append(button);
    const whileConnected = describeGrowth(before, liveListeners());
    button.remove();

    expect(whileConnected).to.equal('HTMLButtonElement click +1');
    expect(describeGrowth(before, liveListeners())).to.equal('none');
  });

  for (const elementCase of cases) {
    it(`<${elementCase.tag}> leaves no listeners after ${rounds} mounts`, async () => {
      // The warm-up round lets libraries register their one-time listeners.
      await mountAndRemove(elementCase, container, 1);
      const before = liveListeners();

      await mountAndRemove(elementCase, container, rounds);

      expect(describeGrowth(before, liveListeners())).to.equal('none');
    });
  }
});
