import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/task-tab/define.ts';
import '../src/history-timeline/define.ts';
import '../src/crm-scope/define.ts';
import { CrmElement } from '../src/core/crm-element.ts';
import { defineElement } from '../src/core/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import { ProviderError } from '../src/core/provider.ts';
import type { Task } from '../src/core/records.ts';
import { openTasksRead as view360OpenTasksRead } from '../src/customer-view360/reads.ts';
import { createEmbeddedProvider } from '../src/data/embedded-provider.ts';
import { ProviderQuery } from '../src/data-layer/provider-query.ts';
import { configureCache, invalidateCustomer } from '../src/data-layer/query-client.ts';
import { hashKey, providerQueryKey } from '../src/data-layer/query-keys.ts';
import type { ProviderRead } from '../src/data-layer/provider-query.ts';
import { agentListParams } from '../src/history-timeline/history-data.ts';
import { allInvoicesRead } from '../src/invoices/reads.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import {
  agentsRead,
  customerInvoicesRead,
  openTasksRead,
  type UncheckedPage,
} from '../src/task-tab/reads.ts';
import type { TaskTab } from '../src/task-tab/task-tab.ts';
import { testClock } from './helpers/embedded.ts';
import {
  FakeTaskProvider,
  collectionTask,
  taskClock,
  taskStructure,
} from './helpers/fake-tasks.ts';
import {
  chooseOutcome,
  control,
  shadowText,
  submitButton,
  typeInto,
} from './helpers/task-tab-driver.ts';

/** Shows how many open tasks the customer has, through the read `<customer-view360>` uses. */
class OpenTaskCount extends CrmElement {
  static override properties = { customerId: { attribute: 'customer-id' } };
  declare customerId?: string;

  private readonly query = new ProviderQuery<UncheckedPage>(this, () => {
    const provider = this.effectiveProvider;
    return provider && this.customerId
      ? view360OpenTasksRead(provider, this.customerId)
      : undefined;
  });

  protected override render() {
    return html`<p part="count">${this.query.data?.data.length ?? ''}</p>`;
  }
}
defineElement('test-open-task-count', OpenTaskCount);

interface RecordedCall {
  method: string;
  resource: string;
  params: unknown;
}

/** Wraps a provider so every call is recorded with its params, without `signal`. */
function recording(provider: DataProvider): DataProvider & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const record = (method: string, resource: string, params: { signal?: AbortSignal }) => {
    const { signal: _signal, ...rest } = params;
    calls.push({ method, resource, params: rest });
  };
  return {
    calls,
    getList: (resource, params) => (
      record('getList', resource, params),
      provider.getList(resource, params)
    ),
    getOne: (resource, params) => (
      record('getOne', resource, params),
      provider.getOne(resource, params)
    ),
    update: (resource, params) => (
      record('update', resource, params),
      provider.update(resource, params)
    ),
    create: (resource, params) => (
      record('create', resource, params),
      provider.create(resource, params)
    ),
  };
}

/** Method and resource of each call, sorted, such as "getList tasks". */
function callNames(calls: readonly RecordedCall[]): string[] {
  return calls.map((call) => `${call.method} ${call.resource}`).sort();
}

/** Reads that ran more than once with equal params. */
function repeatedReads(calls: readonly RecordedCall[]): string[] {
  const seen = new Map<string, number>();
  for (const call of calls) {
    if (call.method !== 'getList' && call.method !== 'getOne') continue;
    const key = hashKey([call.method, call.resource, call.params]);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([key]) => key);
}

interface Page {
  tab: TaskTab;
  history: HTMLElement;
  count: HTMLElement;
}

async function renderPage(
  provider: DataProvider,
  customerId: string,
  structure: object,
): Promise<Page> {
  const scope = await fixture(
    html`<crm-scope .provider=${provider} .structure=${structure} .clock=${taskClock}>
      <task-tab customer-id=${customerId}></task-tab>
      <history-timeline customer-id=${customerId}></history-timeline>
      <test-open-task-count customer-id=${customerId}></test-open-task-count>
    </crm-scope>`,
  );
  const page = {
    tab: scope.querySelector('task-tab')!,
    history: scope.querySelector<HTMLElement>('history-timeline')!,
    count: scope.querySelector<HTMLElement>('test-open-task-count')!,
  };
  await waitUntil(() => shadowText(page.tab, '[part="title"]'), 'task not shown');
  await waitUntil(
    () => historyEvents(page).length > 0 || historyIsEmpty(page),
    'history not shown',
  );
  await waitUntil(() => openTaskCount(page) !== '', 'open tasks not counted');
  return page;
}

function historyEvents(page: Page): string[] {
  const items = page.history.shadowRoot!.querySelectorAll('[part="event"]');
  return [...items].map((item) => {
    const title = item.querySelector('[part="title"]')?.textContent?.trim();
    return `${item.getAttribute('data-status')}: ${title}`;
  });
}

function historyIsEmpty(page: Page): boolean {
  return page.history.shadowRoot!.querySelector('[part="empty"]') !== null;
}

function openTaskCount(page: Page): string {
  return page.count.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
}

