import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/invoice-tab/define.ts';
import '../src/billing-tab/define.ts';
import '../src/task-tab/define.ts';
import '../src/score-gauge/define.ts';
import '../src/crm-scope/define.ts';
import { registerLocale } from '../src/core/i18n.ts';
import { fixedClock } from '../src/core/clock.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { fakeInvoiceProvider, makeInvoices } from './helpers/fake-invoices.ts';
import { FakeTaskProvider, taskClock, taskStructure } from './helpers/fake-tasks.ts';

const clock = fixedClock('2026-12-04T15:00:00Z');

/** Copies the structure without its locale, so the element reads the `lang` attribute. */
function withoutLocale<T extends { locale?: string }>(structure: T): Omit<T, 'locale'> {
  const { locale: _locale, ...rest } = structure;
  return rest;
}

function textOf(el: Element): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

/**
 * Renders `template` inside a `<div lang>` (or none) and returns the element
 * named `tag` once `selector` shows in its shadow root.
 */
async function renderIn(
  lang: string | undefined,
  template: TemplateResult,
  tag: string,
  selector: string,
): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${ifDefined(lang)}>${template}</div>`);
  const el = wrapper.querySelector<HTMLElement>(tag)!;
  await waitUntil(
    () => el.shadowRoot!.querySelector(selector),
    `${tag} did not render ${selector}`,
  );
  return el;
}

// F-00001 due 2026-11-10 (paid), F-00002 due 2026-10-11 and F-00003 due 2026-09-11
// (overdue), for 1000.50, 1010.50 and 1020.50 TWD.
const invoices = () => makeInvoices('42', 3);

function invoiceTab(locale?: string, lang?: string): Promise<HTMLElement> {
  const structure = locale ? defaultStructure : withoutLocale(defaultStructure);
  return renderIn(
    lang,
    html`<invoice-tab
      locale=${ifDefined(locale)}
      .provider=${fakeInvoiceProvider(invoices(), '2026-12-04')}
      .structure=${structure}
      .clock=${clock}
      customer-id="42"
    ></invoice-tab>`,
    'invoice-tab',
    'tbody tr[data-id] .badge',
  );
}

function billingTab(locale?: string, lang?: string): Promise<HTMLElement> {
  const structure = locale ? defaultStructure : withoutLocale(defaultStructure);
  return renderIn(
    lang,
    html`<billing-tab
      locale=${ifDefined(locale)}
      .provider=${fakeInvoiceProvider(invoices(), '2026-12-04')}
      .structure=${structure}
      .clock=${clock}
      customer-id="42"
    ></billing-tab>`,
    'billing-tab',
    '.totals',
  );
}

function taskTab(locale?: string, lang?: string): Promise<HTMLElement> {
  const structure = locale ? taskStructure : withoutLocale(taskStructure);
  return renderIn(
    lang,
    html`<task-tab
      locale=${ifDefined(locale)}
      .provider=${new FakeTaskProvider()}
      .structure=${structure}
      .clock=${taskClock}
      customer-id="c1"
    ></task-tab>`,
    'task-tab',
    '[part="submit"]',
  );
}

function scoreGauge(locale?: string, lang?: string): Promise<HTMLElement> {
  return renderIn(
    lang,
    html`<score-gauge locale=${ifDefined(locale)} value="700"></score-gauge>`,
    'score-gauge',
    '[role="meter"]',
  );
}

function invalidScope(locale?: string, lang?: string): Promise<HTMLElement> {
  return renderIn(
    lang,
    html`<crm-scope locale=${ifDefined(locale)} .structure=${{ version: 1, tabs: 'none' }}>
    </crm-scope>`,
    'crm-scope',
    '[part="error"]',
  );
}

function meter(el: HTMLElement): Element {
  return el.shadowRoot!.querySelector('[role="meter"]')!;
}

function rowText(el: HTMLElement, id: string): string {
  return el.shadowRoot!.querySelector(`tr[data-id="${id}"]`)!.textContent!.replace(/\s+/g, ' ');
}

describe('Spanish text', () => {
  for (const [how, render] of [
    ['locale="es"', (make: (locale?: string, lang?: string) => Promise<HTMLElement>) => make('es')],
    [
      '<div lang="es">',
      (make: (locale?: string, lang?: string) => Promise<HTMLElement>) => make(undefined, 'es'),
    ],
  ] as const) {
    describe(how, () => {
      it('renders <invoice-tab> in Spanish', async () => {
        const el = await render(invoiceTab);

        const text = textOf(el);
        expect(text).to.contain('Total de facturas');
        expect(text).to.contain('Saldo pendiente total');
        expect(text).to.contain('Vencimiento');
        expect(text).to.contain('Vencida');
        expect(text).to.contain('Pagada');
      });

      it('renders <billing-tab> in Spanish', async () => {
        const el = await render(billingTab);

        const text = textOf(el);
        expect(text).to.contain('Total por cobrar');
        expect(text).to.contain('Facturas pendientes');
        expect(text).to.contain('Días de atraso');
      });

      it('renders <task-tab> in Spanish', async () => {
        const el = await render(taskTab);

        const text = textOf(el);
        expect(text).to.contain('Responsable');
        expect(text).to.contain('Guion de la llamada');
        expect(text).to.contain('Registrar gestión');
      });

      it('renders <score-gauge> in Spanish', async () => {
        const el = await render(scoreGauge);

        expect(meter(el).getAttribute('aria-label')).to.equal('Puntuación');
        expect(meter(el).getAttribute('aria-valuetext')).to.equal('700 de 1000, Buena');
      });

      it('renders the <crm-scope> error in Spanish', async () => {
        const el = await render(invalidScope);

        expect(textOf(el)).to.contain('Estructura de datos no válida');
      });
    });
  }

  it('passes the scope locale to its children', async () => {
    const scope = await fixture<HTMLElement>(
      html`<crm-scope locale="es">
        <score-gauge value="700"></score-gauge>
      </crm-scope>`,
    );
    const gauge = scope.querySelector('score-gauge')!;
    await waitUntil(() => gauge.shadowRoot?.querySelector('[role="meter"]'));

    expect(meter(gauge as HTMLElement).getAttribute('aria-label')).to.equal('Puntuación');
  });
});

describe('Spanish dates and money', () => {
  it('formats invoice dates and amounts in es', async () => {
    const el = await invoiceTab('es');

    const row = rowText(el, '42-2');
    expect(row).to.contain('11/10/2026');
    expect(row).to.contain('1010,50');
    expect(row).not.to.contain('1.010,50');
    expect(row).not.to.contain('1,010.50');
  });

  it('groups thousands in es from five digits on', async () => {
    const many = makeInvoices('7', 12).map((invoice) => ({ ...invoice, paidAmount: '0.00' }));
    const wrapper = await fixture<HTMLElement>(
      html`<invoice-tab
        locale="es"
        .provider=${fakeInvoiceProvider(many, '2026-12-04')}
        .structure=${defaultStructure}
        .clock=${clock}
        customer-id="7"
      ></invoice-tab>`,
    );
    await waitUntil(() => wrapper.shadowRoot!.querySelector('[data-card="outstanding"] .amount'));

    // 12 invoices of 1000.50 + 10 × index: 12 006,00 + 660,00 = 12 666,00 TWD.
    const outstanding = wrapper.shadowRoot!.querySelector('[data-card="outstanding"] .amount')!;
    expect(outstanding.textContent).to.match(/^12\.666,00\s?\S+$/);
  });

  it('formats the task due date in es', async () => {
    const el = await taskTab('es');

    expect(el.shadowRoot!.querySelector('[part="due-date"]')!.textContent!.trim()).to.equal(
      '04/12/2026',
    );
  });
});

describe('unknown locale', () => {
  it('falls back to English text', async () => {
    const invoice = await invoiceTab('de-DE');
    const task = await taskTab('de-DE');
    const gauge = await scoreGauge('de-DE');

    expect(textOf(invoice)).to.contain('Total invoices');
    expect(textOf(invoice)).to.contain('Overdue');
    expect(textOf(task)).to.contain('Record outcome');
    expect(meter(gauge).getAttribute('aria-valuetext')).to.equal('700 of 1.000, Good');
  });

  it('still formats dates and numbers in that locale', async () => {
    const invoice = await invoiceTab('de-DE');

    expect(rowText(invoice, '42-2')).to.contain('11.10.2026');
    expect(rowText(invoice, '42-2')).to.contain('1.010,50');
  });
});

describe('registered locale', () => {
  before(() => {
    registerLocale('fr', {
      'invoice-tab': { total: 'Total des factures', dueDate: 'Échéance' },
      'invoice-status': { overdue: 'En retard' },
      'billing-tab': { totalDue: 'Total à recouvrer' },
      'task-tab': { submit: 'Enregistrer le résultat', assignee: 'Responsable du dossier' },
      'score-gauge': { defaultLabel: 'Note', bandGood: 'Bonne' },
      'crm-scope': { invalidStructure: 'Structure de données invalide' },
    });
  });

  it('renders the registered text', async () => {
    const invoice = await invoiceTab('fr');
    const billing = await billingTab('fr');
    const task = await taskTab('fr');
    const gauge = await scoreGauge('fr');
    const scope = await invalidScope('fr');

    expect(textOf(invoice)).to.contain('Total des factures');
    expect(textOf(invoice)).to.contain('Échéance');
    expect(textOf(invoice)).to.contain('En retard');
    expect(textOf(billing)).to.contain('Total à recouvrer');
    expect(textOf(task)).to.contain('Enregistrer le résultat');
    expect(textOf(task)).to.contain('Responsable du dossier');
    expect(meter(gauge).getAttribute('aria-label')).to.equal('Note');
    expect(meter(gauge).getAttribute('aria-valuetext')).to.contain('Bonne');
    expect(textOf(scope)).to.contain('Structure de données invalide');
  });

  it('uses English for keys the locale leaves out', async () => {
    const invoice = await invoiceTab('fr');

    expect(textOf(invoice)).to.contain('Paid');
    expect(textOf(invoice)).to.contain('Total outstanding');
  });

  it('reaches elements through the nearest lang', async () => {
    const invoice = await invoiceTab(undefined, 'fr-CA');

    expect(textOf(invoice)).to.contain('Total des factures');
  });
});
