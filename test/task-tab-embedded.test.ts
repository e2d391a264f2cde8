import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/task-tab/define.ts';
import type { TaskTab } from '../src/task-tab/task-tab.ts';
import type { HistoryEvent, Task } from '../src/core/records.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { defaultStructureFor } from '../src/structure/default-structure-locales.ts';
import { parseStructure } from '../src/structure/parse.ts';
import type { Structure } from '../src/structure/schema.ts';
import { holidayLookupFor } from '../src/holidays/holiday-lookup.ts';
import { embeddedProvider, testClock } from './helpers/embedded.ts';
import { createEmbeddedProvider, type EmbeddedProvider } from '../src/data/embedded-provider.ts';
import {
  chooseOutcome,
  control,
  sendForm,
  shadowText,
  submitButton,
  typeInto,
  waitForTask,
} from './helpers/task-tab-driver.ts';

/** Open tasks of the dataset, so each test works on a customer no other test touches. */
async function openTasks(provider: EmbeddedProvider, count: number): Promise<Task[]> {
  const { data } = await provider.getList<Task>('tasks', {
    filter: { status: 'open' },
    pagination: { page: 1, perPage: count },
  });
  return data;
}

async function renderEmbedded(provider: EmbeddedProvider, customerId: string): Promise<TaskTab> {
  const el = await fixture<TaskTab>(
    html`<task-tab
      .provider=${provider}
      .structure=${defaultStructure}
      .clock=${testClock}
      customer-id=${customerId}
    ></task-tab>`,
  );
  await waitForTask(el);
  return el;
}

beforeEach(() => sessionStorage.clear());

describe('<task-tab> with the embedded provider', () => {
  // Parsing the 30,000-row CSV and loading date-holidays take a few seconds once per page.
  before(async function () {
    this.timeout(60000);
    await embeddedProvider();
    await holidayLookupFor(
      parseStructure(defaultStructure).ok
        ? (parseStructure(defaultStructure) as { structure: Structure }).structure.holidays
        : undefined,
    );
  });

  it('fills the dataset template', async () => {
    const provider = await embeddedProvider();
    const [task] = await openTasks(provider, 1);
    const el = await renderEmbedded(provider, String(task.customerId));

    const message = shadowText(el, '[part="message"]');
    expect(shadowText(el, '[part="title"]')).to.equal(task.name);
    expect(el.shadowRoot!.querySelectorAll('[part="message"] mark')).to.have.length(0);
    expect(message).to.match(/NT\$\s?[\d.]+,\d{2}/);
    expect(message).not.to.contain('{{');
    await expect(el).to.be.accessible();
  });

  it('persists an execution and its history event', async () => {
    const provider = await embeddedProvider();
    const [, task] = await openTasks(provider, 2);
    const el = await renderEmbedded(provider, String(task.customerId));
    await chooseOutcome(el, 'Não atendeu');

    const executed = oneEvent(el, 'task-executed');
    submitButton(el).click();
    await executed;
    await waitUntil(
      () => shadowText(el, '[part="empty"]') === 'Nenhuma tarefa aberta',
      'task still open',
    );

    const { data: stored } = await provider.getOne<Task>('tasks', { id: task.id });
    const { data: history } = await provider.getList<HistoryEvent>('history', {
      filter: { customerId: task.customerId },
      pagination: { page: 1, perPage: 500 },
    });
    expect(stored.status).to.equal('done');
    expect(
      history.some(
        (event) =>
          String(event.taskId) === String(task.id) &&
          event.status === 'done' &&
          event.kind === 'task',
      ),
    ).to.equal(true);
  });

  it('opens the follow-up after a promise', async () => {
    const provider = await embeddedProvider();
    const [, , task] = await openTasks(provider, 3);
    const el = await renderEmbedded(provider, String(task.customerId));
    await chooseOutcome(el, 'Promessa de pagamento');
    await typeInto(el, 'Data da promessa', '07/12/2026');
    await typeInto(el, 'Valor prometido', '1,00');

    submitButton(el).click();
    await waitUntil(
      () => shadowText(el, '[part="title"]') === 'Acompanhar promessa de pagamento',
      'follow-up task not shown',
    );

    expect(shadowText(el, '[part="due-date"]')).to.equal('07/12/2026');
    expect(control(el, 'Valor prometido').value).to.equal('1,00');
  });

  it('rejects a promise on a holiday', async () => {
    const provider = await embeddedProvider();
    const [, , , task] = await openTasks(provider, 4);
    const el = await renderEmbedded(provider, String(task.customerId));
    await chooseOutcome(el, 'Promessa de pagamento');
    await typeInto(el, 'Data da promessa', '25/12/2026');
    await typeInto(el, 'Valor prometido', '1,00');

    await sendForm(el);

    expect(shadowText(el, '[data-path="promiseDate"] .field-error')).to.equal(
      'Data da promessa: 25/12/2026 é feriado (Natal); escolha um dia útil.',
    );
  });

  it('names a holiday in English', async function () {
    this.timeout(30_000);
    const provider = await createEmbeddedProvider({
      clock: testClock,
      timeZone: 'America/Sao_Paulo',
      locale: 'en',
    });
    const [, , , , , , task] = await openTasks(provider, 7);
    const el = await fixture<TaskTab>(
      html`<task-tab
        .provider=${provider}
        .structure=${defaultStructureFor('en')}
        .clock=${testClock}
        locale="en"
        customer-id=${String(task.customerId)}
      ></task-tab>`,
    );
    await waitForTask(el);
    await chooseOutcome(el, 'Promise to pay');
    await typeInto(el, 'Promise date', '12/25/2026');
    await typeInto(el, 'Promised amount', '1.00');

    await sendForm(el);

    expect(shadowText(el, '[data-path="promiseDate"] .field-error')).to.equal(
      'Promise date: 12/25/2026 is a holiday (Christmas Day); choose a business day.',
    );
  });

  it('reassigns and persists the assignee', async () => {
    const provider = await embeddedProvider();
    const [, , , , task] = await openTasks(provider, 5);
    const el = await renderEmbedded(provider, String(task.customerId));
    const input = control(el, 'Alterar responsável');
    input.focus();
    input.value = 'Elaine';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;

    const assigned = oneEvent(el, 'task-assigned');
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    const event = await assigned;

    const { data: stored } = await provider.getOne<Task>('tasks', { id: task.id });
    expect(event.detail).to.deep.equal({ taskId: task.id, agentId: 'agent-5' });
    expect(stored.assigneeId).to.equal('agent-5');
    expect(shadowText(el, '[part="assignee"]')).to.equal('Elaine Guimarães');
  });
});
