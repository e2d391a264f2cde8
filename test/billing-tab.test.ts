import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/billing-tab/define.ts';
import type { BillingTab } from '../src/billing-tab/billing-tab.ts';
import { fixedClock } from '../src/core/clock.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import type { Invoice } from '../src/core/records.ts';
import {
  fakeInvoiceProvider,
  makeInvoices,
  type FakeInvoiceProvider,
} from './helpers/fake-invoices.ts';
import { configureCache } from '../src/data-layer/query-client.ts';

const clock = fixedClock('2026-12-04T15:00:00Z');
const today = '2026-12-04';

function bill(
  id: string,
  dueDate: string,
  amount: string,
  paidAmount: string | number = 0,
  extra = {},
): Invoice {
  return {
    id,
    customerId: '42',
    number: `N-${id}`,
    issueDate: '2026-01-01',
    dueDate,
    amount,
    paidAmount,
    currency: 'TWD',
    ...extra,
  };
}

// Days past due on 2026-12-04: A and B not yet due, C 14, D 60, E 90, F 91.
const invoices: Invoice[] = [
  bill('A', '2026-12-10', '100.00'),
  bill('B', '2026-12-04', '50.00', '20.00'),
  bill('C', '2026-11-20', '200.00'),
  bill('D', '2026-10-05', '300.00', '100.00'),
  bill('E', '2026-09-05', '400.00'),
  bill('F', '2026-09-04', '1234.00'),
  bill('G', '2026-01-01', '999.00', '999.00'),
  bill('H', '2026-01-01', '10.00', 0, { canceled: true }),
  bill('I', '2026-01-01', '-50.00'),
];

async function renderTab(
  provider: FakeInvoiceProvider,
  structure: unknown = defaultStructure,
  customerId = '42',
) {
  return fixture<BillingTab>(html`
    <billing-tab
      .provider=${provider}
      .structure=${structure}
      .clock=${clock}
      customer-id=${customerId}
    ></billing-tab>
  `);
}

function root(el: BillingTab): ShadowRoot {
  return el.shadowRoot!;
}

function text(node: Element | null): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function loaded(el: BillingTab): Promise<void> {
  await waitUntil(() => root(el).querySelector('.totals'), 'billing totals did not render');
  await el.updateComplete;
}

function checkbox(el: BillingTab, id: string): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>(`tr[data-id="${id}"] input[type="checkbox"]`)!;
}

