import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { configureCache } from '../../src/data-layer/query-client.ts';
import type { DataProvider } from '../../src/core/provider.ts';
import { MemoryProvider, type MemoryData } from '../helpers/fault-provider.ts';
import {
  deepText,
  deepTextAndValues,
  expectSafeLinks,
  injectedElements,
  loadUrlCorpus,
  loadXssCorpus,
  type XssPayload,
} from '../helpers/xss-corpus.ts';
import { describeCorpus } from './reliability.ts';

const clock = fixedClock('2026-12-04T15:00:00Z');
const base = { version: 1, locale: 'pt-BR', currency: 'BRL', timeZone: 'America/Sao_Paulo' };

let payloads: XssPayload[];
let urls: string[];

before(async () => {
  payloads = await loadXssCorpus();
  urls = await loadUrlCorpus();
});

beforeEach(() => {
  window.__xss = undefined;
});

function expectNoExecution(): void {
  expect(window.__xss, 'a payload ran').to.equal(undefined);
}

function memory(data: MemoryData): DataProvider {
  const provider = new MemoryProvider(data);
  configureCache(provider, { retry: 0 });
  return provider;
}

/** Waits until every payload's text shows in `el`, then checks for injected markup and links. */
async function expectShownAsText(el: Element, texts: string[], what: string): Promise<void> {
  await waitUntil(
    () => {
      const shown = deepTextAndValues(el.shadowRoot!);
      return texts.every((text) => shown.includes(text));
    },
    `${what}: not every payload showed as text`,
    { timeout: 8000 },
  );
  expect(injectedElements(el.shadowRoot!).map((node) => node.outerHTML.slice(0, 80))).to.deep.equal(
    [],
  );
  expectSafeLinks(el.shadowRoot!);
}

