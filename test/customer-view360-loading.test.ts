import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/customer-view360/define.ts';
import type { CustomerView360 } from '../src/customer-view360/define.ts';
import { ProviderError, type GetListParams, type GetOneParams } from '../src/core/provider.ts';
import { configureCache, invalidateCustomer } from '../src/data-layer/query-client.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { FakeCustomerProvider, sampleCustomers } from './helpers/view360-fake-provider.ts';

function makeProvider(): FakeCustomerProvider {
  const { customers, tasks } = sampleCustomers();
  return new FakeCustomerProvider(customers, tasks);
}

async function renderView(
  provider: FakeCustomerProvider,
  customerId: string,
): Promise<CustomerView360> {
  return fixture<CustomerView360>(html`
    <customer-view360
      .provider=${provider}
      .structure=${defaultStructure}
      customer-id=${customerId}
    ></customer-view360>
  `);
}

function text(el: CustomerView360): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

function heading(el: CustomerView360): string | undefined {
  return el.shadowRoot!.querySelector('[part="header"] h2')?.textContent ?? undefined;
}

function tabLabels(el: CustomerView360): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim());
}

function tabByLabel(el: CustomerView360, label: string): HTMLButtonElement {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find(
    (tab) => tab.textContent!.trim() === label,
  )!;
}

async function waitForHeading(el: CustomerView360, name: string): Promise<void> {
  await waitUntil(() => heading(el) === name, `heading never became ${name}`);
}

