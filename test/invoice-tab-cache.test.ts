import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/invoice-tab/define.ts';
import '../src/billing-tab/define.ts';
import type { InvoiceTab } from '../src/invoice-tab/invoice-tab.ts';
import { fixedClock } from '../src/core/clock.ts';
import type { Invoice } from '../src/core/records.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import {
  configureCache,
  invalidateCustomer,
  queryClientFor,
} from '../src/data-layer/query-client.ts';
import { summarizeInvoices, type InvoiceSummaryProvider } from '../src/invoices/summary.ts';
import { fakeInvoiceProvider, makeInvoices } from './helpers/fake-invoices.ts';

const clock = fixedClock('2026-12-04T15:00:00Z');
const today = '2026-12-04';

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function cardText(el: InvoiceTab, card: string): string {
  return text(el.shadowRoot!.querySelector(`[data-card="${card}"] dd`));
}

function rowNumbers(el: InvoiceTab): string[] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr[data-id] th')].map((cell) => text(cell));
}

async function renderInvoiceTab(provider: unknown, customerId = '42'): Promise<InvoiceTab> {
  return fixture<InvoiceTab>(html`
    <invoice-tab
      .provider=${provider}
      .structure=${defaultStructure}
      .clock=${clock}
      customer-id=${customerId}
    ></invoice-tab>
  `);
}

async function loaded(el: InvoiceTab): Promise<void> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('tbody tr[data-id]') && cardText(el, 'total') !== '',
    'table and summary did not render',
  );
}

const fullLoads = (provider: ReturnType<typeof fakeInvoiceProvider>) =>
  provider.calls.filter((call) => call.pagination.perPage === 500);

