import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fixedClock } from '../../src/core/clock.ts';
import { configureCache } from '../../src/data-layer/query-client.ts';
import { MemoryProvider } from '../helpers/fault-provider.ts';
import { deepText } from '../helpers/xss-corpus.ts';
import { describeCorpus } from './reliability.ts';

const clock = fixedClock('2026-12-04T15:00:00Z');

const structure = {
  version: 1,
  locale: 'pt-BR',
  currency: 'BRL',
  timeZone: 'America/Sao_Paulo',
  tabs: [
    {
      id: 'customer',
      kind: 'customer',
      label: 'Cliente',
      sections: [
        {
          title: 'Dados',
          columns: 3,
          fields: [
            { path: 'name', label: 'Nome', class: 'title-view' },
            { path: 'email', label: 'E-mail', format: 'email' },
            { path: 'city', label: 'Cidade' },
          ],
        },
      ],
    },
    { id: 'invoices', kind: 'invoice', label: 'Faturas' },
    { id: 'tasks', kind: 'task', label: 'Tarefa' },
    { id: 'history', kind: 'history', label: 'Histórico' },
  ],
  list: { columns: [{ path: 'name', label: 'Nome', format: 'text' }] },
};

function provider() {
  const memory = new MemoryProvider({
    customers: [{ id: 'c1', name: 'Ana Souza', email: 'ana@example.com', city: 'Santos' }],
    invoices: [
      {
        id: 'i1',
        customerId: 'c1',
        number: 'ANA-1',
        issueDate: '2026-10-01',
        dueDate: '2026-11-10',
        amount: '250.00',
        paidAmount: '0',
        currency: 'BRL',
      },
    ],
    tasks: [
      {
        id: 't1',
        customerId: 'c1',
        name: 'Cobrança Ana',
        status: 'open',
        dueDate: '2026-12-04',
        assigneeId: 'a1',
        eventOptions: [{ id: 'no-answer', label: 'Não atendeu', requiredFields: [] }],
        template: 'Olá {{customer.name}}',
        script: '',
        fields: [{ path: 'note', label: 'Observação', type: 'text' }],
      },
    ],
    history: [
      {
        id: 'h1',
        customerId: 'c1',
        kind: 'contact',
        title: 'Ligação Ana',
        at: '2026-12-03T13:00:00Z',
        status: 'done',
        agentId: 'a1',
      },
    ],
    agents: [{ id: 'a1', name: 'Agente Um' }],
  });
  configureCache(memory, { retry: 0 });
  return memory;
}

/** Every element with the attributes it needs and the text it shows once its data loaded. */
const subjects: Array<{ tag: string; attributes: Record<string, string>; shows: string }> = [
  { tag: 'customer-list', attributes: {}, shows: 'Ana Souza' },
  { tag: 'customer-view360', attributes: { 'customer-id': 'c1' }, shows: 'Ana Souza' },
  { tag: 'invoice-tab', attributes: { 'customer-id': 'c1' }, shows: 'ANA-1' },
  { tag: 'billing-tab', attributes: { 'customer-id': 'c1' }, shows: 'ANA-1' },
  { tag: 'task-tab', attributes: { 'customer-id': 'c1' }, shows: 'Cobrança Ana' },
  { tag: 'history-timeline', attributes: { 'customer-id': 'c1' }, shows: 'Ligação Ana' },
  { tag: 'score-gauge', attributes: { value: '742' }, shows: '742' },
];

/** Creates the element of `subject`, without provider or structure: those come from a scope. */
function createSubject(subject: (typeof subjects)[number]): HTMLElement {
  const element = document.createElement(subject.tag);
  for (const [name, value] of Object.entries(subject.attributes)) element.setAttribute(name, value);
  return element;
}

/** Gives a `<crm-scope>` the provider, structure and clock of these tests. */
function configureScope(scope: Element): void {
  Object.assign(scope, { provider: provider(), structure, clock });
}

async function expectShows(element: Element, text: string, what: string): Promise<void> {
  await waitUntil(
    () => deepText(element.shadowRoot ?? element).includes(text),
    `${what} did not show "${text}"`,
    {
      timeout: 5000,
    },
  );
}

let uncaught: string[];

function onError(event: ErrorEvent) {
  if (!String(event.message).includes('ResizeObserver loop')) uncaught.push(String(event.message));
}

beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
});

function expectNoUncaughtErrors(): void {
  window.removeEventListener('error', onError);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
}

/** Imports a module URL with a query string, which the browser evaluates as a new module. */
function importCopy(url: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;
}