describe('<customer-view360> loading', () => {
  it('loads the customer and open tasks with the expected params', async () => {
    const provider = makeProvider();

    const el = await renderView(provider, '7');
    await waitForHeading(el, 'Ana Souza');

    const [customerCall] = provider.callsOf('getOne', 'customers');
    expect((customerCall.params as GetOneParams).id).to.equal('7');
    expect((customerCall.params as GetOneParams).signal).to.be.instanceOf(AbortSignal);
    const [taskCall] = provider.callsOf('getList', 'tasks');
    const params = taskCall.params as GetListParams;
    expect(params.filter).to.deep.equal({ customerId: '7', status: 'open' });
    expect(params.pagination).to.deep.equal({ page: 1, perPage: 50 });
    expect(params.signal).to.be.instanceOf(AbortSignal);
  });

  it('never shows the old customer while a new one loads', async () => {
    const provider = makeProvider();
    const el = await renderView(provider, '7');
    await waitForHeading(el, 'Ana Souza');
    provider.delays.set('8', 200);

    el.customerId = '8';
    await el.updateComplete;

    expect(text(el)).not.to.contain('Ana Souza');
    expect(text(el)).to.contain('Carregando cliente…');
    await waitForHeading(el, 'Bruno Lima');
    expect(text(el)).not.to.contain('Ana Souza');
  });

  it('aborts the old request on a fast switch', async () => {
    const provider = makeProvider();
    provider.delays.set('7', 100);
    provider.delays.set('8', 300);
    const el = await renderView(provider, '7');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(text(el)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });

    el.customerId = '8';
    await aTimeout(150);
    const whileLoading = text(el);
    await waitForHeading(el, 'Bruno Lima');
    observer.disconnect();

    const [first] = provider.callsOf('getOne', 'customers');
    expect((first.params as GetOneParams).signal!.aborted).to.equal(true);
    expect(whileLoading).to.equal('Carregando cliente…');
    expect(seen.some((snapshot) => snapshot.includes('Ana Souza'))).to.equal(false);
  });

  it('resets panels on customer change', async () => {
    const provider = makeProvider();
    const el = await renderView(provider, '7');
    await waitForHeading(el, 'Ana Souza');
    tabByLabel(el, 'Faturas').click();
    await el.updateComplete;

    el.customerId = '8';
    await waitForHeading(el, 'Bruno Lima');

    const panels = el.shadowRoot!.querySelectorAll('[role="tabpanel"]');
    expect(panels.length).to.equal(1);
    expect(panels[0].querySelector('invoice-tab')!.getAttribute('customer-id')).to.equal('8');
  });

  it('shows an error with retry that recovers', async () => {
    const provider = makeProvider();
    configureCache(provider, { retry: 0 });
    provider.failure = new ProviderError('Servidor indisponível', 503);
    const errorEvent = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('crm-error', (event) => resolve(event as CustomEvent), {
        once: true,
      }),
    );

    const el = await renderView(provider, '7');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="retry"]'), 'no retry button');

    expect(text(el)).to.contain('Não foi possível carregar os dados. Servidor indisponível (503)');
    expect((await errorEvent).detail).to.deep.equal({
      kind: 'provider',
      message: 'Servidor indisponível',
      status: 503,
    });
    await expect(el).to.be.accessible();
    provider.failure = undefined;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitForHeading(el, 'Ana Souza');
    expect(tabLabels(el)).to.have.length(5);
  });

  it('shows the task tab when the open-task check fails', async () => {
    const provider = makeProvider();
    configureCache(provider, { retry: 0 });
    provider.getList = () => Promise.reject(new ProviderError('Tarefas indisponíveis', 500));

    const el = await renderView(provider, '8');
    await waitForHeading(el, 'Bruno Lima');

    expect(tabLabels(el)).to.include('Tarefa');
  });

  it('keeps the task tab until the agent leaves it', async () => {
    const provider = makeProvider();
    const el = await renderView(provider, '7');
    await waitForHeading(el, 'Ana Souza');
    tabByLabel(el, 'Tarefa').click();
    await el.updateComplete;
    const taskTab = el.shadowRoot!.querySelector('task-tab')!;
    const checksBefore = provider.callsOf('getList', 'tasks').length;

    provider.tasks[0].status = 'done';
    await invalidateCustomer(provider, '7');
    // The cache notifies its observers on a zero-delay timer.
    await aTimeout(0);
    await el.updateComplete;

    expect(provider.callsOf('getList', 'tasks').length).to.be.greaterThan(checksBefore);
    expect(tabLabels(el)).to.include('Tarefa');
    expect(el.activeTab).to.equal('tasks');
    expect(el.shadowRoot!.querySelector('task-tab')).to.equal(taskTab);
    tabByLabel(el, 'Cliente').click();
    await el.updateComplete;
    expect(tabLabels(el)).to.deep.equal(['Cliente', 'Faturas', 'Cobrança', 'Histórico']);
    expect(el.shadowRoot!.querySelector('task-tab')).to.equal(null);
  });

  it('hides the task tab at once when it is not selected', async () => {
    const provider = makeProvider();
    const el = await renderView(provider, '7');
    await waitForHeading(el, 'Ana Souza');
    expect(tabLabels(el)).to.include('Tarefa');

    provider.tasks[0].status = 'done';
    await invalidateCustomer(provider, '7');

    await waitUntil(() => !tabLabels(el).includes('Tarefa'), 'the task tab stayed');
    expect(tabLabels(el)).to.deep.equal(['Cliente', 'Faturas', 'Cobrança', 'Histórico']);
  });

  it('reads no tasks without a task tab', async () => {
    const provider = makeProvider();
    const structure = {
      ...defaultStructure,
      tabs: defaultStructure.tabs.filter((tab) => tab.kind !== 'task'),
    };

    const el = await fixture<CustomerView360>(html`
      <customer-view360
        .provider=${provider}
        .structure=${structure}
        customer-id="7"
      ></customer-view360>
    `);
    await waitForHeading(el, 'Ana Souza');

    expect(tabLabels(el)).to.deep.equal(['Cliente', 'Faturas', 'Cobrança', 'Histórico']);
    expect(provider.callsOf('getList', 'tasks')).to.have.length(0);
  });

  it('fires tab-change only for user activation', async () => {
    const provider = makeProvider();
    const el = await renderView(provider, '7');
    await waitForHeading(el, 'Ana Souza');
    let count = 0;
    el.addEventListener('tab-change', () => count++);

    el.activeTab = 'billing';
    await el.updateComplete;
    const event = oneEvent(el, 'tab-change');
    tabByLabel(el, 'Histórico').click();

    expect((await event).detail).to.deep.equal({ tab: 'history' });
    expect(count).to.equal(1);
  });
});
