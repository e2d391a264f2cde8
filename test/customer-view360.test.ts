import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/customer-view360/define.ts';
import type { CustomerView360 } from '../src/customer-view360/define.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import type { StructureInput } from '../src/structure/schema.ts';
import { FakeCustomerProvider, sampleCustomers } from './helpers/view360-fake-provider.ts';

function makeProvider(): FakeCustomerProvider {
  const { customers, tasks } = sampleCustomers();
  return new FakeCustomerProvider(customers, tasks);
}

async function renderView(
  customerId: string | undefined,
  options: {
    provider?: FakeCustomerProvider;
    structure?: unknown;
    activeTab?: string;
    locale?: string;
  } = {},
): Promise<CustomerView360> {
  const provider = options.provider ?? makeProvider();
  const el = await fixture<CustomerView360>(html`
    <customer-view360
      .provider=${provider}
      .structure=${options.structure ?? defaultStructure}
      locale=${options.locale ?? 'pt-BR'}
      customer-id=${customerId ?? ''}
      active-tab=${options.activeTab ?? ''}
    ></customer-view360>
  `);
  if (customerId) await waitForTabs(el);
  return el;
}

async function waitForTabs(el: CustomerView360): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('[role="tablist"]'), 'tabs never rendered');
  await el.updateComplete;
}

function shadow(el: CustomerView360): ShadowRoot {
  return el.shadowRoot!;
}

function tabs(el: CustomerView360): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

function tabLabels(el: CustomerView360): string[] {
  return tabs(el).map((tab) => tab.textContent!.trim());
}

function selectedTab(el: CustomerView360): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')!;
}

function visiblePanel(el: CustomerView360): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
}

function focusedTab(el: CustomerView360): Element | null {
  return shadow(el).activeElement;
}

function text(node: Element | ShadowRoot): string {
  return node.textContent!.replace(/\s+/g, ' ').trim();
}

function fieldValue(el: CustomerView360, label: string): string | undefined {
  const terms = [...visiblePanel(el).querySelectorAll('dt')];
  const term = terms.find((dt) => dt.textContent!.trim() === label);
  return term?.nextElementSibling?.textContent?.trim();
}