/** Gives the browser time to load images and fire handlers a payload may have added. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

describeCorpus(
  {
    name: 'xss',
    title: 'Cross-site scripting payloads',
    size: () => payloads.length,
    unit: 'payloads',
    source: 'test/hardening/corpora/xss.json',
    checks:
      'the payloads are markup, attribute breakers, SVG, `javascript:` URLs, template-placeholder ' +
      'tricks and Unicode direction overrides. Each test pushes every payload through one text ' +
      'path of one element. The paths are customer fields of every class and format, field and ' +
      'option labels, section and tab titles, list cells and column labels, invoice numbers and ' +
      'fields, billing rows, the task name, template, script, outcome and select option labels, ' +
      'assignee names, history titles, kinds, outcomes and agent names, and custom holiday ' +
      "names. Every payload shows as text, no element outside the widget's own markup appears, " +
      'every link uses http, https, mailto or tel, and `window.__xss` stays unset.',
    afterEachTest: expectNoExecution,
  },
  'untrusted text',
  () => {
    describe('untrusted text in <customer-view360>', () => {
      function structureFor(list: XssPayload[]) {
        const sections = list.map((payload, index) => ({
          title: payload.text,
          fields: [
            { path: `t${index}`, label: payload.text, format: 'text' },
            { path: `h${index}`, label: payload.text, class: 'highlighted', format: 'email' },
            { path: `v${index}`, label: `title ${index}`, class: 'title-view', format: 'cpf' },
            { path: `u${index}`, label: `url ${index}`, format: 'url' },
            {
              path: `e${index}`,
              label: `enum ${index}`,
              format: 'enum',
              options: { v: { label: payload.text } },
            },
            { path: `n${index}`, label: `number ${index}`, format: 'currency' },
            { path: `d${index}`, label: `document ${index}`, format: 'cnpj' },
            { path: `p${index}`, label: `phone ${index}`, format: 'phone' },
            { path: `g${index}`, label: payload.text, class: 'graph-score', format: 'score' },
            { path: `s${index}`, label: `score ${index}`, format: 'score' },
            { path: `r${index}`, label: `number ${index}`, format: 'number' },
            { path: `c${index}`, label: `percent ${index}`, format: 'percent' },
            { path: `a${index}`, label: `date ${index}`, format: 'date' },
            { path: `m${index}`, label: `datetime ${index}`, format: 'datetime' },
            { path: `b${index}`, label: `boolean ${index}`, format: 'boolean' },
            { path: `x${index}`, label: `default ${index}` },
          ],
        }));
        return {
          ...base,
          tabs: [
            { id: 'customer', kind: 'customer', label: list[0].text, sections },
            { id: 'history', kind: 'history', label: list[1].text },
          ],
        };
      }

      function customerFor(list: XssPayload[]) {
        const customer: Record<string, unknown> = { id: 'c1', name: list[2].text };
        list.forEach((payload, index) => {
          for (const prefix of [
            't',
            'h',
            'v',
            'u',
            'n',
            'd',
            'p',
            'g',
            's',
            'r',
            'c',
            'a',
            'm',
            'b',
            'x',
          ])
            customer[`${prefix}${index}`] = payload.text;
          customer[`e${index}`] = 'v';
        });
        return customer;
      }

      it('shows fields, labels, titles and options as text', async () => {
        const provider = memory({ customers: [customerFor(payloads)], tasks: [] });

        const el = await fixture(
          html`<customer-view360
            .provider=${provider}
            .structure=${structureFor(payloads)}
            .clock=${clock}
            customer-id="c1"
          ></customer-view360>`,
        );

        await expectShownAsText(
          el,
          payloads.map((payload) => payload.text),
          '<customer-view360>',
        );
        await settle();
      });

      it('shows every customer name as text in the header', async () => {
        const customers = payloads.map((payload, index) => ({
          id: `c${index}`,
          name: payload.text,
        }));
        const provider = memory({ customers, tasks: [] });
        const structure = {
          ...base,
          tabs: [
            {
              id: 'customer',
              kind: 'customer',
              label: 'Cliente',
              sections: [
                { title: 'Dados', fields: [{ path: 'name', label: 'Nome', class: 'title-view' }] },
              ],
            },
          ],
        };
        const el = await fixture<HTMLElement & { customerId?: string }>(
          html`<customer-view360
            .provider=${provider}
            .structure=${structure}
            .clock=${clock}
          ></customer-view360>`,
        );

        for (const [index, payload] of payloads.entries()) {
          el.customerId = `c${index}`;
          await expectShownAsText(el, [payload.text], `customer name ${payload.id}`);
        }
        await settle();
      });
    });

    describe('untrusted text in <customer-list>', () => {
      it('shows cells and column labels as text', async () => {
        const customers = payloads.map((payload, index) => ({
          id: `c${index}`,
          name: payload.text,
          document: payload.text,
          email: payload.text,
          site: urls[index % urls.length],
          kind: 'v',
          balance: payload.text,
        }));
        const structure = {
          ...base,
          list: {
            pageSize: 500,
            columns: [
              { path: 'name', label: payloads[3].text, format: 'text', sortable: true },
              { path: 'document', label: payloads[4].text, format: 'cpf' },
              { path: 'email', label: 'E-mail', format: 'email' },
              { path: 'site', label: 'Site', format: 'url' },
              {
                path: 'kind',
                label: 'Tipo',
                format: 'enum',
                options: { v: { label: payloads[5].text } },
              },
              { path: 'balance', label: 'Saldo', format: 'currency' },
            ],
          },
          tabs: [{ id: 'customer', kind: 'customer', label: 'Cliente' }],
        };

        const el = await fixture(
          html`<customer-list
            .provider=${memory({ customers })}
            .structure=${structure}
            .clock=${clock}
          ></customer-list>`,
        );

        await expectShownAsText(
          el,
          payloads.map((payload) => payload.text),
          '<customer-list>',
        );
        const firstCells = [
          ...el.shadowRoot!.querySelectorAll('tr[role="row"] td:first-child'),
        ].map((cell) => cell.textContent!);
        for (const payload of payloads) {
          expect(
            firstCells.some((cell) => cell.includes(payload.text)),
            `name cell ${payload.id}`,
          ).to.equal(true);
        }
        await settle();
      });
    });

    function invoiceData(list: XssPayload[]) {
      return list.map((payload, index) => ({
        id: `i${index}`,
        customerId: 'c1',
        number: payload.text,
        issueDate: '2026-10-01',
        dueDate: '2026-11-10',
        amount: '100.00',
        paidAmount: index % 2 === 0 ? '0' : '100.00',
        currency: 'BRL',
        note: payload.text,
      }));
    }

    describe('untrusted text in <invoice-tab> and <billing-tab>', () => {
      it('shows invoice numbers and extra fields as text', async () => {
        const structure = {
          ...base,
          tabs: [{ id: 'invoices', kind: 'invoice', label: 'Faturas' }],
          invoices: { fields: [{ path: 'note', label: payloads[6].text, format: 'text' }] },
        };

        const el = await fixture(
          html`<invoice-tab
            .provider=${memory({ invoices: invoiceData(payloads) })}
            .structure=${structure}
            .clock=${clock}
            page-size="500"
            customer-id="c1"
          ></invoice-tab>`,
        );

        await expectShownAsText(
          el,
          payloads.map((payload) => payload.text),
          '<invoice-tab>',
        );
        await settle();
      });

      it('shows invoice numbers as text in billing', async () => {
        const structure = {
          ...base,
          tabs: [{ id: 'billing', kind: 'billing', label: 'Cobrança' }],
        };

        const el = await fixture(
          html`<billing-tab
            .provider=${memory({ invoices: invoiceData(payloads) })}
            .structure=${structure}
            .clock=${clock}
            customer-id="c1"
          ></billing-tab>`,
        );

        const unpaid = payloads
          .filter((_, index) => index % 2 === 0)
          .map((payload) => payload.text);
        await expectShownAsText(el, unpaid, '<billing-tab>');
        await settle();
      });
    });

    describe('untrusted text in <task-tab>', () => {
      /** Markdown in templates turns `**x**` into bold and `- x` into a list item. */
      const keepsMarkdown = (text: string) => !text.includes('*') && !/(^|\n)- /.test(text);

      it('shows template, script, options and labels as text', async () => {
        const template = payloads.map((payload) => payload.text).join('\n\n');
        const task = {
          id: 't1',
          customerId: 'c1',
          name: payloads[7].text,
          status: 'open',
          dueDate: '2026-12-04',
          assigneeId: 'a1',
          eventOptions: payloads.map((payload, index) => ({
            id: `o${index}`,
            label: payload.text,
            requiredFields: [],
          })),
          template: `{{customer.name}}\n\n${template}`,
          script: `{{customer.company.name}}\n\n${template}`,
          fields: [
            ...payloads.map((payload, index) => ({
              path: `f${index}`,
              label: payload.text,
              type: 'text',
            })),
            {
              path: 'choice',
              label: 'Escolha',
              type: 'select',
              options: payloads.map((payload, index) => ({
                value: `v${index}`,
                label: payload.text,
              })),
            },
          ],
          values: { f0: payloads[8].text },
        };
        const provider = memory({
          tasks: [task],
          customers: [{ id: 'c1', name: payloads[9].text, company: { name: payloads[10].text } }],
          agents: [{ id: 'a1', name: payloads[11].text }],
          invoices: [],
        });
        const structure = { ...base, tabs: [{ id: 'task', kind: 'task', label: 'Tarefa' }] };

        const el = await fixture(
          html`<task-tab
            .provider=${provider}
            .structure=${structure}
            .clock=${clock}
            customer-id="c1"
          ></task-tab>`,
        );

        const texts = payloads.map((payload) => payload.text).filter(keepsMarkdown);
        await expectShownAsText(el, texts, '<task-tab>');
        const values = [...el.shadowRoot!.querySelectorAll('.placeholder-value')].map(
          (node) => node.textContent,
        );
        expect(values).to.include(payloads[9].text);
        expect(values).to.include(payloads[10].text);
        const root = el.shadowRoot!;
        const outcomeLabels = [...root.querySelectorAll('fieldset.outcomes label')].map(
          (label) => label.textContent!,
        );
        const choices = [...root.querySelectorAll('select option')].map(
          (option) => option.textContent!,
        );
        for (const payload of payloads) {
          expect(
            outcomeLabels.some((label) => label.includes(payload.text)),
            `outcome ${payload.id}`,
          ).to.equal(true);
          expect(
            choices.some((choice) => choice.includes(payload.text)),
            `select option ${payload.id}`,
          ).to.equal(true);
        }
        await settle();
      });
    });

    describe('untrusted agent names in <task-tab>', () => {
      it('shows every agent as text in the assignee picker', async () => {
        const task = {
          id: 't1',
          customerId: 'c1',
          name: 'Cobrança',
          status: 'open',
          dueDate: '2026-12-04',
          assigneeId: 'a0',
          eventOptions: [{ id: 'o1', label: 'Atendeu', requiredFields: [] }],
          template: 'Olá',
          script: '',
          fields: [],
        };
        const agents = payloads.map((payload, index) => ({ id: `a${index}`, name: payload.text }));
        const provider = memory({
          tasks: [task],
          customers: [{ id: 'c1', name: 'Ana' }],
          agents,
          invoices: [],
        });
        const structure = { ...base, tabs: [{ id: 'task', kind: 'task', label: 'Tarefa' }] };

        const el = await fixture(
          html`<task-tab
            .provider=${provider}
            .structure=${structure}
            .clock=${clock}
            customer-id="c1"
          ></task-tab>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('input[role="combobox"]'), 'no picker');
        const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
        input.focus();
        input.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }),
        );

        await expectShownAsText(
          el,
          payloads.map((payload) => payload.text),
          'assignee picker',
        );
        const options = [...el.shadowRoot!.querySelectorAll('[role="option"]')];
        expect(options).to.have.length(payloads.length);
        await settle();
      });
    });

    describe('untrusted text in <history-timeline>', () => {
      it('shows event titles and agent names as text', async () => {
        const agents = payloads.map((payload, index) => ({ id: `a${index}`, name: payload.text }));
        const history = payloads.map((payload, index) => ({
          id: `h${index}`,
          customerId: 'c1',
          kind: index % 2 ? 'contact' : payload.text,
          title: payload.text,
          at: `2026-12-0${(index % 3) + 1}T1${index % 10}:00:00Z`,
          status: 'done',
          agentId: `a${index}`,
          outcome: payload.text,
        }));
        const structure = {
          ...base,
          tabs: [{ id: 'history', kind: 'history', label: 'Histórico' }],
        };

        const el = await fixture(
          html`<history-timeline
            .provider=${memory({ history, agents })}
            .structure=${structure}
            .clock=${clock}
            customer-id="c1"
          ></history-timeline>`,
        );

        await expectShownAsText(
          el,
          payloads.map((payload) => payload.text),
          '<history-timeline>',
        );
        await settle();
      });

      it('shows custom holiday names as text in the calendar', async () => {
        const custom = payloads.map((payload, index) => ({
          date: `2026-12-${String((index % 28) + 1).padStart(2, '0')}`,
          name: payload.text,
        }));
        const structure = {
          ...base,
          holidays: { country: 'BR', region: 'SP', types: ['public'], custom },
          tabs: [{ id: 'history', kind: 'history', label: 'Histórico' }],
        };

        const el = await fixture(
          html`<history-timeline
            .provider=${memory({ history: [], agents: [] })}
            .structure=${structure}
            .clock=${clock}
            view="calendar"
            month="2026-12"
            customer-id="c1"
          ></history-timeline>`,
        );

        await expectShownAsText(
          el,
          payloads.map((payload) => payload.text),
          'holiday names',
        );
        await settle();
      });
    });

    describe('corpus', () => {
      it('holds at least 60 payloads', () => {
        expect(payloads.length).to.be.at.least(60);
        expect(new Set(payloads.map((payload) => payload.id)).size).to.equal(payloads.length);
      });

      it('runs a payload when parsed as HTML', async () => {
        // Proves the corpus can fail the tests: one payload, parsed unsafely, sets the flag.
        const host = document.createElement('div');
        document.body.append(host);
        host.innerHTML = payloads.find((payload) => payload.id === 'img-onerror')!.text;
        await waitUntil(() => window.__xss !== undefined, 'the payload did not run');
        host.remove();
        expect(window.__xss).to.equal(1);
        window.__xss = undefined;
      });

      it('reads deep text through shadow roots', () => {
        const host = document.createElement('div');
        host.attachShadow({ mode: 'open' }).textContent = 'inside';
        expect(deepText(host)).to.equal('inside');
      });
    });
  },
);

describeCorpus(
  {
    name: 'xss-urls',
    title: 'Unsafe URLs',
    size: () => urls.length,
    unit: 'URL values',
    source: 'test/hardening/corpora/urls.json',
    checks:
      'every value goes into a `url` and an `email` field of `<customer-view360>`: only http, ' +
      'https, mailto and tel values become links, the others show as text, and `window.__xss` ' +
      'stays unset.',
    afterEachTest: expectNoExecution,
  },
  'untrusted URLs in <customer-view360>',
  () => {
    it('links only safe URL and e-mail values', async () => {
      const fields = urls.flatMap((_, index) => [
        { path: `u${index}`, label: `url ${index}`, format: 'url' },
        { path: `m${index}`, label: `email ${index}`, format: 'email' },
      ]);
      const customer: Record<string, unknown> = { id: 'c1', name: 'Ana' };
      urls.forEach((url, index) => {
        customer[`u${index}`] = url;
        customer[`m${index}`] = url;
      });
      const structure = {
        ...base,
        tabs: [
          {
            id: 'customer',
            kind: 'customer',
            label: 'Cliente',
            sections: [{ title: 'Links', fields }],
          },
        ],
      };

      const el = await fixture(
        html`<customer-view360
          .provider=${memory({ customers: [customer], tasks: [] })}
          .structure=${structure}
          .clock=${clock}
          customer-id="c1"
        ></customer-view360>`,
      );

      await expectShownAsText(el, ['url 0'], 'url fields');
      const hrefs = [...el.shadowRoot!.querySelectorAll('a[href]')].map((link) =>
        link.getAttribute('href'),
      );
      expect(hrefs).to.include('https://example.com/ok');
      expect(hrefs).to.include('tel:+5511987654321');
      await settle();
    });
  },
);
