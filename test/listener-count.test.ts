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
import {
  describeGrowth,
  installListenerCounter,
  liveListeners,
} from './helpers/listener-counter.ts';
import { describeCorpus } from './hardening/reliability.ts';

installListenerCounter();

// --- A small provider with one customer -----------------------------------

const customer = taskCustomer({ openTaskId: 't1', score: 742, document: '52998224725' });
/** Customers that <customer-view360> switches between, after `customer`. */
const otherCustomers = [
  taskCustomer({ id: 'c2', name: 'Bruno Lima', score: 310 }),
  taskCustomer({ id: 'c3', name: 'Célia Dias', score: 505 }),
];

const records: Record<string, object[]> = {
  customers: [customer, ...otherCustomers],
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
// A multiple of the three customers, so the last switch shows the customer measured before.
const switches = 99;

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

function viewShown(view: CustomerView360, name = customer.name): boolean {
  const root = view.shadowRoot;
  if (!root) return false;
  if (root.querySelector('[part="title"]')?.textContent?.trim() !== name) return false;
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

describeCorpus(
  {
    name: 'memory-listeners',
    title: 'Memory: event listeners',
    size: () => rounds * cases.length + switches,
    unit: 'mounts and customer switches',
    checks:
      `each element is mounted until its content shows and removed ${rounds} times, and ` +
      `\`<customer-view360>\` switches customers ${switches} times, after a warm-up round. ` +
      'The count of live event listeners on window, document and connected nodes must not ' +
      'grow. The benchmark (`npm run bench`, bench/pages/memory.ts) repeats this with 200 ' +
      'mounts, 1,000 switches and the embedded dataset, and reports the heap growth that ' +
      'must stay under 2 MB. This test does not measure the heap.',
  },
  'event listeners after removal',
  () => {
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
    it(`<customer-view360> leaves no listeners after ${switches} switches`, async () => {
      const view = inputs(document.createElement('customer-view360')) as CustomerView360;
      const all = [customer, ...otherCustomers];
      container.append(view);
      const switchTo = async (index: number) => {
        const next = all[index % all.length];
        view.customerId = String(next.id);
        await until(() => viewShown(view, next.name), `customer ${next.id}`);
      };
      // The warm-up round fills the query cache for every customer.
      for (let index = 0; index < all.length; index += 1) await switchTo(index);
      const before = liveListeners();

      for (let index = 0; index < switches; index += 1) await switchTo(index);

      expect(describeGrowth(before, liveListeners())).to.equal('none');
    });
  },
);
