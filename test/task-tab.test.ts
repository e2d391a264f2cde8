import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/task-tab/define.ts';
import '../src/crm-scope/define.ts';
import type { TaskTab } from '../src/task-tab/task-tab.ts';
import type { DataProvider } from '../src/core/provider.ts';
import { ProviderError } from '../src/core/provider.ts';
import { configureCache } from '../src/data-layer/query-client.ts';
import {
  FakeTaskProvider,
  collectionTask,
  taskClock,
  taskCustomer,
  taskStructure,
} from './helpers/fake-tasks.ts';

async function renderTab(
  provider: DataProvider,
  customerId: string | undefined = 'c1',
): Promise<TaskTab> {
  const el = await fixture<TaskTab>(
    html`<task-tab
      .provider=${provider}
      .structure=${taskStructure}
      .clock=${taskClock}
      customer-id=${customerId ?? ''}
    ></task-tab>`,
  );
  await waitUntil(
    () => !el.shadowRoot!.querySelector('[part="loading"]'),
    'task tab still loading',
  );
  return el;
}

function text(el: TaskTab, selector: string): string {
  return el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

beforeEach(() => sessionStorage.clear());

describe('<task-tab>', () => {
  it('shows the task with name, due date and assignee', async () => {
    const el = await renderTab(new FakeTaskProvider());

    expect(text(el, '[part="title"]')).to.equal('Cobrança de faturas vencidas');
    expect(text(el, '[part="due-date"]')).to.equal('04/12/2026');
    expect(text(el, '[part="assignee"]')).to.equal('Ana Lima');
    await expect(el).to.be.accessible();
  });

  it('fills placeholders with money and dates', async () => {
    const el = await renderTab(new FakeTaskProvider());

    expect(text(el, '[part="message"] .template')).to.equal(
      'Olá Maria Souza, seu saldo é R$ 1.400,50.',
    );
    expect(text(el, '[part="script"] .template')).to.equal(
      'Fale com Maria Souza sobre 10/10/2026.',
    );
    expect(text(el, '[part="script"] strong')).to.equal('Maria Souza');
  });

  it('flags unknown placeholders', async () => {
    const template =
      'Oi {{customer.nickname}} {{customer.constructor}} {{__proto__}} {{agent.name}}';
    const el = await renderTab(new FakeTaskProvider([collectionTask({ template })]));

    const marks = [...el.shadowRoot!.querySelectorAll('[part="message"] mark')];
    expect(marks.map((mark) => mark.textContent)).to.deep.equal([
      '{{customer.nickname}}',
      '{{customer.constructor}}',
      '{{__proto__}}',
    ]);
    expect(marks[0].getAttribute('title')).to.equal('campo desconhecido');
    expect(text(el, '[part="message"]')).to.contain('Ana Lima');
    expect(text(el, '[part="message"]')).not.to.contain('undefined');
    expect(text(el, '[part="message"]')).not.to.contain('function');
    await expect(el).to.be.accessible();
  });

  it('formats paragraphs, bold and lists', async () => {
    const template = 'Primeiro\n\n- item **um**\n- item dois\n\nÚltimo';
    const el = await renderTab(new FakeTaskProvider([collectionTask({ template })]));

    const section = el.shadowRoot!.querySelector('[part="message"] .template')!;
    expect([...section.querySelectorAll('p')].map((p) => p.textContent!.trim())).to.deep.equal([
      'Primeiro',
      'Último',
    ]);
    expect([...section.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'item um',
      'item dois',
    ]);
    expect(section.querySelector('li strong')!.textContent).to.equal('um');
  });

  it('renders outcomes as a labelled radio group', async () => {
    const el = await renderTab(new FakeTaskProvider());

    const legend = text(el, 'fieldset.outcomes legend');
    const radios = el.shadowRoot!.querySelectorAll('fieldset.outcomes input[type="radio"]');
    expect(legend).to.contain('Resultado');
    expect(radios.length).to.equal(4);
  });

  it('prefills fields from task values', async () => {
    const task = collectionTask({
      values: { phone: '11987654321', promiseAmount: 1234.5, promiseDate: '2026-12-07' },
    });
    const el = await renderTab(new FakeTaskProvider([task]));

    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.fields input')];
    expect(inputs.map((input) => input.value)).to.deep.equal([
      '11987654321',
      '07/12/2026',
      '1.234,50',
      '',
    ]);
  });

  it('shows the empty state without open tasks', async () => {
    const el = await renderTab(new FakeTaskProvider([collectionTask({ status: 'done' })]));

    expect(text(el, '[part="empty"]')).to.equal('Nenhuma tarefa aberta');
    await expect(el).to.be.accessible();
  });

  it('asks for a customer without customer-id', async () => {
    const el = await fixture<TaskTab>(
      html`<task-tab .provider=${new FakeTaskProvider()} .structure=${taskStructure}></task-tab>`,
    );

    expect(text(el, '[part="empty"]')).to.equal('Selecione um cliente para ver as tarefas.');
    await expect(el).to.be.accessible();
  });

  it('shows loading while the provider answers', async () => {
    const provider = new FakeTaskProvider();
    const release = provider.hold('getList', 'tasks');
    const el = await fixture<TaskTab>(
      html`<task-tab
        .provider=${provider}
        .structure=${taskStructure}
        customer-id="c1"
      ></task-tab>`,
    );

    expect(text(el, '[part="loading"]')).to.equal('Carregando…');
    await expect(el).to.be.accessible();
    release();
  });

  it('retries after a load error', async () => {
    const provider = new FakeTaskProvider();
    configureCache(provider, { retry: 0 });
    provider.failNext('getList', 'tasks', new ProviderError('Serviço indisponível', 503));
    const el = await renderTab(provider);

    expect(text(el, '[part="error"]')).to.contain('Serviço indisponível (503)');
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="title"]'),
      'task not shown after retry',
    );

    expect(text(el, '[part="title"]')).to.equal('Cobrança de faturas vencidas');
  });

  it('reports an invalid task as a load error', async () => {
    const provider = new FakeTaskProvider([collectionTask({ dueDate: '2026-13-40' })]);
    const el = await renderTab(provider);

    expect(text(el, '[part="error"]')).to.contain('Invalid task t1: dueDate');
  });

  it('shows structure issues', async () => {
    const el = await fixture<TaskTab>(
      html`<task-tab
        .provider=${new FakeTaskProvider()}
        structure='{"version":1,"tabs":[{"id":"t","kind":"weird","label":"T"}]}'
        customer-id="c1"
      ></task-tab>`,
    );

    expect(text(el, '[part="error"]')).to.contain('Estrutura de dados inválida');
    expect(text(el, '[part="error"]')).to.contain('$.tabs[0].kind');
    await expect(el).to.be.accessible();
  });

  it('reloads when customer-id changes', async () => {
    const provider = new FakeTaskProvider(
      [collectionTask(), collectionTask({ id: 't9', customerId: 'c2', name: 'Tarefa de Pedro' })],
      [taskCustomer(), taskCustomer({ id: 'c2', name: 'Pedro Alves' })],
    );
    const el = await renderTab(provider);

    el.customerId = 'c2';
    await waitUntil(
      () => text(el, '[part="title"]') === 'Tarefa de Pedro',
      'second customer not shown',
    );

    expect(text(el, '[part="message"]')).to.contain('Pedro Alves');
    const customerCalls = provider
      .callsOf('getOne', 'customers')
      .map((call) => (call.params as { id: string }).id);
    expect(customerCalls).to.deep.equal(['c1', 'c2']);
  });

  it('inherits provider and locale from crm-scope', async () => {
    const scope = await fixture(
      html`<crm-scope
        .provider=${new FakeTaskProvider()}
        .structure=${{ ...taskStructure, locale: 'en' }}
        .clock=${taskClock}
      >
        <task-tab customer-id="c1"></task-tab>
      </crm-scope>`,
    );
    const el = scope.querySelector('task-tab')!;
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="title"]'),
      'task not shown in scope',
    );

    expect(text(el, '[part="due-date"]')).to.equal('12/04/2026');
    expect(text(el, 'button[type="submit"]')).to.equal('Record outcome');
  });
});
