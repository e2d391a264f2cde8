import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/billing-tab/define.ts';
import type { BillingTab } from '../src/billing-tab/billing-tab.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { embeddedProvider, testClock } from './helpers/embedded.ts';

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<billing-tab> with the embedded dataset', () => {
  // Parsing the 30,000-row CSV into the dataset takes seconds, once per test page.
  before(async function () {
    this.timeout(120_000);
    await embeddedProvider();
  });

  // Client 1 owes 3102 due 2026-11-10 (24 days late on 2026-12-04) and 811 due 2026-12-10.
  it('shows what client 1 owes, aged and selectable', async () => {
    const provider = await embeddedProvider();
    const el = await fixture<BillingTab>(html`
      <billing-tab
        .provider=${provider}
        .structure=${defaultStructure}
        .clock=${testClock}
        customer-id="1"
      ></billing-tab>
    `);
    await waitUntil(
      () => el.shadowRoot!.querySelector('.totals'),
      'billing of the real client did not render',
    );
    const root = el.shadowRoot!;

    expect(text(root.querySelector('[data-total="due"] dd'))).to.equal('NT$ 3.913,00');
    expect(text(root.querySelector('[data-total="overdue"] dd'))).to.equal('NT$ 3.102,00');
    const buckets = [...root.querySelectorAll('.aging tbody tr')].map((row) =>
      [...row.children].map(text),
    );
    expect(buckets).to.deep.equal([
      ['A vencer', '1', 'NT$ 811,00'],
      ['1–30 dias', '1', 'NT$ 3.102,00'],
      ['31–60 dias', '0', 'NT$ 0,00'],
      ['61–90 dias', '0', 'NT$ 0,00'],
      ['> 90 dias', '0', 'NT$ 0,00'],
    ]);
    const ids = [...root.querySelectorAll('.pending tbody tr')].map((row) =>
      row.getAttribute('data-id'),
    );
    expect(ids).to.deep.equal(['1-2026-10', '1-2026-11']);

    root.querySelector<HTMLInputElement>('[part~="select-all"]')!.click();
    await el.updateComplete;

    expect(el.selectedTotal).to.equal(391300);
    expect(text(root.querySelector('[part="selection"]'))).to.equal(
      'Selecionadas: 2, NT$ 3.913,00',
    );
    await expect(el).to.be.accessible();
  });
});
