import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/invoice-tab/define.ts';
import '../src/billing-tab/define.ts';
import '../src/task-tab/define.ts';
import '../src/score-gauge/define.ts';
import '../src/crm-scope/define.ts';
import { fixedClock } from '../src/core/clock.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { fakeInvoiceProvider, makeInvoices } from './helpers/fake-invoices.ts';
import { FakeTaskProvider, taskClock, taskStructure } from './helpers/fake-tasks.ts';

const clock = fixedClock('2026-12-04T15:00:00Z');
const lightSurface = 'rgb(255, 255, 255)';
const darkSurface = 'rgb(13, 17, 23)';
const lightText = 'rgb(31, 35, 40)';
const darkText = 'rgb(230, 237, 243)';

/** Host attributes or styles of a wrapper around each rendered element. */
interface Wrap {
  theme?: 'light' | 'dark';
  style?: string;
}

interface ElementCase {
  tag: string;
  render(wrap: Wrap): TemplateResult;
  /** Resolves when the element shows its data. */
  ready(el: HTMLElement): Promise<unknown>;
  /** A shadow element whose colour is the accent, and which colour property shows it. */
  accent: { selector: string; property: 'color' | 'backgroundColor' | 'borderTopColor' };
  /** A shadow element that inherits the text colour. */
  text: string;
}

const shadow = (el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);

const waitFor = (selector: string) => (el: HTMLElement) =>
  waitUntil(() => shadow(el, selector), `${el.localName} did not render ${selector}`);

// Six past invoices (paid and overdue) and one unpaid invoice due after today, so the
// list shows an "open" badge.
const invoices = () => [
  ...makeInvoices('42', 6),
  ...makeInvoices('42', 1, '2027-01-10').map((invoice) => ({
    ...invoice,
    id: 'next',
    number: 'F-NEXT',
    paidAmount: '0.00',
  })),
];

const cases: ElementCase[] = [
  {
    tag: 'invoice-tab',
    render: ({ theme, style }) =>
      html`<div style=${style ?? ''}>
        <invoice-tab
          theme=${ifDefined(theme)}
          .provider=${fakeInvoiceProvider(invoices(), '2026-12-04')}
          .structure=${defaultStructure}
          .clock=${clock}
          customer-id="42"
        ></invoice-tab>
      </div>`,
    ready: waitFor('.badge-open'),
    accent: { selector: '.badge-open', property: 'color' },
    text: 'tbody td',
  },
  {
    tag: 'billing-tab',
    render: ({ theme, style }) =>
      html`<div style=${style ?? ''}>
        <billing-tab
          theme=${ifDefined(theme)}
          .provider=${fakeInvoiceProvider(invoices(), '2026-12-04')}
          .structure=${defaultStructure}
          .clock=${clock}
          customer-id="42"
        ></billing-tab>
      </div>`,
    ready: waitFor('[part="selection"]'),
    accent: { selector: '[part="selection"]', property: 'borderTopColor' },
    text: 'tbody td',
  },
  {
    tag: 'task-tab',
    render: ({ theme, style }) =>
      html`<div style=${style ?? ''}>
        <task-tab
          theme=${ifDefined(theme)}
          .provider=${new FakeTaskProvider()}
          .structure=${taskStructure}
          .clock=${taskClock}
          customer-id="c1"
        ></task-tab>
      </div>`,
    ready: waitFor('[part="submit"]'),
    accent: { selector: '[part="submit"]', property: 'backgroundColor' },
    text: '[part="title"]',
  },
];

async function renderCase(item: ElementCase, wrap: Wrap = {}): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(item.render(wrap));
  const el = wrapper.querySelector<HTMLElement>(item.tag)!;
  await item.ready(el);
  return el;
}

function computed(el: Element | null): CSSStyleDeclaration {
  if (!el) throw new Error('element to measure is missing');
  return getComputedStyle(el);
}

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

