import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fixedClock } from '../../src/core/clock.ts';
import { configureCache } from '../../src/data-layer/query-client.ts';
import { MemoryProvider } from '../helpers/fault-provider.ts';
import { deepText } from '../helpers/xss-corpus.ts';

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
    { id: 'history', kind: 'history', label: 'Histórico' },
  ],
};

function provider() {
  const memory = new MemoryProvider({
    customers: [{ id: 'c1', name: 'Ana Souza', email: 'ana@example.com', city: 'Santos' }],
    tasks: [],
  });
  configureCache(memory, { retry: 0 });
  return memory;
}

let uncaught: string[];

function onError(event: ErrorEvent) {
  if (!String(event.message).includes('ResizeObserver loop')) uncaught.push(String(event.message));
}

beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
});

afterEach(() => {
  window.removeEventListener('error', onError);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
});

/** Imports a module URL with a query string, which the browser evaluates as a new module. */
function importCopy(url: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;
}

describe('registration', () => {
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

async function renderView() {
  await import('../../src/index.ts');
  const el = await fixture(html`<customer-view360
    .provider=${provider()}
    .structure=${structure}
    .clock=${clock}
    customer-id="c1"
  ></customer-view360>`);
  await waitUntil(() => deepText(el.shadowRoot!).includes('Ana Souza'), 'view did not load');
  return el;
}

describe('hostile page styles', () => {
  const reset = `
    * { all: unset !important; }
    html, body { display: block !important; font: 31px/3 "Comic Sans MS", serif !important; }
    div, section, dl, dt, dd, h1, h2, h3, h4, button, a, ul, li { display: inline !important; }
    [role], [part] { display: none !important; grid-template-columns: none !important; }
    button { cursor: not-allowed !important; }
  `;

  it('leaves the inner layout intact under a global reset', async () => {
    const plain = innerLayout(await renderView());
    const style = document.createElement('style');
    style.textContent = reset;
    document.head.append(style);

    try {
      const hostile = innerLayout(await renderView());
      expect(hostile).to.deep.equal(plain);
      expect(plain.gridColumns).to.equal(3);
    } finally {
      style.remove();
    }
  });

  it('keeps showing data when the page hides light DOM children', async () => {
    const style = document.createElement('style');
    style.textContent = 'customer-view360 * { display: none !important; }';
    document.head.append(style);

    try {
      const el = await renderView();
      const title = el.shadowRoot!.querySelector('[part="title"]')!;
      expect(getComputedStyle(title).display).to.not.equal('none');
    } finally {
      style.remove();
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
    const scope = shell.shadowRoot!.querySelector('crm-scope') as unknown as HTMLElement & Record<string, unknown>;
    scope.provider = provider();
    scope.structure = structure;
    scope.clock = clock;
    const view = document.createElement('customer-view360');
    view.setAttribute('customer-id', 'c1');
    shell.shadowRoot!.querySelector('.frame')!.append(view);

    await waitUntil(() => deepText(view.shadowRoot!).includes('Ana Souza'), 'nested view did not load');
  });

  it('inherits through a slot of another component', async () => {
    await import('../../src/index.ts');
    const shell = await fixture<HostileShell>(html`<hostile-shell>
      <customer-view360 customer-id="c1"></customer-view360>
    </hostile-shell>`);
    const scope = shell.shadowRoot!.querySelector('crm-scope') as unknown as HTMLElement & Record<string, unknown>;
    scope.provider = provider();
    scope.structure = structure;
    scope.clock = clock;
    const view = shell.querySelector('customer-view360')!;

    await waitUntil(() => deepText(view.shadowRoot!).includes('Ana Souza'), 'slotted view did not load');
    expect(view.shadowRoot!.querySelector('[role="tab"]')!.textContent!.trim()).to.equal('Cliente');
  });
});
