import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/customer-view360/define.ts';
import type { CustomerView360 } from '../src/customer-view360/define.ts';
import { collapsedSectionsStorageKey } from '../src/customer-view360/section-collapse.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import type { StructureInput } from '../src/structure/schema.ts';
import { FakeCustomerProvider, sampleCustomers } from './helpers/view360-fake-provider.ts';

const structure: StructureInput = {
  ...defaultStructure,
  tabs: [
    {
      id: 'customer',
      kind: 'customer',
      label: 'Cliente',
      sections: [
        { title: 'Contato', fields: [{ path: 'email', label: 'E-mail', format: 'email' }] },
        {
          id: 'money',
          title: 'Dados financeiros',
          collapsible: true,
          fields: [{ path: 'creditLimit', label: 'Limite de crédito', format: 'currency' }],
        },
      ],
    },
  ],
};

async function renderView(): Promise<CustomerView360> {
  const { customers, tasks } = sampleCustomers();
  const el = await fixture<CustomerView360>(html`
    <customer-view360
      .provider=${new FakeCustomerProvider(customers, tasks)}
      .structure=${structure}
      customer-id="7"
    ></customer-view360>
  `);
  await waitUntil(() => el.shadowRoot!.querySelector('[role="tablist"]'), 'tabs never rendered');
  return el;
}

function toggle(el: CustomerView360): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part="section-toggle"]')!;
}

function grid(el: CustomerView360): HTMLElement {
  return el.shadowRoot!.getElementById(toggle(el).getAttribute('aria-controls')!)!;
}

describe('<customer-view360> sections', () => {
  beforeEach(() => localStorage.removeItem(collapsedSectionsStorageKey));
  after(() => localStorage.removeItem(collapsedSectionsStorageKey));

  it('gives only collapsible sections a toggle', async () => {
    const el = await renderView();

    const toggles = el.shadowRoot!.querySelectorAll('[part="section-toggle"]');
    expect(toggles.length).to.equal(1);
    expect(toggles[0].textContent!.trim()).to.equal('Dados financeiros');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(grid(el).hidden).to.equal(false);
  });

  it('collapses and expands on click', async () => {
    const el = await renderView();

    toggle(el).click();
    await el.updateComplete;

    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(grid(el).hidden).to.equal(true);
    expect(grid(el).textContent).to.contain('Limite de crédito');
    await expect(el).to.be.accessible();
    toggle(el).click();
    await el.updateComplete;
    expect(grid(el).hidden).to.equal(false);
  });

  it('keeps the collapsed state in localStorage', async () => {
    const first = await renderView();
    toggle(first).click();
    await first.updateComplete;

    const second = await renderView();

    expect(JSON.parse(localStorage.getItem(collapsedSectionsStorageKey)!)).to.deep.equal(['money']);
    expect(toggle(second).getAttribute('aria-expanded')).to.equal('false');
    expect(grid(second).hidden).to.equal(true);
  });

  it('keeps each user under its own storage key', async () => {
    const first = await renderView();
    first.storageKey = 'crm-view360:collapsed-sections:agent-1';
    await first.updateComplete;
    toggle(first).click();
    await first.updateComplete;

    const second = await renderView();
    second.storageKey = 'crm-view360:collapsed-sections:agent-2';
    await second.updateComplete;

    expect(localStorage.getItem(collapsedSectionsStorageKey)).to.equal(null);
    expect(
      JSON.parse(localStorage.getItem('crm-view360:collapsed-sections:agent-1')!),
    ).to.deep.equal(['money']);
    expect(toggle(second).getAttribute('aria-expanded')).to.equal('true');
    localStorage.removeItem('crm-view360:collapsed-sections:agent-1');
  });
});
