import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/billing-tab/define.ts';
import type { BillingTab } from '../src/billing-tab/billing-tab.ts';
import { fixedClock } from '../src/core/clock.ts';
import type { Invoice } from '../src/core/records.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import {
  configureCache,
  invalidateCustomer,
  queryClientFor,
} from '../src/data-layer/query-client.ts';
import { fakeInvoiceProvider, type FakeInvoiceProvider } from './helpers/fake-invoices.ts';

const clock = fixedClock('2026-12-04T15:00:00Z');
const today = '2026-12-04';

function bill(id: string, dueDate: string, amount: string, paidAmount = '0.00'): Invoice {
  return {
    id,
    customerId: '42',
    number: `N-${id}`,
    issueDate: '2026-01-01',
    dueDate,
    amount,
    paidAmount,
    currency: 'TWD',
  };
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function total(el: BillingTab, name: string): string {
  return text(el.shadowRoot!.querySelector(`[data-total="${name}"] dd`));
}

async function renderTab(provider: FakeInvoiceProvider): Promise<BillingTab> {
  const el = await fixture<BillingTab>(html`
    <billing-tab
      .provider=${provider}
      .structure=${defaultStructure}
      .clock=${clock}
      customer-id="42"
    ></billing-tab>
  `);
  await waitUntil(() => el.shadowRoot!.querySelector('.totals'), 'billing totals did not render');
  return el;
}

describe('<billing-tab> on the query cache', () => {
  it('refreshes the totals after invalidateCustomer', async () => {
    const invoices = [bill('A', '2026-12-10', '100.00'), bill('C', '2026-11-20', '200.00')];
    const provider = fakeInvoiceProvider(invoices, today);
    const el = await renderTab(provider);
    expect(total(el, 'due')).to.equal('NT$ 300,00');
    expect(total(el, 'overdue')).to.equal('NT$ 200,00');

    invoices[1] = { ...invoices[1], paidAmount: '200.00', paidDate: today };
    await invalidateCustomer(provider, '42');

    await waitUntil(() => total(el, 'due') === 'NT$ 100,00', 'total due unchanged');
    expect(total(el, 'overdue')).to.equal('NT$ 0,00');
    expect(total(el, 'count')).to.equal('1');
    expect(el.shadowRoot!.querySelector('tr[data-id="C"]')).to.equal(null);
  });

  it('drops a paid invoice from the selection', async () => {
    const invoices = [bill('A', '2026-12-10', '100.00'), bill('C', '2026-11-20', '200.00')];
    const provider = fakeInvoiceProvider(invoices, today);
    const el = await renderTab(provider);
    el.shadowRoot!.querySelector<HTMLInputElement>('[part~="select-all"]')!.click();
    await el.updateComplete;
    expect(el.selectedTotal).to.equal(30000);

    invoices[1] = { ...invoices[1], paidAmount: '200.00' };
    const change = oneEvent(el, 'billing-selection-change');
    await invalidateCustomer(provider, '42');
    const { detail } = await change;

    expect(detail).to.deep.equal({ invoiceIds: ['A'], total: 10000 });
    expect(el.selectedInvoiceIds).to.deep.equal(['A']);
  });

  it('announces a new balance of a selected invoice', async () => {
    const invoices = [bill('C', '2026-11-20', '200.00')];
    const provider = fakeInvoiceProvider(invoices, today);
    const el = await renderTab(provider);
    el.shadowRoot!.querySelector<HTMLInputElement>('tr[data-id="C"] input')!.click();
    await el.updateComplete;

    invoices[0] = { ...invoices[0], paidAmount: '50.00' };
    const change = oneEvent(el, 'billing-selection-change');
    await invalidateCustomer(provider, '42');
    const { detail } = await change;

    expect(detail).to.deep.equal({ invoiceIds: ['C'], total: 15000 });
  });

  it('keeps the totals with a stale badge when a refresh fails', async () => {
    const provider = fakeInvoiceProvider([bill('C', '2026-11-20', '200.00')], today);
    configureCache(provider, { retry: 0 });
    const el = await renderTab(provider);

    provider.failNext = 1;
    const failure = oneEvent(el, 'crm-error');
    await queryClientFor(provider).refetchQueries();
    const { detail } = await failure;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"]'), 'no stale badge');

    expect(detail).to.deep.equal({ kind: 'provider', message: 'Service unavailable', status: 503 });
    expect(total(el, 'due')).to.equal('NT$ 200,00');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part="stale"] button'))).to.equal('Atualizar');
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="stale"] button')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="stale"]'), 'badge stayed');
    expect(total(el, 'due')).to.equal('NT$ 200,00');
  });

  it('fires crm-error when the first load fails', async () => {
    const provider = fakeInvoiceProvider([bill('C', '2026-11-20', '200.00')], today);
    configureCache(provider, { retry: 0 });
    provider.failNext = 1;
    const failure = oneEvent(document.body, 'crm-error');

    const el = await fixture<BillingTab>(html`
      <billing-tab
        .provider=${provider}
        .structure=${defaultStructure}
        .clock=${clock}
        customer-id="42"
      ></billing-tab>
    `);
    const { detail } = await failure;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error state');

    expect(detail).to.deep.equal({ kind: 'provider', message: 'Service unavailable', status: 503 });
    expect(el.shadowRoot!.querySelector('.totals')).to.equal(null);
  });
});