describe('theming tokens', () => {
  for (const item of cases) {
    describe(`<${item.tag}>`, () => {
      it('takes the accent from --crm-color-accent', async () => {
        const plain = await renderCase(item);
        const themed = await renderCase(item, { style: '--crm-color-accent: rgb(1, 2, 3)' });

        const { selector, property } = item.accent;
        expect(computed(shadow(plain, selector))[property]).not.to.equal('rgb(1, 2, 3)');
        expect(computed(shadow(themed, selector))[property]).to.equal('rgb(1, 2, 3)');
      });

      it('paints a dark surface with theme="dark"', async () => {
        const light = await renderCase(item);
        const dark = await renderCase(item, { theme: 'dark' });

        expect(computed(light).backgroundColor).to.equal(lightSurface);
        expect(computed(dark).backgroundColor).to.equal(darkSurface);
        expect(computed(shadow(dark, item.text)).color).to.equal(darkText);
      });

      it('follows prefers-color-scheme: dark', async () => {
        await emulateMedia({ colorScheme: 'dark' });

        const el = await renderCase(item);
        const forcedLight = await renderCase(item, { theme: 'light' });

        expect(computed(el).backgroundColor).to.equal(darkSurface);
        expect(computed(forcedLight).backgroundColor).to.equal(lightSurface);
      });

      it('takes the scheme from an ancestor --crm-color-scheme', async () => {
        const el = await renderCase(item, { style: '--crm-color-scheme: dark' });

        expect(computed(el).backgroundColor).to.equal(darkSurface);
      });

      it('takes surface and text tokens in dark theme', async () => {
        const el = await renderCase(item, {
          theme: 'dark',
          style: '--crm-color-surface: rgb(20, 20, 20); --crm-color-text: rgb(240, 240, 240)',
        });

        expect(computed(el).backgroundColor).to.equal('rgb(20, 20, 20)');
        expect(computed(shadow(el, item.text)).color).to.equal('rgb(240, 240, 240)');
      });

      it('is accessible in dark theme', async () => {
        const el = await renderCase(item, { theme: 'dark' });

        await expect(el).to.be.accessible();
      });

      it('is accessible under prefers-color-scheme: dark', async () => {
        await emulateMedia({ colorScheme: 'dark' });
        const el = await renderCase(item);

        await expect(el).to.be.accessible();
      });
    });
  }

  describe('<score-gauge>', () => {
    const gauge = (wrap: Wrap, value = '900') =>
      fixture<HTMLElement>(
        html`<div style=${wrap.style ?? ''}>
          <score-gauge theme=${ifDefined(wrap.theme)} locale="en" value=${value}></score-gauge>
        </div>`,
      ).then((wrapper) => wrapper.querySelector<HTMLElement>('score-gauge')!);

    it('takes band, text and track colours from tokens', async () => {
      const el = await gauge({
        style:
          '--crm-color-success: rgb(1, 2, 3); --crm-color-text: rgb(4, 5, 6); --crm-color-border: rgb(7, 8, 9)',
      });

      expect(computed(shadow(el, '[part="fill"]')).stroke).to.equal('rgb(1, 2, 3)');
      expect(computed(shadow(el, '[part="value"]')).color).to.equal('rgb(4, 5, 6)');
      expect(computed(shadow(el, '[part="track"]')).stroke).to.equal('rgb(7, 8, 9)');
    });

    it('takes the poor band colour from --crm-color-danger', async () => {
      const el = await gauge({ style: '--crm-color-danger: rgb(9, 9, 9)' }, '100');

      expect(computed(shadow(el, '[part="fill"]')).stroke).to.equal('rgb(9, 9, 9)');
    });

    it('paints a dark surface with theme="dark"', async () => {
      const light = await gauge({});
      const dark = await gauge({ theme: 'dark' });

      expect(computed(light).backgroundColor).to.equal(lightSurface);
      expect(computed(dark).backgroundColor).to.equal(darkSurface);
      expect(computed(shadow(dark, '[part="value"]')).color).to.equal(darkText);
    });

    it('follows prefers-color-scheme: dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });

      const el = await gauge({});

      expect(computed(el).backgroundColor).to.equal(darkSurface);
    });

    it('is accessible in dark theme', async () => {
      const el = await gauge({ theme: 'dark' });

      await expect(el).to.be.accessible();
    });
  });
});

describe('style encapsulation', () => {
  let pageStyle: HTMLStyleElement;

  beforeEach(() => {
    pageStyle = document.createElement('style');
    pageStyle.textContent = `
      * {
        color: red !important;
        background-color: yellow !important;
        font-family: serif !important;
      }
    `;
    document.head.append(pageStyle);
  });

  afterEach(() => pageStyle.remove());

  for (const item of cases) {
    it(`keeps page rules out of <${item.tag}>`, async () => {
      const el = await renderCase(item);

      const inner = computed(shadow(el, item.text));
      expect(inner.color).to.equal(lightText);
      expect(inner.fontFamily).not.to.equal('serif');
      expect(computed(el).backgroundColor).to.equal(lightSurface);
    });
  }

  it('keeps page rules out of <score-gauge>', async () => {
    const el = await fixture<HTMLElement>(html`<score-gauge value="500"></score-gauge>`);

    expect(computed(shadow(el, '[part="value"]')).color).to.equal(lightText);
  });

  it('leaves the page styles of crm-scope children alone', async () => {
    pageStyle.remove();
    const wrapper = await fixture<HTMLElement>(
      html`<div
        style="color: rgb(0, 0, 128); font-family: monospace; background-color: rgb(250, 250, 0)"
      >
        <crm-scope locale="en"><p>Page text</p></crm-scope>
      </div>`,
    );

    const paragraph = computed(wrapper.querySelector('p'));
    expect(paragraph.color).to.equal('rgb(0, 0, 128)');
    expect(paragraph.fontFamily).to.equal('monospace');
    expect(computed(wrapper.querySelector('crm-scope')).backgroundColor).to.equal(
      'rgba(0, 0, 0, 0)',
    );
  });

  it('adds no style sheet to the document', () => {
    pageStyle.remove();

    expect(document.adoptedStyleSheets).to.have.length(0);
    const libraryRules = [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText).filter((text) => text.includes('--crm-')),
    );
    expect(libraryRules).to.deep.equal([]);
  });
});