describe('<invoice-tab> on the query cache', () => {
  it('shares one full load with <billing-tab>', async () => {
    const provider = fakeInvoiceProvider(makeInvoices('42', 1203), today);
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <invoice-tab
          .provider=${provider}
          .structure=${defaultStructure}
          .clock=${clock}
          customer-id="42"
        ></invoice-tab>
        <billing-tab
          .provider=${provider}
          .structure=${defaultStructure}
          .clock=${clock}
          customer-id="42"
        ></billing-tab>
      </div>
    `);
    const invoiceTab = root.querySelector('invoice-tab')!;
    const billingTab = root.querySelector('billing-tab')!;

    await loaded(invoiceTab);
    await waitUntil(
      () => billingTab.shadowRoot!.querySelector('.totals'),
      'billing did not render',
    );

    expect(fullLoads(provider).map((call) => call.pagination.page)).to.deep.equal([1, 2, 3]);
    expect(cardText(invoiceTab, 'total')).to.match(/^1\.203 /);
    expect(text(billingTab.shadowRoot!.querySelector('[data-total="count"] dd'))).to.equal('802');
  });

  it('aborts the full load when the element is removed', async () => {
    const provider = fakeInvoiceProvider(makeInvoices('42', 10), today);
    const release = provider.hold();
    const el = await renderInvoiceTab(provider);
    await waitUntil(() => fullLoads(provider).length === 1, 'full load did not start');

    el.remove();

    await waitUntil(() => fullLoads(provider)[0].signal?.aborted === true, 'load not aborted');
    release();
  });

  it('aborts the full load of the previous customer', async () => {
    const provider = fakeInvoiceProvider(
      [...makeInvoices('42', 10), ...makeInvoices('43', 3)],
      today,
    );
    const release = provider.hold();
    const el = await renderInvoiceTab(provider);
    await waitUntil(() => fullLoads(provider).length === 1, 'full load did not start');

    el.customerId = '43';
    await el.updateComplete;
    release();

    await loaded(el);
    expect(fullLoads(provider)[0].signal?.aborted).to.equal(true);
    expect(fullLoads(provider)[0].filter).to.deep.equal({ customerId: '42' });
    expect(cardText(el, 'total')).to.match(/^3 /);
  });

  it('refreshes counts after invalidateCustomer', async () => {
    const invoices = makeInvoices('42', 45);
    const provider = fakeInvoiceProvider(invoices, today);
    const el = await renderInvoiceTab(provider);
    await loaded(el);
    expect(cardText(el, 'overdue')).to.match(/^30 /);
    expect(cardText(el, 'paid')).to.match(/^15 /);

    // Invoice 2 (index 1) was overdue; now it is paid in full.
    invoices[1] = { ...invoices[1], paidAmount: invoices[1].amount, paidDate: today };
    await invalidateCustomer(provider, '42');

    await waitUntil(() => cardText(el, 'overdue').startsWith('29 '), 'overdue count unchanged');
    expect(cardText(el, 'paid')).to.match(/^16 /);
    const badge = el.shadowRoot!.querySelector('tr[data-id="42-2"] .badge');
    expect(text(badge)).to.equal('Paga');
  });

  it('refreshes the provider summary after invalidateCustomer', async () => {
    const invoices = makeInvoices('42', 45);
    const provider: ReturnType<typeof fakeInvoiceProvider> & InvoiceSummaryProvider =
      fakeInvoiceProvider(invoices, today);
    let summaries = 0;
    provider.getInvoiceSummary = async (_customerId, options) => {
      summaries += 1;
      return summarizeInvoices(invoices, options);
    };
    const el = await renderInvoiceTab(provider);
    await loaded(el);

    invoices.push({ ...invoices[0], id: '42-new', number: 'F-NEW', paidAmount: '0.00' });
    await invalidateCustomer(provider, '42');

    await waitUntil(() => cardText(el, 'total').startsWith('46 '), 'total count unchanged');
    expect(summaries).to.equal(2);
    expect(fullLoads(provider)).to.deep.equal([]);
  });

  it('keeps the figures with a stale badge when a refresh fails', async () => {
    const provider = fakeInvoiceProvider(makeInvoices('42', 45), today);
    configureCache(provider, { retry: 0 });
    const el = await renderInvoiceTab(provider);
    await loaded(el);
    const outstanding = cardText(el, 'outstanding');

    provider.failNext = 2;
    const failure = oneEvent(el, 'crm-error');
    await queryClientFor(provider).refetchQueries();
    const { detail } = await failure;
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('[part="stale"]').length === 2,
      'stale badges did not render',
    );

    expect(detail).to.deep.equal({ kind: 'provider', message: 'Service unavailable', status: 503 });
    expect(text(el.shadowRoot!.querySelector('[part="stale"]'))).to.match(
      /^Não atualizado desde \d\d:\d\d Atualizar$/,
    );
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.getAttribute('title')).to.equal(
      'Service unavailable',
    );
    expect(cardText(el, 'outstanding')).to.equal(outstanding);
    expect(rowNumbers(el).length).to.equal(20);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="stale"] button')!.click();
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('[part="stale"]').length === 1,
      'refresh did not clear a badge',
    );
  });

  it('dims the current page while the next loads', async () => {
    const provider = fakeInvoiceProvider(makeInvoices('42', 45), today);
    const el = await renderInvoiceTab(provider);
    await loaded(el);
    const rows = () => el.shadowRoot!.querySelector('.rows')!;

    const release = provider.hold();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    await waitUntil(() => rows().getAttribute('aria-busy') === 'true', 'page not dimmed');

    expect(rowNumbers(el)[0]).to.equal('F-00001');
    release();
    await waitUntil(() => rowNumbers(el)[0] === 'F-00021', 'page 2 did not render');
    expect(rows().getAttribute('aria-busy')).to.equal('false');
  });

  it('shows loading, not the previous customer, on a change', async () => {
    const provider = fakeInvoiceProvider(
      [...makeInvoices('42', 5), ...makeInvoices('43', 5)],
      today,
    );
    const el = await renderInvoiceTab(provider);
    await loaded(el);

    const release = provider.hold();
    el.customerId = '43';
    await el.updateComplete;

    expect(el.shadowRoot!.querySelector('tbody tr[data-id]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.list .loading')).to.not.equal(null);
    release();
    await waitUntil(
      () => el.shadowRoot!.querySelector('tbody tr[data-id="43-1"]'),
      'customer 43 did not render',
    );
  });

  it('keeps the page dimmed when switching to a status filter', async () => {
    const invoices: Invoice[] = makeInvoices('42', 45);
    const provider: ReturnType<typeof fakeInvoiceProvider> & InvoiceSummaryProvider =
      fakeInvoiceProvider(invoices, today);
    provider.getInvoiceSummary = async (_customerId, options) =>
      summarizeInvoices(invoices, options);
    const el = await renderInvoiceTab(provider);
    await loaded(el);

    const release = provider.hold();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    select.value = 'paid';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;

    expect(el.shadowRoot!.querySelector('.rows')!.getAttribute('aria-busy')).to.equal('true');
    release();
    await waitUntil(() => rowNumbers(el).length === 15, 'paid invoices did not render');
    expect(fullLoads(provider).length).to.equal(1);
  });
});
