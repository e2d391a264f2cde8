import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/customer-view360/define.ts';
import type { CustomerView360 } from '../src/customer-view360/define.ts';
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
        {
          title: 'Dados',
          columns: 2,
          fields: [
            { path: 'name', label: 'Nome', class: 'title-view' },
            {
              path: 'document',
              label: 'CPF',
              class: 'title-view',
              format: 'cpf',
              visibleTo: ['supervisor'],
            },
            { path: 'email', label: 'E-mail', format: 'email' },
            {
              path: 'creditLimit',
              label: 'Limite de crédito',
              format: 'currency',
              visibleTo: ['supervisor'],
            },
            {
              path: 'openTaskId',
              label: 'Tarefa aberta',
              visibleWhen: { path: 'openTaskId', present: true },
            },
          ],
        },
        {
          title: 'Restrito',
          columns: 1,
          fields: [{ path: 'balance', label: 'Saldo', format: 'currency', visibleTo: ['admin'] }],
        },
      ],
    },
  ],
};

async function renderView(customerId: string, roles?: string[]): Promise<CustomerView360> {
  const { customers, tasks } = sampleCustomers();
  const el = await fixture<CustomerView360>(html`
    <customer-view360
      .provider=${new FakeCustomerProvider(customers, tasks)}
      .structure=${structure}
      .roles=${roles}
      customer-id=${customerId}
    ></customer-view360>
  `);
  await waitUntil(() => el.shadowRoot!.querySelector('[role="tablist"]'), 'tabs never rendered');
  return el;
}

function labels(el: CustomerView360): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="tabpanel"] dt')].map((dt) =>
    dt.textContent!.trim(),
  );
}

describe('<customer-view360> field visibility', () => {
  it('leaves out fields for other roles', async () => {
    const el = await renderView('7', ['agent']);

    expect(labels(el)).to.deep.equal(['E-mail', 'Tarefa aberta']);
    expect(el.shadowRoot!.textContent).not.to.contain('529.982.247-25');
    expect(el.shadowRoot!.textContent).not.to.contain('50.000');
  });

  it('leaves out a section with no visible field', async () => {
    const el = await renderView('7', ['agent']);

    const headings = [...el.shadowRoot!.querySelectorAll('h3')].map((heading) =>
      heading.textContent!.trim(),
    );
    expect(headings).to.deep.equal(['Dados']);
  });

  it('shows role fields to a user with the role', async () => {
    const el = await renderView('7', ['supervisor']);

    expect(labels(el)).to.deep.equal(['E-mail', 'Limite de crédito', 'Tarefa aberta']);
    expect(el.shadowRoot!.querySelector('[part="subtitle"]')!.textContent).to.contain(
      '529.982.247-25',
    );
  });

  it('applies visibleWhen to the record', async () => {
    const el = await renderView('8', ['supervisor']);

    expect(labels(el)).to.deep.equal(['E-mail', 'Limite de crédito']);
  });

  it('is accessible with hidden fields', async () => {
    const el = await renderView('7', ['agent']);

    await expect(el).to.be.accessible();
  });
});
