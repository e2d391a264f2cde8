import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/invoice-tab/define.ts';
import type { InvoiceTab } from '../src/invoice-tab/invoice-tab.ts';
import { fixedClock } from '../src/core/clock.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { addDays } from '../src/dates/calendar-date.ts';
import type { Invoice } from '../src/core/records.ts';
import type { InvoiceSummaryProvider } from '../src/invoices/summary.ts';
import { summarizeInvoices } from '../src/invoices/summary.ts';
import {
  fakeInvoiceProvider,
  makeInvoices,
  type FakeInvoiceProvider,
} from './helpers/fake-invoices.ts';
import { configureCache } from '../src/data-layer/query-client.ts';

const clock = fixedClock('2026-12-04T15:00:00Z');
const today = '2026-12-04';

async function renderTab(
  provider: FakeInvoiceProvider,
  customerId = '42',
  structure: unknown = defaultStructure,
) {
  const el = await fixture<InvoiceTab>(html`
    <invoice-tab
      .provider=${provider}
      .structure=${structure}
      .clock=${clock}
      customer-id=${customerId}
    ></invoice-tab>
  `);
  return el;
}

function root(el: InvoiceTab): ShadowRoot {
  return el.shadowRoot!;
}

function cardText(el: InvoiceTab, card: string): string {
  return (
    root(el).querySelector(`[data-card="${card}"] dd`)?.textContent?.replace(/\s+/g, ' ').trim() ??
    ''
  );
}

function rowNumbers(el: InvoiceTab): string[] {
  return [...root(el).querySelectorAll('tbody tr[data-id] th')].map((cell) =>
    cell.textContent!.trim(),
  );
}

async function loaded(el: InvoiceTab): Promise<void> {
  await waitUntil(
    () => root(el).querySelector('tbody tr[data-id]') && root(el).querySelector('[data-card]'),
    'table and summary did not render',
  );
  await el.updateComplete;
}

function brDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

