import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/crm-scope/define.ts';
import '../src/customer-list/define.ts';
import '../src/customer-view360/define.ts';
import type { CustomerList } from '../src/customer-list/define.ts';
import type { CustomerView360 } from '../src/customer-view360/define.ts';
import { createEmbeddedProvider, type EmbeddedProvider } from '../src/data/embedded-provider.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import type { TaskTab } from '../src/task-tab/task-tab.ts';
import { rowsOf, searchBox, settled } from './helpers/customer-list-driver.ts';
import { testClock } from './helpers/embedded.ts';
import { chooseOutcome, control, submitButton } from './helpers/task-tab-driver.ts';

interface Product {
  list: CustomerList;
  view: CustomerView360;
}

function text(node: Element | ShadowRoot | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function tabLabels(view: CustomerView360): string[] {
  return [...view.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => text(tab));
}

/** Clicks the tab labelled `label` and returns the element in its panel. */
async function openTab<T extends HTMLElement>(view: CustomerView360, label: string): Promise<T> {
  const tabs = [...view.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const tab = tabs.find((candidate) => text(candidate) === label);
  if (!tab) throw new Error(`no tab "${label}" among ${tabLabels(view).join(', ')}`);
  tab.click();
  await view.updateComplete;
  const panel = view.shadowRoot!.querySelector(`#${tab.getAttribute('aria-controls')}`)!;
  return panel.firstElementChild as T;
}

function fieldValue(view: CustomerView360, label: string): string {
  const terms = [...view.shadowRoot!.querySelectorAll('[role="tabpanel"]:not([hidden]) dt')];
  return text(terms.find((dt) => text(dt) === label)?.nextElementSibling);
}

/** Renders the demo's layout: a list and a view in one scope, the selection wired to the view. */
async function renderProduct(provider: EmbeddedProvider): Promise<Product> {
  const scope = await fixture(html`
    <crm-scope .provider=${provider} .structure=${defaultStructure} .clock=${testClock}>
      <customer-list></customer-list>
      <customer-view360></customer-view360>
    </crm-scope>
  `);
  const list = scope.querySelector('customer-list')!;
  const view = scope.querySelector('customer-view360')!;
  list.addEventListener('customer-select', (event) => {
    view.customerId = String(event.detail.id);
    list.selectedId = view.customerId;
  });
  await settled(list);
  return { list, view };
}

/** Types `name` into the search box, then tabs to the first row and presses Enter on it. */
async function selectByKeyboard({ list, view }: Product, name: string): Promise<void> {
  searchBox(list).focus();
  await sendKeys({ type: name });
  await sendKeys({ press: 'Enter' });
  await settled(list);
  expect(rowsOf(list).map((row) => text(row.cells[0]))).to.deep.equal([name]);
  for (let presses = 0; presses < 8 && !isRow(list.shadowRoot!.activeElement); presses++) {
    await sendKeys({ press: 'Tab' });
  }
  expect(isRow(list.shadowRoot!.activeElement), 'Tab never reached the row').to.equal(true);

  const selected = oneEvent(list, 'customer-select');
  await sendKeys({ press: 'Enter' });
  await selected;
  await waitUntil(() => text(view.shadowRoot!.querySelector('h2')) === name, `${name} not shown`);
  await waitUntil(() => view.shadowRoot!.querySelector('[role="tablist"]'), 'no tabs');
}

function isRow(element: Element | null): boolean {
  return element?.tagName === 'TR';
}

/** Waits until the element in a panel has left its loading state and shows `selector`. */
async function waitForPart(element: HTMLElement, selector: string): Promise<Element> {
  await waitUntil(
    () => element.shadowRoot?.querySelector(selector),
    `${element.tagName.toLowerCase()} never showed ${selector}`,
    { timeout: 10_000 },
  );
  return element.shadowRoot!.querySelector(selector)!;
}

function historyEvents(timeline: HTMLElement): { title: string; status: string; text: string }[] {
  return [...timeline.shadowRoot!.querySelectorAll('[part="event"]')].map((event) => ({
    title: text(event.querySelector('[part="title"]')),
    status: event.getAttribute('data-status') ?? '',
    text: text(event),
  }));
}

describe('crm-view360 end to end on the embedded dataset', () => {
  // Its own provider, because the tests below write to it.
  let provider: EmbeddedProvider;

  before(async function () {
    this.timeout(120_000);
    provider = await createEmbeddedProvider({
      clock: testClock,
      timeZone: 'America/Sao_Paulo',
      latencyMs: 0,
    });
  });

  beforeEach(() => sessionStorage.clear());

  /*
   * Client 23 of data/clients.csv:
   *   23,70000,2,2,2,26,2,0,0,2,2,2,41087,42445,45020,44006,46905,46012,2007,3582,0,3601,0,1820,1
   * April to September: codes 2, 2, 2, 0, 0, 2; bills 46012, 46905, 44006, 45020, 42445, 41087;
   * payments made in those months 1820, 0, 3601, 0, 3582, 2007. Today is 2026-12-04, so April
   * 2005 is statement 2026-06 and September 2005 is 2026-11, due 2026-12-10.
   * - April to July (2026-06 to 2026-09): the next month's payment covers part and the rest is
   *   carried into the next bill, so all four are paid: 46012 + 46905 + 44006 + 45020 = 181943.
   * - August (2026-10), due 2026-11-10: the September code 2 is late, so the September payment
   *   2007 covers part and min(42445 - 2007, 41087) = 40438 stays unpaid: overdue, 24 days late.
   * - September (2026-11): 41087 - 40438 = 649, open until 2026-12-10.
   * Total 181943 + 42445 + 649 = 225037; outstanding 40438 + 649 = 41087.
   * Score: D = 1*2 + 2*2 + 3*2 + 6*2 = 24; share = (0 + 3601 + 0 + 3582 + 2007) / (46012 +
   * 46905 + 44006 + 45020 + 42445) = 9190 / 224388; 700 * 39 / 63 + 300 * 0.04096 = 445.6 -> 446.
   * The overdue part gives the client the open task task-23.
   */
  it('works a real client from search to history', async function () {
    this.timeout(60_000);
    const product = await renderProduct(provider);
    const { view } = product;

    await selectByKeyboard(product, 'Gabriela Brandão Monteiro');

    const header = view.shadowRoot!.querySelector('[part="header"]')!;
    expect(text(header.querySelector('[part="subtitle"]'))).to.equal('CPF: 476.194.262-21');
    const gauge = header.querySelector('score-gauge')!;
    await gauge.updateComplete;
    const meter = gauge.shadowRoot!.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuetext')).to.equal('446 de 1.000, Regular');
    expect(fieldValue(view, 'Limite de crédito')).to.equal('NT$ 70.000,00');
    expect(tabLabels(view)).to.deep.equal([
      'Cliente',
      'Faturas',
      'Cobrança',
      'Tarefa',
      'Histórico',
    ]);

    const invoices = await openTab(view, 'Faturas');
    await waitForPart(invoices, '[data-card]');
    const card = (name: string) =>
      text(invoices.shadowRoot!.querySelector(`[data-card="${name}"] dd`));
    expect(card('total')).to.equal('6 NT$ 225.037,00');
    expect(card('open')).to.equal('1 NT$ 649,00');
    expect(card('overdue')).to.equal('1 NT$ 42.445,00 Saldo: NT$ 40.438,00');
    expect(card('paid')).to.equal('4 NT$ 181.943,00');
    expect(card('oldest')).to.contain('10/11/2026');
    expect(card('outstanding')).to.equal('NT$ 41.087,00');

    const billing = await openTab(view, 'Cobrança');
    await waitForPart(billing, '.totals');
    const total = (name: string) =>
      text(billing.shadowRoot!.querySelector(`[data-total="${name}"] dd`));
    expect(total('due')).to.equal('NT$ 41.087,00');
    expect(total('overdue')).to.equal('NT$ 40.438,00');
    const buckets = [...billing.shadowRoot!.querySelectorAll('.aging tbody tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    expect(buckets.slice(0, 2)).to.deep.equal([
      ['A vencer', '1', 'NT$ 649,00'],
      ['1–30 dias', '1', 'NT$ 40.438,00'],
    ]);

    // Shown once before the run, so the done event must arrive without a new element.
    const timeline = await openTab(view, 'Histórico');
    await waitForPart(timeline, '[part="event"]');
    expect(
      historyEvents(timeline).some(
        (event) => event.status === 'done' && event.title === 'Cobrança de fatura em atraso',
      ),
    ).to.equal(false);

    const taskTab = await openTab<TaskTab>(view, 'Tarefa');
    await waitForPart(taskTab, '[part="title"]');
    expect(text(taskTab.shadowRoot!.querySelector('[part="title"]'))).to.equal(
      'Cobrança de fatura em atraso',
    );
    await chooseOutcome(taskTab, 'Não atendeu');
    expect(control(taskTab, 'Não atendeu').checked, 'the outcome did not stay chosen').to.equal(
      true,
    );
    const executed = oneEvent(view, 'task-executed');
    submitButton(taskTab).click();
    const { detail } = await executed;
    expect(detail).to.deep.equal({ taskId: 'task-23', outcome: 'no-answer' });
    await waitUntil(
      () => text(taskTab.shadowRoot!.querySelector('[part="empty"]')) === 'Nenhuma tarefa aberta',
      'the task tab still shows the task',
    );
    expect(tabLabels(view)).to.include('Tarefa');

    await openTab(view, 'Histórico');
    await waitUntil(
      () =>
        historyEvents(timeline).some(
          (event) => event.status === 'done' && event.title === 'Cobrança de fatura em atraso',
        ),
      'the done task never reached the history',
      { timeout: 5000 },
    );
    const done = historyEvents(timeline).find(
      (event) => event.status === 'done' && event.title === 'Cobrança de fatura em atraso',
    )!;
    expect(done.text).to.contain('Não atendeu');
    expect(view.shadowRoot!.querySelector('[role="tabpanel"] history-timeline')).to.equal(timeline);
    expect(tabLabels(view)).to.deep.equal(['Cliente', 'Faturas', 'Cobrança', 'Histórico']);
    await expect(view).to.be.accessible();
  });

  // Client 1's open task task-1 is assigned to agent-3, Carla Magalhães.
  it('shows a reassignment in the history', async function () {
    this.timeout(60_000);
    const product = await renderProduct(provider);
    const { view } = product;
    await selectByKeyboard(product, 'Fernanda Falcão Magalhães');
    const timeline = await openTab(view, 'Histórico');
    await waitForPart(timeline, '[part="event"]');

    const taskTab = await openTab<TaskTab>(view, 'Tarefa');
    await waitForPart(taskTab, '[part="assignee"]');
    expect(text(taskTab.shadowRoot!.querySelector('[part="assignee"]'))).to.equal(
      'Carla Magalhães',
    );
    const picker = control(taskTab, 'Alterar responsável');
    picker.focus();
    await sendKeys({ type: 'Elaine' });
    const assigned = oneEvent(view, 'task-assigned');
    await sendKeys({ press: 'Enter' });
    const { detail } = await assigned;

    expect(detail).to.deep.equal({ taskId: 'task-1', agentId: 'agent-5' });
    await openTab(view, 'Histórico');
    await waitUntil(
      () =>
        historyEvents(timeline).some(
          (event) => event.title === 'Tarefa reatribuída para Elaine Guimarães',
        ),
      'the reassignment never reached the history',
      { timeout: 5000 },
    );
    expect(tabLabels(view)).to.include('Tarefa');
  });
});