async function choosePickerAgent(tab: TaskTab, name: string): Promise<void> {
  const input = control(tab, 'Alterar responsável');
  input.focus();
  input.value = name;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await tab.updateComplete;
  input.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
  );
}

function keyOf<T>(read: ProviderRead<T>): string {
  return hashKey(providerQueryKey(read.resource, read.method, read.params));
}

beforeEach(() => sessionStorage.clear());

describe('<task-tab> on the shared cache', () => {
  it('reads with the keys of the other elements', () => {
    const provider = new FakeTaskProvider();

    expect(keyOf(openTasksRead(provider, 'c1'))).to.equal(
      keyOf(view360OpenTasksRead(provider, 'c1')),
    );
    expect(keyOf(customerInvoicesRead(provider, 'c1'))).to.equal(
      keyOf(allInvoicesRead(provider, 'c1')),
    );
    expect(agentsRead(provider).params).to.deep.equal(agentListParams);
  });

  it('shares reads with history and the open-task count', async () => {
    const provider = new FakeTaskProvider();

    await renderPage(provider, 'c1', taskStructure);

    expect(repeatedReads(provider.calls)).to.deep.equal([]);
    expect(callNames(provider.calls)).to.deep.equal([
      'getList agents',
      'getList history',
      'getList invoices',
      'getList tasks',
      'getOne customers',
    ]);
  });

  it('refreshes history and open tasks after a run', async () => {
    const provider = new FakeTaskProvider();
    const page = await renderPage(provider, 'c1', taskStructure);
    provider.calls.length = 0;
    await chooseOutcome(page.tab, 'Não atendeu');

    submitButton(page.tab).click();
    await waitUntil(() => historyEvents(page).length === 1, 'history did not refetch');
    await waitUntil(() => openTaskCount(page) === '0', 'open tasks did not refetch');
    await waitUntil(() => shadowText(page.tab, '[part="empty"]'), 'task still shown');

    expect(historyEvents(page)).to.deep.equal(['done: Cobrança de faturas vencidas']);
    expect(shadowText(page.tab, '[part="empty"]')).to.equal('Nenhuma tarefa aberta');
    expect(callNames(provider.calls)).to.deep.equal([
      'create task-executions',
      'getList history',
      'getList invoices',
      'getList tasks',
      'getOne customers',
    ]);
  });

  it('shows a reassignment in history', async () => {
    const provider = new FakeTaskProvider();
    const page = await renderPage(provider, 'c1', taskStructure);
    provider.calls.length = 0;

    const assigned = oneEvent(page.tab, 'task-assigned');
    await choosePickerAgent(page.tab, 'Bruno');
    await assigned;
    await waitUntil(() => historyEvents(page).length === 1, 'history did not refetch');

    expect(historyEvents(page)).to.deep.equal(['done: Tarefa reatribuída para Bruno Costa']);
    expect(shadowText(page.tab, '[part="assignee"]')).to.equal('Bruno Costa');
    expect(callNames(provider.calls)).to.deep.equal([
      'getList history',
      'getList invoices',
      'getList tasks',
      'getOne customers',
      'update tasks',
    ]);
  });

  it('refreshes after a rolled-back reassignment', async () => {
    const provider = new FakeTaskProvider();
    provider.failNext('update', 'tasks', new ProviderError('Sem permissão', 403));
    const page = await renderPage(provider, 'c1', taskStructure);
    provider.calls.length = 0;

    await choosePickerAgent(page.tab, 'Célia');
    await waitUntil(() => provider.callsOf('getList', 'tasks').length === 1, 'tasks not refetched');
    await waitUntil(() => shadowText(page.tab, '[part="assign-error"]'), 'rollback not shown');

    expect(shadowText(page.tab, '[part="assignee"]')).to.equal('Ana Lima');
    expect(historyEvents(page)).to.deep.equal([]);
  });

  it('shows the follow-up the refetch brings', async () => {
    const provider = new FakeTaskProvider();
    const create = provider.create.bind(provider);
    provider.create = async (resource, params) => {
      const result = await create(resource, params);
      provider.tasks.push(
        collectionTask({ id: 't2', name: 'Acompanhar promessa', dueDate: '2026-12-07' }),
      );
      return result;
    };
    const page = await renderPage(provider, 'c1', taskStructure);
    await chooseOutcome(page.tab, 'Não atendeu');

    submitButton(page.tab).click();
    await waitUntil(
      () => shadowText(page.tab, '[part="title"]') === 'Acompanhar promessa',
      'no follow-up',
    );

    expect(openTaskCount(page)).to.equal('1');
    expect(shadowText(page.tab, '[part="success"]')).to.equal('Execução registrada: Não atendeu.');
  });

  it('focuses the success message after a run', async () => {
    const provider = new FakeTaskProvider();
    const page = await renderPage(provider, 'c1', taskStructure);
    await chooseOutcome(page.tab, 'Não atendeu');
    submitButton(page.tab).focus();

    submitButton(page.tab).click();
    await waitUntil(() => shadowText(page.tab, '[part="empty"]'), 'task still shown');

    const success = page.tab.shadowRoot!.querySelector('[part="success"]');
    expect(page.tab.shadowRoot!.activeElement).to.equal(success);
    expect(success!.getAttribute('role')).to.equal('status');
    await expect(page.tab).to.be.accessible();
  });

  it('keeps the task and typed values after a failed refresh', async () => {
    const provider = new FakeTaskProvider();
    configureCache(provider, { retry: 0 });
    const page = await renderPage(provider, 'c1', taskStructure);
    await chooseOutcome(page.tab, 'Promessa de pagamento');
    await typeInto(page.tab, 'Valor prometido', '99,90');
    provider.failNext('getList', 'tasks', new ProviderError('Serviço indisponível', 503));

    const reported = oneEvent(page.tab, 'crm-error');
    await invalidateCustomer(provider, 'c1');
    const event = await reported;
    await waitUntil(() => page.tab.shadowRoot!.querySelector('[part="stale"]'), 'no stale badge');

    expect(event.detail).to.deep.equal({
      kind: 'provider',
      message: 'Serviço indisponível',
      status: 503,
    });
    expect(shadowText(page.tab, '[part="stale"]')).to.match(
      /^Não atualizado desde \d\d:\d\d Atualizar$/,
    );
    expect(shadowText(page.tab, '[part="title"]')).to.equal('Cobrança de faturas vencidas');
    expect(control(page.tab, 'Valor prometido').value).to.equal('99,90');
    expect(control<HTMLInputElement>(page.tab, 'Promessa de pagamento').checked).to.equal(true);
    await expect(page.tab).to.be.accessible();

    page.tab.shadowRoot!.querySelector<HTMLButtonElement>('[part="stale"] button')!.click();
    await waitUntil(() => !page.tab.shadowRoot!.querySelector('[part="stale"]'), 'badge stays');
    expect(control(page.tab, 'Valor prometido').value).to.equal('99,90');
  });

  it('reports a failed first load as crm-error', async () => {
    const provider = new FakeTaskProvider();
    configureCache(provider, { retry: 0 });
    provider.failNext('getOne', 'customers', new ProviderError('Cliente indisponível', 503));
    const el = document.createElement('task-tab');
    el.provider = provider;
    el.structure = taskStructure;
    el.clock = taskClock;
    el.customerId = 'c1';

    const reported = oneEvent(el, 'crm-error');
    await fixture(html`<div>${el}</div>`);
    const event = await reported;

    expect(event.detail).to.deep.equal({
      kind: 'provider',
      message: 'Cliente indisponível',
      status: 503,
    });
    await waitUntil(() => shadowText(el, '[part="error"]'), 'error not shown');
    expect(shadowText(el, '[part="error"]')).to.contain('Cliente indisponível (503)');
  });

  it('reports an invalid task as crm-error', async () => {
    const provider = new FakeTaskProvider([collectionTask({ dueDate: '2026-13-40' })]);
    const el = document.createElement('task-tab');
    el.provider = provider;
    el.structure = taskStructure;
    el.customerId = 'c1';

    const reported = oneEvent(el, 'crm-error');
    await fixture(html`<div>${el}</div>`);
    const event = await reported;

    expect(event.detail.kind).to.equal('provider');
    expect((event.detail as { message: string }).message).to.contain('Invalid task t1: dueDate');
  });

  it('refreshes every element on the embedded provider', async function () {
    // Parsing the 30,000-row CSV takes a few seconds.
    this.timeout(60000);
    const embedded = await createEmbeddedProvider({
      clock: testClock,
      timeZone: 'America/Sao_Paulo',
    });
    const { data } = await embedded.getList<Task>('tasks', {
      filter: { status: 'open' },
      pagination: { page: 1, perPage: 1 },
    });
    const task = data[0];
    const customerId = String(task.customerId);
    const provider = recording(embedded);
    const page = await renderPage(provider, customerId, defaultStructure);
    const doneBefore = historyEvents(page).filter((event) => event === `done: ${task.name}`).length;

    expect(repeatedReads(provider.calls)).to.deep.equal([]);

    provider.calls.length = 0;
    await chooseOutcome(page.tab, 'Promessa de pagamento');
    await typeInto(page.tab, 'Data da promessa', '07/12/2026');
    await typeInto(page.tab, 'Valor prometido', '1,00');
    submitButton(page.tab).click();
    // The first send waits for date-holidays to load, which can take seconds.
    await waitUntil(
      () => shadowText(page.tab, '[part="title"]') === 'Acompanhar promessa de pagamento',
      'follow-up task not shown',
      { timeout: 20000 },
    );
    await waitUntil(
      () =>
        historyEvents(page).filter((event) => event === `done: ${task.name}`).length > doneBefore,
      'history did not show the run',
    );

    const reads = provider.calls.filter((call) => call.method !== 'create');
    expect(provider.calls.filter((call) => call.method === 'create')).to.have.length(1);
    expect(repeatedReads(reads)).to.deep.equal([]);
    expect(new Set(callNames(reads))).to.deep.equal(
      new Set(['getList history', 'getList invoices', 'getList tasks', 'getOne customers']),
    );
    expect(openTaskCount(page)).to.equal('1');
  });
});