describe('<invoice-tab>', () => {
  const invoices = makeInvoices('42', 45);

  it('shows the summary counts and amounts', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today));

    await loaded(el);

    // Invoice i (0-based) is 1000.50 + 10 i, paid when i % 3 === 0, every due date is past.
    let unpaidCents = 0;
    let unpaidCount = 0;
    for (let index = 0; index < 45; index += 1) {
      if (index % 3 !== 0) {
        unpaidCents += 100050 + 1000 * index;
        unpaidCount += 1;
      }
    }
    const outstanding = (unpaidCents / 100).toLocaleString('pt-BR', { minimumFractionDigits: 2 });
    expect(cardText(el, 'total')).to.match(/^45 NT\$\s/);
    expect(cardText(el, 'overdue')).to.match(new RegExp(`^${unpaidCount} `));
    expect(cardText(el, 'paid')).to.match(/^15 /);
    expect(cardText(el, 'open')).to.match(/^0 /);
    expect(cardText(el, 'outstanding')).to.equal(`NT$ ${outstanding}`);
    expect(root(el).querySelector('[data-card="partial"]')).to.equal(null);
    expect(root(el).querySelector('[data-card="canceled"]')).to.equal(null);
  });

  it('marks the overdue card only when invoices are overdue', async () => {
    const borderOf = (el: InvoiceTab, card: string) =>
      getComputedStyle(root(el).querySelector(`[data-card="${card}"]`)!).borderTopColor;
    const late = await renderTab(fakeInvoiceProvider(makeInvoices('42', 3), today));
    await loaded(late);
    expect(cardText(late, 'overdue')).to.match(/^2 /);
    expect(borderOf(late, 'overdue')).not.to.equal(borderOf(late, 'total'));

    const paidUp = makeInvoices('7', 3).map((invoice) => ({
      ...invoice,
      paidAmount: invoice.amount,
    }));
    const settled = await renderTab(fakeInvoiceProvider(paidUp, today), '7');
    await loaded(settled);
    expect(cardText(settled, 'overdue')).to.match(/^0 /);
    expect(borderOf(settled, 'overdue')).to.equal(borderOf(settled, 'total'));
  });

  it('keeps balance and status in view in a narrow pane', async () => {
    const headerDisplay = (el: InvoiceTab, label: string) => {
      const header = [...root(el).querySelectorAll('thead th')].find(
        (cell) => cell.textContent?.trim() === label,
      )!;
      return getComputedStyle(header).display;
    };
    const rowsFit = (el: InvoiceTab) => {
      const rows = root(el).querySelector<HTMLElement>('.rows')!;
      return rows.scrollWidth <= rows.clientWidth;
    };
    // About the 360 view's pane in the demo at a 1,400 px window.
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const tab = await renderTab(fakeInvoiceProvider(makeInvoices('42', 3), today));
    narrow.append(tab);
    await loaded(tab);

    expect(headerDisplay(tab, 'Emissão')).to.equal('none');
    expect(headerDisplay(tab, 'Saldo')).not.to.equal('none');
    expect(rowsFit(tab)).to.equal(true);

    const wide = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    wide.append(tab);
    await tab.updateComplete;
    expect(headerDisplay(tab, 'Emissão')).not.to.equal('none');
  });

  it('shows the oldest open due date per locale', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today));

    await loaded(el);

    const oldest = addDays('2026-11-10', -30 * 44);
    expect(cardText(el, 'oldest')).to.contain(brDate(oldest));
  });

  it('loads the summary through all pages of 500', async () => {
    const many = makeInvoices('7', 1203);
    const provider = fakeInvoiceProvider(many, today);
    const el = await renderTab(provider, '7');

    await loaded(el);

    const summaryCalls = provider.calls.filter((call) => call.pagination.perPage === 500);
    expect(summaryCalls.map((call) => call.pagination.page)).to.deep.equal([1, 2, 3]);
    expect(cardText(el, 'total')).to.match(/^1\.203 /);
    expect(root(el).querySelectorAll('tbody tr[data-id]').length).to.equal(20);
  });

  it('uses getInvoiceSummary when the provider has it', async () => {
    const provider: FakeInvoiceProvider & InvoiceSummaryProvider = fakeInvoiceProvider(
      invoices,
      today,
    );
    const requests: unknown[] = [];
    provider.getInvoiceSummary = async (customerId, options) => {
      requests.push({ customerId, today: options.today, currency: options.currency });
      return { ...summarizeInvoices(invoices, options), outstanding: 123456 };
    };
    const el = await renderTab(provider);

    await loaded(el);

    expect(requests).to.deep.equal([{ customerId: '42', today, currency: 'TWD' }]);
    expect(provider.calls.some((call) => call.pagination.perPage === 500)).to.equal(false);
    expect(cardText(el, 'outstanding')).to.equal('NT$ 1.234,56');
  });

  it('pages through the provider 20 at a time', async () => {
    const provider = fakeInvoiceProvider(invoices, today);
    const el = await renderTab(provider);
    await loaded(el);
    expect(rowNumbers(el)[0]).to.equal('F-00001');
    expect(root(el).querySelector('.pager [role="status"]')!.textContent).to.contain(
      'Página 1 de 3',
    );

    root(el).querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    await waitUntil(() => rowNumbers(el)[0] === 'F-00021', 'page 2 did not render');

    const listCalls = provider.calls.filter((call) => call.pagination.perPage === 20);
    expect(listCalls.at(-1)).to.deep.include({ pagination: { page: 2, perPage: 20 } });
    expect(listCalls.at(-1)!.filter).to.deep.equal({ customerId: '42' });
    expect(root(el).querySelector('.pager [role="status"]')!.textContent).to.contain(
      'Página 2 de 3',
    );
    expect(root(el).querySelector<HTMLButtonElement>('[data-page="previous"]')!.disabled).to.equal(
      false,
    );
  });

  it('sorts by amount from the header button', async () => {
    const provider = fakeInvoiceProvider(invoices, today);
    const el = await renderTab(provider);
    await loaded(el);
    const amountButton = () => root(el).querySelector<HTMLButtonElement>('[data-sort="amount"]')!;

    amountButton().click();
    await waitUntil(() => amountButton().closest('th')!.getAttribute('aria-sort') === 'ascending');
    await waitUntil(() => provider.calls.at(-1)!.sort?.field === 'amount');

    expect(provider.calls.at(-1)!.sort).to.deep.equal({ field: 'amount', order: 'ASC' });
    expect(
      root(el).querySelector('[data-sort="dueDate"]')!.closest('th')!.getAttribute('aria-sort'),
    ).to.equal('none');

    amountButton().click();
    await waitUntil(() => rowNumbers(el)[0] === 'F-00045', 'descending order did not render');

    expect(amountButton().closest('th')!.getAttribute('aria-sort')).to.equal('descending');
  });

  it('sorts by status, most urgent first', async () => {
    const rows: Invoice[] = [
      { ...invoices[0], id: 'p', number: 'P', paidAmount: invoices[0].amount },
      { ...invoices[1], id: 'o', number: 'O', dueDate: '2026-12-20', paidAmount: 0 },
      { ...invoices[2], id: 'v', number: 'V', paidAmount: 0 },
    ];
    const provider = fakeInvoiceProvider(rows, today);
    const el = await renderTab(provider);
    await loaded(el);

    root(el).querySelector<HTMLButtonElement>('[data-sort="status"]')!.click();
    await waitUntil(() => rowNumbers(el).join() === 'V,O,P', 'status order did not render');

    const badges = [...root(el).querySelectorAll('tbody .badge')].map((badge) =>
      badge.textContent!.trim(),
    );
    expect(badges).to.deep.equal(['Vencida', 'Em aberto', 'Paga']);
    expect(provider.calls.some((call) => call.sort?.field === 'status')).to.equal(false);
  });

  it('sorts by status across pages', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today));
    await loaded(el);
    const badges = () =>
      [...root(el).querySelectorAll('tbody .badge')].map((badge) => badge.textContent!.trim());
    const statusButton = root(el).querySelector<HTMLButtonElement>('[data-sort="status"]')!;

    statusButton.click();
    statusButton.click();
    await waitUntil(
      () => badges()[14] === 'Paga' && badges()[15] === 'Vencida',
      'descending status order did not render',
    );

    expect(badges().filter((badge) => badge === 'Paga').length).to.equal(15);
    expect(badges().slice(15)).to.deep.equal(Array(5).fill('Vencida'));

    root(el).querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    await waitUntil(() => badges()[0] === 'Vencida', 'page 2 did not render');

    expect(badges()).to.deep.equal(Array(20).fill('Vencida'));
    expect(root(el).querySelector('.pager [role="status"]')!.textContent).to.contain(
      'Página 2 de 3',
    );
  });

  it('filters by status with the element date', async () => {
    // The provider computes statuses for a day in 2020, when nothing was due yet.
    const provider = fakeInvoiceProvider(invoices, '2020-01-01');
    const el = await renderTab(provider);
    await loaded(el);
    const select = root(el).querySelector<HTMLSelectElement>('select')!;
    expect(root(el).querySelector(`label[for="${select.id}"]`)!.textContent).to.contain(
      'Filtrar por situação',
    );

    select.value = 'paid';
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => root(el).querySelectorAll('tbody tr[data-id]').length === 15,
      'filtered page did not render',
    );

    const badges = [...root(el).querySelectorAll('tbody .badge')].map((badge) =>
      badge.textContent!.trim(),
    );
    expect(new Set(badges)).to.deep.equal(new Set(['Paga']));
    expect(provider.calls.some((call) => call.filter?.status !== undefined)).to.equal(false);
    expect(root(el).querySelector('.pager [role="status"]')!.textContent).to.contain(
      'Página 1 de 1',
    );

    select.value = 'overdue';
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => root(el).querySelector('.pager [role="status"]')!.textContent!.includes('1 de 2'),
      'overdue filter did not render',
    );

    expect(rowNumbers(el).length).to.equal(20);
    expect(provider.calls.filter((call) => call.pagination.perPage === 500).length).to.equal(1);
  });

  it('expands a row to its details and extra fields', async () => {
    const rows: Invoice[] = [
      { ...invoices[0], paidDate: '2026-11-08', repaymentStatus: -1, statementMonth: '2026-10' },
    ];
    const structure = {
      ...defaultStructure,
      invoices: { fields: [{ path: 'statementMonth', label: 'Mês do extrato' }] },
    };
    const el = await renderTab(fakeInvoiceProvider(rows, today), '42', structure);
    await loaded(el);
    const toggle = root(el).querySelector<HTMLButtonElement>('.expand')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-label')).to.equal('Detalhes da fatura F-00001');

    toggle.click();
    await el.updateComplete;

    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    const pairs = Object.fromEntries(
      [...details.querySelectorAll('dl > div')].map((pair) => [
        pair.querySelector('dt')!.textContent!.trim(),
        pair.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
      ]),
    );
    expect(pairs).to.deep.equal({
      Emissão: brDate(rows[0].issueDate),
      'Data do pagamento': '08/11/2026',
      Pago: 'NT$ 1.000,50',
      'Código de situação de pagamento': '-1',
      'Mês do extrato': '2026-10',
    });
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;

    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('tr.details')).to.equal(null);
  });

  it('shows a row with its status, balance and days overdue', async () => {
    const row: Invoice = { ...invoices[1], paidAmount: '10.00' };
    const el = await renderTab(fakeInvoiceProvider([row], today));

    await loaded(el);

    const cells = [...root(el).querySelectorAll('tbody tr[data-id] > *')].map((cell) =>
      cell.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.slice(1)).to.deep.equal([
      'F-00002',
      brDate(addDays(row.dueDate, -20)),
      brDate(row.dueDate),
      'NT$ 1.010,50',
      'NT$ 10,00',
      'NT$ 1.000,50',
      'Vencida',
      '54',
    ]);
  });

  it('keeps an invoice due today out of overdue in São Paulo', async () => {
    const row: Invoice = { ...invoices[1], dueDate: '2027-02-09', paidAmount: 0 };
    const el = await fixture<InvoiceTab>(html`
      <invoice-tab
        .provider=${fakeInvoiceProvider([row], '2027-02-09')}
        .structure=${defaultStructure}
        .clock=${fixedClock('2027-02-10T01:30:00Z')}
        customer-id="42"
      ></invoice-tab>
    `);

    await loaded(el);

    expect(root(el).querySelector('tbody .badge')!.textContent!.trim()).to.equal('Em aberto');
    expect(cardText(el, 'overdue')).to.match(/^0 /);
    expect(cardText(el, 'open')).to.match(/^1 /);
  });

  it('shows the empty state', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today), '999');

    await waitUntil(() => root(el).querySelector('.list .empty'), 'empty state did not render');

    expect(root(el).querySelector('.list .empty')!.textContent).to.contain('Nenhuma fatura');
    await expect(el).to.be.accessible();
  });

  it('shows an error and retries', async () => {
    const provider = fakeInvoiceProvider(invoices, today);
    provider.failNext = 2;
    configureCache(provider, { retry: 0 });
    const errorEvent = oneEvent(document.body, 'crm-error');
    const el = await renderTab(provider);

    await waitUntil(
      () => root(el).querySelectorAll('[role="alert"]').length === 2,
      'errors did not render',
    );
    const { detail } = await errorEvent;

    expect(detail).to.deep.equal({ kind: 'provider', message: 'Service unavailable', status: 503 });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain(
      'Service unavailable (503)',
    );
    await expect(el).to.be.accessible();

    for (const button of root(el).querySelectorAll<HTMLButtonElement>('[part="retry"]'))
      button.click();
    await loaded(el);

    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(rowNumbers(el).length).to.equal(20);
  });

  it('shows the invalid structure and loads nothing', async () => {
    const provider = fakeInvoiceProvider(invoices, today);
    const el = await renderTab(provider, '42', {
      version: 1,
      tabs: [{ id: 'x', kind: 'weird', label: 'X' }],
    });

    await el.updateComplete;

    const alert = root(el).querySelector('.structure-error')!;
    expect(alert.textContent).to.contain('Estrutura de dados inválida');
    expect(alert.textContent).to.contain('$.tabs[0].kind');
    expect(provider.calls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('asks for a customer when customer-id is missing', async () => {
    const provider = fakeInvoiceProvider(invoices, today);
    const el = await fixture<InvoiceTab>(
      html`<invoice-tab .provider=${provider} .structure=${defaultStructure}></invoice-tab>`,
    );

    expect(root(el).textContent).to.contain('Nenhum cliente selecionado.');
    expect(provider.calls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows loading, then the table, both accessible', async () => {
    const provider = fakeInvoiceProvider(invoices, today);
    const release = provider.hold();
    const el = await renderTab(provider);

    expect(root(el).querySelector('[role="status"].loading')).to.not.equal(null);
    await expect(el).to.be.accessible();

    release();
    await loaded(el);
    await expect(el).to.be.accessible();
  });

  it('speaks English when the locale is en', async () => {
    const el = await fixture<InvoiceTab>(html`
      <invoice-tab
        .provider=${fakeInvoiceProvider(invoices, today)}
        .structure=${defaultStructure}
        .clock=${clock}
        locale="en"
        customer-id="42"
      ></invoice-tab>
    `);

    await loaded(el);

    expect(root(el).querySelector('[data-card="total"] dt')!.textContent).to.equal(
      'Total invoices',
    );
    expect(root(el).querySelector('tbody .badge')!.textContent!.trim()).to.equal('Paid');
  });
});
