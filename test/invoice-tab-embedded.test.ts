import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/invoice-tab/define.ts';
import type { InvoiceTab } from '../src/invoice-tab/invoice-tab.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { embeddedProvider, testClock } from './helpers/embedded.ts';

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function renderClient(customerId: string): Promise<InvoiceTab> {
  const provider = await embeddedProvider();
  const el = await fixture<InvoiceTab>(html`
    <invoice-tab
      .provider=${provider}
      .structure=${defaultStructure}
      .clock=${testClock}
      customer-id=${customerId}
    ></invoice-tab>
  `);
  await waitUntil(
    () =>
      el.shadowRoot!.querySelector('tbody tr[data-id]') &&
      el.shadowRoot!.querySelector('[data-card]'),
    'invoices of the real client did not render',
  );
  return el;
}

describe('<invoice-tab> with the embedded dataset', () => {
  // Parsing the 30,000-row CSV into the dataset takes seconds, once per test page.
  before(async function () {
    this.timeout(120_000);
    await embeddedProvider();
  });

  // Client 1 of the CSV: bills 689 (paid), 3102 (unpaid, due 2026-11-10) and
  // 811 (due 2026-12-10) after three empty statements; today is 2026-12-04.
  it('summarizes client 1', async () => {
    const el = await renderClient('1');
    const card = (name: string) => text(el.shadowRoot!.querySelector(`[data-card="${name}"] dd`));

    expect(card('total')).to.equal('6 NT$ 4.602,00');
    expect(card('open')).to.equal('1 NT$ 811,00');
    expect(card('overdue')).to.equal('1 NT$ 3.102,00');
    expect(card('paid')).to.equal('4 NT$ 689,00');
    expect(card('oldest')).to.contain('10/11/2026');
    expect(card('outstanding')).to.equal('NT$ 3.913,00');
  });

  it('agrees with the customer balance for client 1', async () => {
    const provider = await embeddedProvider();
    const { data: customer } = await provider.getOne<{ balance: number }>('customers', { id: '1' });
    const el = await renderClient('1');

    const shown = text(el.shadowRoot!.querySelector('[data-card="outstanding"] dd'));

    const expected = customer.balance.toLocaleString('pt-BR', { minimumFractionDigits: 2 });
    expect(shown).to.equal(`NT$ ${expected}`);
  });

  it('lists the six statements latest first', async () => {
    const el = await renderClient('1');

    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr[data-id]')];
    const first = [...rows[0].children].map((cell) => text(cell));
    const second = [...rows[1].children].map((cell) => text(cell));

    expect(rows.length).to.equal(6);
    expect(first.slice(1)).to.deep.equal([
      '202611-00001',
      '25/11/2026',
      '10/12/2026',
      'NT$ 811,00',
      'NT$ 0,00',
      'NT$ 811,00',
      'Em aberto',
      '—',
    ]);
    expect(second.slice(7)).to.deep.equal(['Vencida', '24']);
    expect(text(el.shadowRoot!.querySelector('.pager [role="status"]'))).to.equal('Página 1 de 1');
    await expect(el).to.be.accessible();
  });

  it('expands a real invoice with its repayment code', async () => {
    const el = await renderClient('1');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>(
      'tr[data-id="1-2026-09"] .expand',
    )!;

    toggle.click();
    await el.updateComplete;

    const details = text(el.shadowRoot!.querySelector('tr.details'));
    expect(details).to.contain('20/10/2026');
    expect(details).to.contain('NT$ 689,00');
    expect(details).to.contain('-1');
  });

  it('filters client 1 to its overdue invoice', async () => {
    const el = await renderClient('1');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;

    select.value = 'overdue';
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('tbody tr[data-id]').length === 1,
      'overdue filter did not render',
    );

    const row = el.shadowRoot!.querySelector('tbody tr[data-id]')!;
    expect(row.getAttribute('data-id')).to.equal('1-2026-10');
    expect(text(row.querySelector('.badge'))).to.equal('Vencida');
  });
});
