import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/customer-view360/define.ts';
import type { CustomerView360 } from '../src/customer-view360/define.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { embeddedProvider, testClock } from './helpers/embedded.ts';

async function renderView(customerId: string): Promise<CustomerView360> {
  const provider = await embeddedProvider();
  const el = await fixture<CustomerView360>(html`
    <customer-view360
      .provider=${provider}
      .structure=${defaultStructure}
      .clock=${testClock}
      customer-id=${customerId}
    ></customer-view360>
  `);
  await waitUntil(() => el.shadowRoot!.querySelector('[role="tablist"]'), 'tabs never rendered');
  return el;
}

function tabLabels(el: CustomerView360): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim());
}

function fieldValue(el: CustomerView360, label: string): string | undefined {
  const terms = [...el.shadowRoot!.querySelectorAll('[role="tabpanel"]:not([hidden]) dt')];
  return terms
    .find((dt) => dt.textContent!.trim() === label)
    ?.nextElementSibling?.textContent?.trim();
}

describe('<customer-view360> with the embedded provider', () => {
  it('shows the real name, CPF and score in the header', async () => {
    const el = await renderView('1');

    const header = el.shadowRoot!.querySelector('[part="header"]')!;
    expect(header.querySelector('h2')!.textContent).to.equal('Fernanda Falcão Magalhães');
    expect(header.querySelector('[part="subtitle"]')!.textContent).to.contain('353.000.390-55');
    const gauge = header.querySelector('score-gauge')!;
    await gauge.updateComplete;
    const meter = gauge.shadowRoot!.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal('510');
    expect(meter.getAttribute('aria-valuetext')).to.equal('510 de 1.000, Regular');
  });

  it('shows the credit limit formatted', async () => {
    const el = await renderView('1');

    expect(fieldValue(el, 'Limite de crédito')).to.equal('NT$\u00A020.000,00');
  });

  it('shows all five tabs for a client with an open task', async () => {
    const el = await renderView('1');

    expect(tabLabels(el)).to.deep.equal(['Cliente', 'Faturas', 'Cobrança', 'Tarefa', 'Histórico']);
  });

  it('has no task tab for a client without an open task', async () => {
    const el = await renderView('2');

    expect(tabLabels(el)).to.deep.equal(['Cliente', 'Faturas', 'Cobrança', 'Histórico']);
  });

  it('provides its inputs to the tab elements', async () => {
    const el = await renderView('1');
    const tab = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')][1];

    tab.click();
    await el.updateComplete;
    const invoices = el.shadowRoot!.querySelector('invoice-tab')!;

    expect(invoices.effectiveProvider).to.equal(await embeddedProvider());
    expect(invoices.effectiveLocale).to.equal('pt-BR');
    expect(invoices.effectiveTimeZone).to.equal('America/Sao_Paulo');
    expect(invoices.effectiveClock).to.equal(testClock);
    expect(invoices.effectiveStructure?.currency).to.equal('TWD');
  });

  it('is accessible on every tab once loaded', async () => {
    const el = await renderView('1');
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];

    for (const tab of tabs) {
      tab.click();
      await el.updateComplete;
      const panel = el.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
      const element = panel.firstElementChild;
      if (element && element.tagName.includes('-')) {
        await waitUntil(
          () => !element.shadowRoot?.querySelector('[part~="loading"]'),
          `${element.tagName} never finished loading`,
          { timeout: 5000 },
        );
      }

      await expect(el).to.be.accessible();
    }
  });
});