describeCorpus(
  {
    name: 'hostile-pages',
    title: 'Hostile host pages',
    unit: 'page tests, each over every element',
    checks:
      'elements defined before their `<crm-scope>` still get its context. The entry module ' +
      'and the per-element modules, loaded twice and in any order, raise no ' +
      '`customElements.define` error, and every element still renders its data. Under a ' +
      'page-wide `* { all: unset }` reset, the computed layout inside each element stays as ' +
      'it was. Page rules that hide light DOM children leave the shadow content shown. Every ' +
      "element renders inside another component's shadow root and through its slot. Nothing " +
      'throws uncaught. The strict Content-Security-Policy page has its own section.',
    afterEachTest: expectNoUncaughtErrors,
  },
  'hostile host pages',
  () => {
    describe('registration', () => {
      it('reaches consumers defined before their provider', async function () {
        // Loads every element module for the first time in this page.
        this.timeout(40000);
        // Runs first in this page: the consumers upgrade while <crm-scope> is still undefined.
        const scope = document.createElement('crm-scope');
        const consumers = subjects.map(createSubject);
        scope.append(...consumers);
        document.body.append(scope);
        try {
          for (const subject of subjects) {
            if (subject.tag === 'crm-scope') continue;
            await importCopy(`/src/${subject.tag}/define.ts?before-scope=1`);
          }
          expect(customElements.get('crm-scope'), 'crm-scope defined too early').to.equal(
            undefined,
          );
          await importCopy('/src/crm-scope/define.ts?after-consumers=1');
          configureScope(scope);

          const missing: string[] = [];
          for (const [index, subject] of subjects.entries()) {
            await expectShows(consumers[index], subject.shows, subject.tag).catch(() =>
              missing.push(
                `<${subject.tag}>: ${deepText(consumers[index].shadowRoot!).trim().slice(0, 80)}`,
              ),
            );
          }

          expect(missing, 'elements without data').to.deep.equal([]);
        } finally {
          scope.remove();
        }
      });

      it('loads index and define modules in any order without errors', async () => {
        // A query string makes the browser evaluate the module again, as a second bundle would.
        await importCopy('/src/task-tab/define.ts?first=1');
        await importCopy('/src/customer-list/define.ts?first=1');
        await import('../../src/index.ts');
        await importCopy('/src/index.ts?copy=2');
        await importCopy('/src/crm-scope/define.ts?after=1');
        await importCopy('/src/customer-view360/define.ts?after=1');

        for (const tag of [
          'customer-list',
          'customer-view360',
          'invoice-tab',
          'billing-tab',
          'task-tab',
          'history-timeline',
          'score-gauge',
          'crm-scope',
        ]) {
          expect(customElements.get(tag), tag).to.be.a('function');
        }
        const scope = await fixture(html`<crm-scope></crm-scope>`);
        configureScope(scope);
        for (const subject of subjects) {
          const element = createSubject(subject);
          scope.append(element);
          await expectShows(element, subject.shows, `<${subject.tag}> after loading twice`);
        }
      });

      it('keeps the first class when a second copy registers', async () => {
        const first = customElements.get('task-tab');
        const copy = await importCopy('/src/task-tab/task-tab.ts?copy=3');
        const { defineElement } = await importCopy('/src/core/define.ts?copy=3');

        (defineElement as (name: string, ctor: CustomElementConstructor) => void)(
          'task-tab',
          copy.TaskTab as CustomElementConstructor,
        );

        expect(customElements.get('task-tab')).to.equal(first);
      });
    });

    /** Computed styles inside the view's shadow root that its own layout depends on. */
    function innerLayout(el: Element) {
      const root = el.shadowRoot!;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      return {
        tablistDisplay: style('[role="tablist"]').display,
        gridDisplay: style('[part="grid"]').display,
        gridColumns: style('[part="grid"]').gridTemplateColumns.split(' ').length,
        tabCursor: style('[role="tab"]').cursor,
        linkDisplay: style('a[part="link"]').display,
        dtDisplay: style('dt').display,
        headerDisplay: style('[part="header"]').display,
      };
    }

    /**
     * Layout-relevant computed styles of every element in `root` and in the
     * shadow roots below it, one line per element, in document order. Fonts
     * are left out: the elements inherit the page's font family and size on purpose.
     */
    function layoutSignature(root: ShadowRoot): string[] {
      const lines: string[] = [];
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'style') continue;
        const style = getComputedStyle(element);
        lines.push(
          [
            element.localName,
            element.getAttribute('part') ?? '',
            style.display,
            style.position,
            style.flexDirection,
            style.gridTemplateColumns === 'none' ? 'none' : 'grid',
            style.visibility,
          ].join(' '),
        );
        if (element.shadowRoot) lines.push(...layoutSignature(element.shadowRoot));
      }
      return lines;
    }

    /** Mounts every element in a configured scope and waits until each shows its data. */
    async function renderAll(): Promise<HTMLElement[]> {
      await import('../../src/index.ts');
      const scope = await fixture(html`<crm-scope></crm-scope>`);
      configureScope(scope);
      const elements = subjects.map(createSubject);
      scope.append(...elements);
      for (const [index, subject] of subjects.entries()) {
        await expectShows(elements[index], subject.shows, `<${subject.tag}>`);
      }
      // Lets lazy parts such as the virtualizer and the gauge finish their layout.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return elements;
    }

    async function renderView() {
      await import('../../src/index.ts');
      const el = await fixture(
        html`<customer-view360
          .provider=${provider()}
          .structure=${structure}
          .clock=${clock}
          customer-id="c1"
        ></customer-view360>`,
      );
      await waitUntil(() => deepText(el.shadowRoot!).includes('Ana Souza'), 'view did not load');
      return el;
    }

    const reset = `
    * { all: unset !important; }
    html, body { display: block !important; font: 31px/3 "Comic Sans MS", serif !important; }
    div, section, dl, dt, dd, h1, h2, h3, h4, button, a, ul, li, table, tr, td { display: inline !important; }
    [role], [part] { display: none !important; grid-template-columns: none !important; }
    button { cursor: not-allowed !important; }
  `;

    /** Runs `body` with `css` added to the page, and removes it afterwards. */
    async function withPageStyle<T>(css: string, body: () => Promise<T>): Promise<T> {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      try {
        return await body();
      } finally {
        style.remove();
      }
    }

    describe('hostile page styles', () => {
      it('leaves the view layout intact under a global reset', async () => {
        const plain = innerLayout(await renderView());

        const hostile = innerLayout(await withPageStyle(reset, renderView));

        expect(hostile).to.deep.equal(plain);
        expect(plain.gridColumns).to.equal(3);
      });

      it('leaves every element layout intact under a global reset', async () => {
        const plain = (await renderAll()).map((element) => layoutSignature(element.shadowRoot!));

        const hostile = await withPageStyle(reset, async () =>
          (await renderAll()).map((element) => layoutSignature(element.shadowRoot!)),
        );

        for (const [index, subject] of subjects.entries()) {
          expect(plain[index].length, `<${subject.tag}> renders elements`).to.be.greaterThan(0);
          expect(hostile[index], `<${subject.tag}> layout`).to.deep.equal(plain[index]);
        }
      });

      it('keeps showing data when the page hides light DOM children', async () => {
        const css =
          subjects.map((subject) => `${subject.tag} *`).join(', ') +
          ' { display: none !important; }';

        const elements = await withPageStyle(css, renderAll);

        for (const [index, subject] of subjects.entries()) {
          const first = elements[index].shadowRoot!.querySelector('[part]')!;
          expect(getComputedStyle(first).display, `<${subject.tag}>`).to.not.equal('none');
        }
      });
    });

    class HostileShell extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = `
        <style>:host { display: block } ::slotted(*) { color: red }</style>
        <crm-scope><div class="frame"><slot></slot></div></crm-scope>
      `;
      }
    }
    customElements.define('hostile-shell', HostileShell);

    describe('inside another component', () => {
      it('inherits provider and structure across a shadow root', async () => {
        await import('../../src/index.ts');
        const shell = await fixture<HostileShell>(html`<hostile-shell></hostile-shell>`);
        configureScope(shell.shadowRoot!.querySelector('crm-scope')!);

        for (const subject of subjects) {
          const element = createSubject(subject);
          shell.shadowRoot!.querySelector('.frame')!.append(element);
          await expectShows(element, subject.shows, `<${subject.tag}> in a shadow root`);
        }
      });

      it('inherits through a slot of another component', async () => {
        await import('../../src/index.ts');
        const shell = await fixture<HostileShell>(html`<hostile-shell></hostile-shell>`);
        const elements = subjects.map(createSubject);
        shell.append(...elements);
        configureScope(shell.shadowRoot!.querySelector('crm-scope')!);

        for (const [index, subject] of subjects.entries()) {
          await expectShows(elements[index], subject.shows, `slotted <${subject.tag}>`);
        }
        const view = shell.querySelector('customer-view360')!;
        expect(view.shadowRoot!.querySelector('[role="tab"]')!.textContent!.trim()).to.equal(
          'Cliente',
        );
      });
    });
  },
);