describe('<customer-view360>', () => {
  describe('states', () => {
    it('asks for a customer without customer-id', async () => {
      const el = await renderView(undefined);

      expect(text(shadow(el))).to.equal('Selecione um cliente');
      await expect(el).to.be.accessible();
    });

    it('asks for a customer in English', async () => {
      const el = await renderView(undefined, {
        locale: 'en',
        structure: { ...defaultStructure, locale: undefined },
      });

      expect(text(shadow(el))).to.equal('Select a customer');
    });

    it('reports a missing provider', async () => {
      const el = await fixture<CustomerView360>(html`
        <customer-view360 .structure=${defaultStructure} customer-id="7"></customer-view360>
      `);

      expect(text(shadow(el))).to.equal('Nenhum provedor de dados configurado.');
      await expect(el).to.be.accessible();
    });

    it('shows the path of an invalid structure', async () => {
      const structure = { ...defaultStructure, tabs: [{ id: 'x', kind: 'weird', label: 'X' }] };

      const el = await fixture<CustomerView360>(html`
        <customer-view360
          .provider=${makeProvider()}
          .structure=${structure}
          customer-id="7"
        ></customer-view360>
      `);

      const panel = shadow(el).querySelector('.structure-error')!;
      expect(panel).to.exist;
      expect(text(panel)).to.contain('Estrutura de dados inválida');
      expect(panel.querySelector('code')!.textContent).to.equal('$.tabs[0].kind');
      expect(shadow(el).querySelector('[role="tablist"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fires crm-error for an invalid structure', async () => {
      const el = document.createElement('customer-view360');
      el.structure = '{"version": 2}';
      const event = oneEvent(el, 'crm-error');

      document.body.append(el);
      const { detail } = await event;
      el.remove();

      expect(detail.kind).to.equal('structure');
    });

    it('shows not found for an unknown customer', async () => {
      const el = await fixture<CustomerView360>(html`
        <customer-view360
          .provider=${makeProvider()}
          .structure=${defaultStructure}
          customer-id="999"
        ></customer-view360>
      `);

      await waitUntil(() => shadow(el).querySelector('[part="error"]'), 'no error state');

      expect(text(shadow(el))).to.contain('Customer 999 not found (404)');
      expect(shadow(el).querySelector('[part="retry"]')).to.exist;
    });
  });

  describe('header', () => {
    it('shows name, formatted CPF and score', async () => {
      const el = await renderView('7');

      const header = shadow(el).querySelector('[part="header"]')!;
      expect(header.querySelector('h2')!.textContent).to.equal('Ana Souza');
      expect(text(header.querySelector('[part="subtitle"]')!)).to.equal('CPF: 529.982.247-25');
      const gauge = header.querySelector('score-gauge')!;
      await gauge.updateComplete;
      const meter = gauge.shadowRoot!.querySelector('[role="meter"]')!;
      expect(meter.getAttribute('aria-valuenow')).to.equal('742');
      expect(meter.getAttribute('aria-valuetext')).to.equal('742 de 1.000, Bom');
    });

    it('stays visible on every tab', async () => {
      const el = await renderView('7');

      tabs(el)[1].click();
      await el.updateComplete;

      expect(shadow(el).querySelector('[part="header"] h2')!.textContent).to.equal('Ana Souza');
    });
  });

  describe('tabs', () => {
    it('shows all five tabs in order for a customer with an open task', async () => {
      const el = await renderView('7');

      expect(tabLabels(el)).to.deep.equal([
        'Cliente',
        'Faturas',
        'Cobrança',
        'Tarefa',
        'Histórico',
      ]);
    });

    it('hides the task tab without an open task', async () => {
      const el = await renderView('8');

      expect(tabLabels(el)).to.deep.equal(['Cliente', 'Faturas', 'Cobrança', 'Histórico']);
    });

    it('shows a task tab with alwaysShow without an open task', async () => {
      const structure: StructureInput = {
        ...defaultStructure,
        tabs: [
          { id: 'customer', kind: 'customer', label: 'Cliente' },
          { id: 'tasks', kind: 'task', label: 'Tarefa', alwaysShow: true },
        ],
      };

      const el = await renderView('8', { structure });

      expect(tabLabels(el)).to.deep.equal(['Cliente', 'Tarefa']);
    });

    it('follows renamed, reordered and repeated tabs', async () => {
      const structure: StructureInput = {
        ...defaultStructure,
        tabs: [
          { id: 'history', kind: 'history', label: 'Linha do tempo' },
          {
            id: 'money',
            kind: 'customer',
            label: 'Financeiro',
            sections: [
              {
                title: 'Limites',
                columns: 1,
                fields: [{ path: 'creditLimit', label: 'Limite', format: 'currency' }],
              },
            ],
          },
          {
            id: 'contact',
            kind: 'customer',
            label: 'Contato',
            sections: [
              {
                title: 'Canais',
                columns: 1,
                fields: [{ path: 'email', label: 'E-mail', format: 'email' }],
              },
            ],
          },
        ],
      };

      const el = await renderView('7', { structure });

      expect(tabLabels(el)).to.deep.equal(['Linha do tempo', 'Financeiro', 'Contato']);
      expect(
        visiblePanel(el).querySelector('history-timeline')!.getAttribute('customer-id'),
      ).to.equal('7');
      tabs(el)[2].click();
      await el.updateComplete;
      expect(text(visiblePanel(el).querySelector('h3')!)).to.equal('Canais');
      expect(fieldValue(el, 'E-mail')).to.equal('ana.souza@example.com');
      expect(visiblePanel(el).querySelector('a')!.getAttribute('href')).to.equal(
        'mailto:ana.souza@example.com',
      );
    });

    it('renders each kind with the customer id', async () => {
      const el = await renderView('7');
      const expected = ['invoice-tab', 'billing-tab', 'task-tab', 'history-timeline'];

      for (const [index, tag] of expected.entries()) {
        tabs(el)[index + 1].click();
        await el.updateComplete;

        const element = visiblePanel(el).querySelector(tag);
        expect(element, tag).to.exist;
        expect(element!.getAttribute('customer-id'), tag).to.equal('7');
      }
    });

    it('renders a panel only once first shown, then keeps it', async () => {
      const el = await renderView('7');

      expect(shadow(el).querySelectorAll('[role="tabpanel"]').length).to.equal(1);
      tabs(el)[1].click();
      await el.updateComplete;
      const invoices = shadow(el).querySelector('invoice-tab');
      tabs(el)[0].click();
      await el.updateComplete;

      expect(shadow(el).querySelectorAll('[role="tabpanel"]').length).to.equal(2);
      expect(shadow(el).querySelector('invoice-tab')).to.equal(invoices);
      expect(invoices!.closest('[role="tabpanel"]')!.hasAttribute('hidden')).to.equal(true);
    });

    it('links tabs and panels', async () => {
      const el = await renderView('7');

      const tab = selectedTab(el);
      const panel = visiblePanel(el);
      expect(tab.getAttribute('aria-controls')).to.equal(panel.id);
      expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
      expect(panel.getAttribute('tabindex')).to.equal('0');
      expect(shadow(el).querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal(
        'Dados do cliente',
      );
    });
  });

  describe('customer tab', () => {
    it('shows sections, formatted values and missing values', async () => {
      const el = await renderView('7');

      const headings = [...visiblePanel(el).querySelectorAll('h3')].map((heading) =>
        heading.textContent!.trim(),
      );
      expect(headings).to.deep.equal(['Dados pessoais', 'Dados financeiros', 'Empresa']);
      expect(fieldValue(el, 'Limite de crédito')).to.equal('NT$\u00A050.000,00');
      expect(fieldValue(el, 'Idade')).to.equal('41');
      expect(fieldValue(el, 'CNPJ')).to.equal('11.222.333/0001-81');
      expect(fieldValue(el, 'Sexo')).to.equal('Feminino');
      expect(visiblePanel(el).querySelector('[part~="badge"]')!.textContent).to.equal('Feminino');
    });

    it('shows a dash for missing values', async () => {
      const el = await renderView('8');

      expect(fieldValue(el, 'Idade')).to.equal('—');
      expect(fieldValue(el, 'Telefone')).to.equal('—');
      expect(text(shadow(el))).not.to.match(/undefined|null|NaN/);
    });

    it('lays sections out in their column count', async () => {
      const el = await renderView('7');

      const grids = [...visiblePanel(el).querySelectorAll<HTMLElement>('[part="grid"]')];
      const columns = grids.map(
        (grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length,
      );
      expect(columns).to.deep.equal([2, 3, 2]);
    });

    it('emphasises highlighted fields', async () => {
      const el = await renderView('7');

      const highlighted = [...visiblePanel(el).querySelectorAll('[part~="highlighted"] dt')].map(
        (dt) => dt.textContent,
      );
      expect(highlighted).to.deep.equal(['Limite de crédito', 'Saldo em aberto', 'Saldo vencido']);
    });

    it('keeps a large highlighted amount on one line', async () => {
      const provider = makeProvider();
      provider.customers[0].creditLimit = 1_000_000;
      const el = await renderView('7', { provider });
      el.style.width = '620px';
      await el.updateComplete;

      const value = [...visiblePanel(el).querySelectorAll('[part~="highlighted"] dd')][0];
      const range = document.createRange();
      range.selectNodeContents(value);
      const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));

      expect(value.textContent).to.equal('NT$\u00A01.000.000,00');
      expect(lineTops.size).to.equal(1);
    });

    it('links only safe URLs', async () => {
      const provider = makeProvider();
      provider.customers[0].site = 'javascript:alert(1)';
      provider.customers[1].site = 'https://example.com/bruno';
      const structure: StructureInput = {
        ...defaultStructure,
        tabs: [
          {
            id: 'customer',
            kind: 'customer',
            label: 'Cliente',
            sections: [
              {
                title: 'Web',
                columns: 1,
                fields: [{ path: 'site', label: 'Site', format: 'url' }],
              },
            ],
          },
        ],
      };

      const unsafe = await renderView('7', { provider, structure });
      const safe = await renderView('8', { provider, structure });

      expect(visiblePanel(unsafe).querySelector('a')).to.equal(null);
      expect(fieldValue(unsafe, 'Site')).to.equal('javascript:alert(1)');
      expect(visiblePanel(safe).querySelector('a')!.getAttribute('href')).to.equal(
        'https://example.com/bruno',
      );
    });
  });

  describe('keyboard', () => {
    it('moves focus with arrows without selecting', async () => {
      const el = await renderView('7');
      tabs(el)[0].focus();

      await sendKeys({ press: 'ArrowRight' });

      expect(focusedTab(el)).to.equal(tabs(el)[1]);
      expect(selectedTab(el)).to.equal(tabs(el)[0]);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedTab(el)).to.equal(tabs(el)[4]);
    });

    it('wraps from the last tab to the first', async () => {
      const el = await renderView('7');
      tabs(el)[4].focus();

      await sendKeys({ press: 'ArrowRight' });

      expect(focusedTab(el)).to.equal(tabs(el)[0]);
    });

    it('jumps with Home and End', async () => {
      const el = await renderView('7');
      tabs(el)[2].focus();

      await sendKeys({ press: 'End' });
      expect(focusedTab(el)).to.equal(tabs(el)[4]);
      await sendKeys({ press: 'Home' });
      expect(focusedTab(el)).to.equal(tabs(el)[0]);
    });

    it('activates with Enter and fires tab-change', async () => {
      const el = await renderView('7');
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });

      const event = oneEvent(el, 'tab-change');
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      await el.updateComplete;

      expect(detail).to.deep.equal({ tab: 'invoices' });
      expect(selectedTab(el)).to.equal(tabs(el)[1]);
      expect(el.activeTab).to.equal('invoices');
      expect(el.getAttribute('active-tab')).to.equal('invoices');
      expect(visiblePanel(el).querySelector('invoice-tab')).to.exist;
    });

    it('activates with Space', async () => {
      const el = await renderView('7');
      tabs(el)[0].focus();
      await sendKeys({ press: 'End' });

      await sendKeys({ press: 'Space' });
      await el.updateComplete;

      expect(el.activeTab).to.equal('history');
    });

    it('keeps one tab in the tab order', async () => {
      const el = await renderView('7');

      tabs(el)[3].click();
      await el.updateComplete;

      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, -1, -1, 0, -1]);
    });

    it('fires no tab-change for the selected tab', async () => {
      const el = await renderView('7');
      let count = 0;
      el.addEventListener('tab-change', () => count++);

      tabs(el)[0].click();
      await aTimeout(0);

      expect(count).to.equal(0);
    });
  });

  describe('active-tab', () => {
    it('restores the tab', async () => {
      const el = await renderView('7', { activeTab: 'billing' });

      expect(selectedTab(el).textContent!.trim()).to.equal('Cobrança');
      expect(visiblePanel(el).querySelector('billing-tab')).to.exist;
      expect(shadow(el).querySelectorAll('[role="tabpanel"]').length).to.equal(1);
    });

    it('falls back to the first tab for an unknown id', async () => {
      const el = await renderView('7', { activeTab: 'nope' });

      expect(selectedTab(el).textContent!.trim()).to.equal('Cliente');
      expect(el.activeTab).to.equal('customer');
      expect(el.getAttribute('active-tab')).to.equal('customer');
      expect(await el.updateComplete).to.equal(true);
    });

    it('falls back from a hidden task tab', async () => {
      const el = await renderView('8', { activeTab: 'tasks' });

      expect(el.activeTab).to.equal('customer');
    });

    it('follows later changes of the property', async () => {
      const el = await renderView('7');

      el.activeTab = 'history';
      await el.updateComplete;

      expect(selectedTab(el).textContent!.trim()).to.equal('Histórico');
    });
  });

  describe('accessibility', () => {
    it('is accessible on the customer tab', async () => {
      const el = await renderView('7');

      await expect(el).to.be.accessible();
    });

    it('is accessible on every other tab', async () => {
      const el = await renderView('7');

      for (const tab of tabs(el).slice(1)) {
        tab.click();
        await el.updateComplete;

        await expect(el).to.be.accessible();
      }
    });

    it('is accessible while loading', async () => {
      const provider = makeProvider();
      provider.delays.set('7', 10_000);

      const el = await fixture<CustomerView360>(html`
        <customer-view360
          .provider=${provider}
          .structure=${defaultStructure}
          customer-id="7"
        ></customer-view360>
      `);

      expect(text(shadow(el))).to.equal('Carregando cliente…');
      await expect(el).to.be.accessible();
    });
  });
});
