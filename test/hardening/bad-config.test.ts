import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { configureCache } from '../../src/data-layer/query-client.ts';
import { MemoryProvider, withFaults } from '../helpers/fault-provider.ts';
import { deepText } from '../helpers/xss-corpus.ts';
import { describeCorpus } from './reliability.ts';

const clock = fixedClock('2026-12-04T15:00:00Z');

const validStructure = {
  version: 1,
  locale: 'pt-BR',
  currency: 'BRL',
  timeZone: 'America/Sao_Paulo',
  list: { columns: [{ path: 'name', label: 'Nome', format: 'text' }] },
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

interface BadStructure {
  id: string;
  /** JSON text set as the `structure` attribute, or a value set as the property. */
  attribute?: string;
  value?: unknown;
  /** A JSON path the error must name. */
  path: string;
}

let corpus: BadStructure[];

const tags = [
  'customer-list',
  'customer-view360',
  'invoice-tab',
  'billing-tab',
  'task-tab',
  'history-timeline',
  'crm-scope',
];

interface CrmErrorDetail {
  kind: string;
  issues?: { path: string; message: string }[];
}

let uncaught: string[];

function onError(event: ErrorEvent) {
  if (!String(event.message).includes('ResizeObserver loop')) uncaught.push(String(event.message));
}

function onRejection(event: PromiseRejectionEvent) {
  uncaught.push(`unhandled rejection: ${String(event.reason?.message ?? event.reason)}`);
  event.preventDefault();
}

before(async () => {
  const response = await fetch('/test/hardening/corpora/bad-structures.json');
  corpus = ((await response.json()) as { structures: BadStructure[] }).structures;
});

beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

async function expectNoUncaughtErrors(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
}

function provider(delayMs = 0) {
  const data = {
    customers: [{ id: 'c1', name: 'Ana Souza' }],
    invoices: [],
    tasks: [],
    agents: [],
    history: [],
  };
  const faulty = withFaults(new MemoryProvider(data), { delayMs });
  configureCache(faulty, { retry: 0 });
  return faulty;
}

/** Mounts `tag` inside a container that records `crm-error` events, with `configure` run before attaching. */
async function mount(tag: string, configure: (el: HTMLElement & Record<string, unknown>) => void) {
  const events: CrmErrorDetail[] = [];
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.addEventListener('crm-error', (event) => {
    events.push((event as CustomEvent<CrmErrorDetail>).detail);
  });
  const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
  el.provider = provider();
  el.clock = clock;
  el.setAttribute('customer-id', 'c1');
  configure(el);
  container.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, events };
}

/** JSON paths shown in the structure error panel. */
function shownPaths(el: HTMLElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="alert"] code')].map(
    (code) => code.textContent!,
  );
}

function expectStructureError(
  el: HTMLElement,
  events: CrmErrorDetail[],
  path: string,
  what: string,
): void {
  const structureEvents = events.filter((event) => event.kind === 'structure');
  expect(structureEvents.length, `${what}: crm-error fired`).to.be.greaterThan(0);
  for (const issue of structureEvents.flatMap((event) => event.issues ?? [])) {
    expect(issue.path, `${what}: issue path`).to.match(/^\$/);
  }
  const issuePaths = structureEvents.flatMap((event) =>
    (event.issues ?? []).map((issue) => issue.path),
  );
  expect(issuePaths, `${what}: crm-error names the path`).to.include(path);
  expect(shownPaths(el), `${what}: the error panel names the path`).to.include(path);
}

describeCorpus(
  {
    name: 'bad-structures',
    title: 'Invalid data structures',
    size: () => corpus.length,
    unit: 'structures, at least one for each rule of the structure schema',
    source: 'test/hardening/corpora/bad-structures.json',
    checks:
      'each element (`<customer-list>`, `<customer-view360>`, `<invoice-tab>`, `<billing-tab>`, ' +
      '`<task-tab>`, `<history-timeline>`, `<crm-scope>`) gets every structure, as the property ' +
      '(objects, JSON text, `null`, other values) or as the `structure` attribute. It shows the ' +
      'expected JSON path in its error panel and in a `crm-error` event, and throws nothing. ' +
      'Each element also accepts valid attribute text, recovers when a bad structure is ' +
      'replaced, and when the structure changes while a request is in flight.',
    afterEachTest: expectNoUncaughtErrors,
  },
  'bad structures',
  () => {
    it('corpus names a path for each entry', () => {
      expect(corpus.length).to.be.at.least(10);
      expect(new Set(corpus.map((entry) => entry.id)).size, 'unique ids').to.equal(corpus.length);
      for (const entry of corpus) expect(entry.path, entry.id).to.match(/^\$/);
    });

    for (const tag of tags) {
      describe(`<${tag}>`, () => {
        it('shows and fires the path of every bad structure', async () => {
          for (const entry of corpus) {
            const { el, events } = await mount(tag, (element) => {
              if (entry.attribute !== undefined) element.setAttribute('structure', entry.attribute);
              else element.structure = entry.value;
            });
            expectStructureError(el, events, entry.path, entry.id);
            el.remove();
          }
        });

        it('accepts a valid structure as attribute text', async () => {
          const { el, events } = await mount(tag, (element) => {
            element.setAttribute('structure', JSON.stringify(validStructure));
          });

          expect(events).to.deep.equal([]);
          expect(shownPaths(el)).to.deep.equal([]);
        });

        it('recovers when a bad structure is replaced', async () => {
          const { el, events } = await mount(tag, (element) => {
            element.structure = '[object Object]';
          });
          expectStructureError(el, events, '$', 'text');

          el.structure = validStructure;
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

          expect(shownPaths(el)).to.deep.equal([]);
        });

        it('survives a structure change while a request is in flight', async () => {
          const { el, events } = await mount(tag, (element) => {
            element.provider = provider(300);
            element.structure = validStructure;
          });

          el.structure = { ...validStructure, currency: 'reais' };
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          expectStructureError(el, events, '$.currency', 'in flight');
          await new Promise((resolve) => setTimeout(resolve, 400));
          el.structure = validStructure;
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

          expect(shownPaths(el)).to.deep.equal([]);
          if (tag === 'customer-list' || tag === 'customer-view360') {
            await waitUntil(
              () => deepText(el.shadowRoot!).includes('Ana Souza'),
              'data did not show',
              {
                timeout: 4000,
              },
            );
          }
        });
      });
    }
  },
);