describe('<billing-tab>', () => {
  it('lists pending invoices oldest due date first', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today));

    await loaded(el);

    const rows = [...root(el).querySelectorAll('tbody tr[data-id]')].filter((row) =>
      row.closest('.pending'),
    );
    expect(rows.map((row) => row.getAttribute('data-id'))).to.deep.equal([
      'F',
      'E',
      'D',
      'C',
      'B',
      'A',
    ]);
    const first = [...rows[0].children].map((cell) => text(cell));
    expect(first.slice(1)).to.deep.equal(['N-F', '04/09/2026', 'Vencida', '91', 'NT$ 1.234,00']);
    const partial = [...rows[4].children].map((cell) => text(cell));
    expect(partial.slice(1)).to.deep.equal([
      'N-B',
      '04/12/2026',
      'Paga em parte',
      '—',
      'NT$ 30,00',
    ]);
  });

  it('shows the total due and overdue', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today));

    await loaded(el);

    expect(text(root(el).querySelector('[data-total="due"] dd'))).to.equal('NT$ 2.164,00');
    expect(text(root(el).querySelector('[data-total="overdue"] dd'))).to.equal('NT$ 2.034,00');
    expect(text(root(el).querySelector('[data-total="count"] dd'))).to.equal('6');
  });

  it('groups pending invoices into aging buckets', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today));

    await loaded(el);

    const buckets = [...root(el).querySelectorAll('.aging tbody tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    expect(buckets).to.deep.equal([
      ['A vencer', '2', 'NT$ 130,00'],
      ['1–30 dias', '1', 'NT$ 200,00'],
      ['31–60 dias', '1', 'NT$ 200,00'],
      ['61–90 dias', '1', 'NT$ 400,00'],
      ['> 90 dias', '1', 'NT$ 1.234,00'],
    ]);
  });

  it('uses the aging edges of the structure', async () => {
    const structure = { ...defaultStructure, billing: { agingBuckets: [15, 45] } };
    const el = await renderTab(fakeInvoiceProvider(invoices, today), structure);

    await loaded(el);

    const labels = [...root(el).querySelectorAll('.aging tbody th')].map((cell) => text(cell));
    const counts = [...root(el).querySelectorAll('.aging tbody tr')].map((row) =>
      text(row.children[1]),
    );
    expect(labels).to.deep.equal(['A vencer', '1–15 dias', '16–45 dias', '> 45 dias']);
    expect(counts).to.deep.equal(['2', '1', '0', '3']);
  });

  it('reports aging edges out of order', async () => {
    const structure = { ...defaultStructure, billing: { agingBuckets: [60, 30] } };
    const el = await renderTab(fakeInvoiceProvider(invoices, today), structure);

    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'aging error did not render');

    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('$.billing.agingBuckets');
    await expect(el).to.be.accessible();
  });

  it('totals the selection and fires billing-selection-change', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today));
    await loaded(el);

    const first = oneEvent(el, 'billing-selection-change');
    checkbox(el, 'E').click();
    const firstEvent = await first;
    const second = oneEvent(el, 'billing-selection-change');
    checkbox(el, 'F').click();
    const secondEvent = await second;
    await el.updateComplete;

    expect(firstEvent.detail).to.deep.equal({ invoiceIds: ['E'], total: 40000 });
    expect(secondEvent.detail).to.deep.equal({ invoiceIds: ['F', 'E'], total: 163400 });
    expect(secondEvent.bubbles).to.equal(true);
    expect(secondEvent.composed).to.equal(true);
    expect(el.selectedInvoiceIds).to.deep.equal(['F', 'E']);
    expect(el.selectedTotal).to.equal(163400);
    expect(text(root(el).querySelector('[part="selection"]'))).to.equal(
      'Selecionadas: 2, NT$ 1.634,00',
    );
    await expect(el).to.be.accessible();
  });

  it('toggles a checkbox with the space key', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today));
    await loaded(el);

    checkbox(el, 'C').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;

    expect(el.selectedInvoiceIds).to.deep.equal(['C']);
    expect(text(root(el).querySelector('[part="selection"]'))).to.equal(
      'Selecionadas: 1, NT$ 200,00',
    );
  });

  it('selects and clears all pending invoices', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today));
    await loaded(el);
    const all = root(el).querySelector<HTMLInputElement>('[part~="select-all"]')!;
    expect(all.getAttribute('aria-label')).to.equal('Selecionar todas as faturas pendentes');

    all.click();
    await el.updateComplete;

    expect(el.selectedInvoiceIds).to.deep.equal(['F', 'E', 'D', 'C', 'B', 'A']);
    expect(el.selectedTotal).to.equal(216400);

    all.click();
    await el.updateComplete;

    expect(el.selectedInvoiceIds).to.deep.equal([]);
    expect(text(root(el).querySelector('[part="selection"]'))).to.equal(
      'Selecionadas: 0, NT$ 0,00',
    );
  });

  it('shows 50 rows and more on request', async () => {
    const many = makeInvoices('42', 180).map((invoice) => ({ ...invoice, paidAmount: 0 }));
    const el = await renderTab(fakeInvoiceProvider(many, today));
    await loaded(el);
    const pendingRows = () => root(el).querySelectorAll('.pending tbody tr').length;
    expect(pendingRows()).to.equal(50);

    root(el).querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;

    expect(pendingRows()).to.equal(100);
    expect(text(root(el).querySelector('button.more'))).to.equal('Mostrar mais (100 de 180)');
  });

  it('shows the empty state when nothing is pending', async () => {
    const el = await renderTab(fakeInvoiceProvider([invoices[6], invoices[7]], today));

    await loaded(el);

    expect(text(root(el).querySelector('.empty'))).to.equal('Nenhuma fatura a cobrar');
    await expect(el).to.be.accessible();
  });

  it('shows an error and retries', async () => {
    const provider = fakeInvoiceProvider(invoices, today);
    provider.failNext = 1;
    configureCache(provider, { retry: 0 });
    const el = await renderTab(provider);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error did not render');
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('Service unavailable (503)');
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await loaded(el);

    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(el.selectedTotal).to.equal(0);
  });

  it('shows the loading state accessibly', async () => {
    const provider = fakeInvoiceProvider(invoices, today);
    const release = provider.hold();
    const el = await renderTab(provider);

    expect(root(el).querySelector('.loading')).to.not.equal(null);
    await expect(el).to.be.accessible();
    release();
    await loaded(el);
    await expect(el).to.be.accessible();
  });

  it('clears the selection when the customer changes', async () => {
    const el = await renderTab(fakeInvoiceProvider(invoices, today));
    await loaded(el);
    checkbox(el, 'A').click();
    await el.updateComplete;

    const cleared = oneEvent(el, 'billing-selection-change');
    el.customerId = '43';
    const { detail } = await cleared;

    expect(detail).to.deep.equal({ invoiceIds: [], total: 0 });
  });
});
