import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { configureCache } from '../../src/data-layer/query-client.ts';
import type { DataProvider } from '../../src/core/provider.ts';
import {
  MemoryProvider,
  withFaults,
  type FaultOptions,
  type FaultyProvider,
  type MalformedKind,
  type MemoryData,
} from '../helpers/fault-provider.ts';
import { deepText } from '../helpers/xss-corpus.ts';
import { describeCorpus } from './reliability.ts';

const clock = fixedClock('2026-12-04T15:00:00Z');

/** No `holidays`, so the tests depend on the provider only. */
const structure = {
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
    { id: 'invoices', kind: 'invoice', label: 'Faturas' },
    { id: 'tasks', kind: 'task', label: 'Tarefa' },
  ],
};

function task(customerId: string, name: string) {
  return {
    id: `t-${customerId}`,
    customerId,
    name,
    status: 'open',
    dueDate: '2026-12-04',
    assigneeId: 'a1',
    eventOptions: [{ id: 'no-answer', label: 'Não atendeu', requiredFields: [] }],
    template: 'Olá {{customer.name}}',
    script: '',
    fields: [{ path: 'note', label: 'Observação', type: 'text' }],
  };
}

function invoice(customerId: string, number: string) {
  return {
    id: `i-${number}`,
    customerId,
    number,
    issueDate: '2026-10-01',
    dueDate: '2026-11-10',
    amount: '250.00',
    paidAmount: '0',
    currency: 'BRL',
  };
}

function historyEvent(customerId: string, title: string) {
  return {
    id: `h-${title}`,
    customerId,
    kind: 'contact',
    title,
    at: '2026-12-03T13:00:00Z',
    status: 'done',
    agentId: 'a1',
  };
}

/** Two customers whose records carry their name in every element's text. */
function dataset(): MemoryData {
  return {
    customers: [
      { id: 'c1', name: 'Ana Souza' },
      { id: 'c2', name: 'Bruno Lima' },
    ],
    invoices: [invoice('c1', 'ANA-1'), invoice('c1', 'ANA-2'), invoice('c2', 'BRUNO-1')],
    tasks: [task('c1', 'Cobrança Ana'), task('c2', 'Cobrança Bruno')],
    agents: [{ id: 'a1', name: 'Agente Um' }],
    history: [historyEvent('c1', 'Ligação Ana'), historyEvent('c2', 'Ligação Bruno')],
  };
}

interface Subject {
  tag: string;
  render: (provider: DataProvider, customerId: string) => TemplateResult;
  /** Text that shows once the element has rendered customer c1 or c2. */
  shows: Record<'c1' | 'c2', string>;
}

const subjects: Subject[] = [
  {
    tag: 'customer-list',
    render: (provider) =>
      html`<customer-list
        .provider=${provider}
        .structure=${structure}
        .clock=${clock}
      ></customer-list>`,
    shows: { c1: 'Ana Souza', c2: 'Bruno Lima' },
  },
  {
    tag: 'customer-view360',
    render: (provider, id) =>
      html`<customer-view360
        .provider=${provider}
        .structure=${structure}
        .clock=${clock}
        customer-id=${id}
      ></customer-view360>`,
    shows: { c1: 'Ana Souza', c2: 'Bruno Lima' },
  },
  {
    tag: 'invoice-tab',
    render: (provider, id) =>
      html`<invoice-tab
        .provider=${provider}
        .structure=${structure}
        .clock=${clock}
        customer-id=${id}
      ></invoice-tab>`,
    shows: { c1: 'ANA-2', c2: 'BRUNO-1' },
  },
  {
    tag: 'billing-tab',
    render: (provider, id) =>
      html`<billing-tab
        .provider=${provider}
        .structure=${structure}
        .clock=${clock}
        customer-id=${id}
      ></billing-tab>`,
    shows: { c1: 'ANA-2', c2: 'BRUNO-1' },
  },
  {
    tag: 'task-tab',
    render: (provider, id) =>
      html`<task-tab
        .provider=${provider}
        .structure=${structure}
        .clock=${clock}
        customer-id=${id}
      ></task-tab>`,
    shows: { c1: 'Cobrança Ana', c2: 'Cobrança Bruno' },
  },
  {
    tag: 'history-timeline',
    render: (provider, id) =>
      html`<history-timeline
        .provider=${provider}
        .structure=${structure}
        .clock=${clock}
        customer-id=${id}
      ></history-timeline>`,
    shows: { c1: 'Ligação Ana', c2: 'Ligação Bruno' },
  },
];

function faulty(faults: FaultOptions): FaultyProvider {
  const provider = withFaults(new MemoryProvider(dataset()), faults);
  configureCache(provider, { retry: 0 });
  return provider;
}

const textOf = (el: Element) => deepText(el.shadowRoot!);

/** Checks `el`'s text on every animation frame for `ms` and returns whether `text` ever showed. */
function everShows(el: Element, text: string, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  return new Promise((resolve) => {
    const check = () => {
      if (textOf(el).includes(text)) resolve(true);
      else if (performance.now() >= end) resolve(false);
      else requestAnimationFrame(check);
    };
    check();
  });
}

/** Alerts in `el`'s shadow root and in nested elements' shadow roots. */
function alerts(root: ShadowRoot): Element[] {
  const found = [...root.querySelectorAll('[role="alert"]')];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...alerts(element.shadowRoot));
  }
  return found;
}

/** True while any loading indicator shows in `root` or below it. */
function isLoading(root: ShadowRoot): boolean {
  if (root.querySelector('[part~="loading"]')) return true;
  return [...root.querySelectorAll('*')].some(
    (element) => element.shadowRoot !== null && isLoading(element.shadowRoot),
  );
}

/**
 * True when a warning names a record it skipped: by id, or for a record
 * without one by the words "missing id" or "without an id".
 */
function namesBadRecord(warning: string, kind: MalformedKind, ids: string[]): boolean {
  if (kind === 'missing-ids') return /(missing|without an?|no) id/i.test(warning);
  return ids.some((id) => warning.includes(id));
}

function retryButtons(root: ShadowRoot): HTMLButtonElement[] {
  return alerts(root).flatMap((alert) => [...alert.querySelectorAll<HTMLButtonElement>('button')]);
}

function retryButton(root: ShadowRoot): HTMLButtonElement | undefined {
  return retryButtons(root)[0];
}

/** An element whose customer a test switches, as a host app would. */
type SwitchableElement = HTMLElement & { customerId?: string; updateComplete: Promise<boolean> };

let uncaught: string[];
let warnings: string[];
const originalWarn = console.warn;

function onError(event: ErrorEvent) {
  if (!String(event.message).includes('ResizeObserver loop')) uncaught.push(String(event.message));
}

function onRejection(event: PromiseRejectionEvent) {
  uncaught.push(`unhandled rejection: ${String(event.reason?.message ?? event.reason)}`);
  event.preventDefault();
}

beforeEach(() => {
  uncaught = [];
  warnings = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
});

async function expectNoUncaughtErrors(): Promise<void> {
  // Lets late rejections of aborted or failed reads surface before checking.
  await new Promise((resolve) => setTimeout(resolve, 50));
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  console.warn = originalWarn;
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
}

const failures: Array<[string, FaultOptions]> = [
  ['reject', { reject: true }],
  ['timeout', { timeoutMs: 50 }],
  ['throwSync', { throwSync: true }],
];

describeCorpus(
  {
    name: 'provider-faults',
    title: 'Provider faults',
    unit: 'tests, each of one element under one fault',
    source: 'test/helpers/fault-provider.ts',
    checks:
      'each data element (`<customer-list>`, `<customer-view360>`, `<invoice-tab>`, ' +
      '`<billing-tab>`, `<task-tab>`, `<history-timeline>`) runs over a provider that rejects, ' +
      'times out, throws synchronously, is slow, answers out of order, or returns records with ' +
      'wrong types, missing ids or duplicate ids. It shows an alert with a retry button that ' +
      'recovers, or skips the bad record with a warning that names it. It never shows the ' +
      'earlier customer under a new selection, a late search answer never replaces a newer ' +
      'one, a task keeps the entered values after a rejected run, and nothing throws uncaught.',
    afterEachTest: expectNoUncaughtErrors,
  },
  'provider faults',
  () => {
    for (const subject of subjects) {
      describe(`<${subject.tag}> under provider faults`, () => {
        for (const [name, faults] of failures) {
          it(`shows an alert with retry on ${name}`, async () => {
            const provider = faulty(faults);

            const el = await fixture(subject.render(provider, 'c1'));
            await waitUntil(
              () => retryButton(el.shadowRoot!),
              `no alert with a retry button on ${name}`,
              {
                timeout: 4000,
              },
            );
            provider.faults = {};
            // A user clicks every retry button the failure left on screen.
            for (const button of retryButtons(el.shadowRoot!)) button.click();

            await waitUntil(
              () => textOf(el).includes(subject.shows.c1),
              'retry did not show the data',
              {
                timeout: 4000,
              },
            ).catch((error: Error) => {
              throw new Error(
                `${error.message}; shown: ${textOf(el).replace(/\s+/g, ' ').slice(0, 300)}`,
              );
            });
          });
        }

        for (const kind of ['wrong-types', 'missing-ids', 'duplicate-ids'] as MalformedKind[]) {
          it(`handles ${kind} records`, async () => {
            const provider = faulty({ malformed: kind });

            const el = await fixture(subject.render(provider, 'c1'));
            await waitUntil(() => !isLoading(el.shadowRoot!), `${kind}: still loading`, {
              timeout: 4000,
            });
            await new Promise((resolve) => setTimeout(resolve, 200));

            const text = textOf(el);
            expect(text, 'shows "undefined", "null" or "NaN"').to.not.match(
              /\b(undefined|NaN|null)\b/,
            );
            expect(text).to.not.include('[object Object]');
            if (alerts(el.shadowRoot!).length > 0) {
              expect(retryButton(el.shadowRoot!), 'alert without a retry button').to.not.equal(
                undefined,
              );
              return;
            }
            if (provider.corruptions.length === 0) {
              expect(text, 'no bad record reached the element, so its data shows').to.include(
                subject.shows.c1,
              );
              return;
            }
            // The element kept going: it must have skipped the bad record and named it in a warning.
            const ids = provider.corruptions.flatMap((corruption) => corruption.ids);
            const named = warnings.some((warning) => namesBadRecord(warning, kind, ids));
            const shown = text.replace(/\s+/g, ' ').slice(0, 200);
            expect(
              named,
              `no warning naming ${JSON.stringify(provider.corruptions)}; ` +
                `warnings: ${JSON.stringify(warnings)}; shown: ${shown}`,
            ).to.equal(true);
          });
        }

        if (subject.tag !== 'customer-list') {
          it('never shows a slow earlier customer after a switch', async () => {
            const provider = faulty({
              delayMs: (call) => (JSON.stringify(call.params).includes('"c1"') ? 400 : 0),
            });
            const el = await fixture<SwitchableElement>(subject.render(provider, 'c1'));

            el.customerId = 'c2';
            await waitUntil(() => textOf(el).includes(subject.shows.c2), 'c2 never showed', {
              timeout: 4000,
            });
            const flashed = await everShows(el, subject.shows.c1, 600);

            expect(flashed, 'showed the earlier customer after the switch').to.equal(false);
            expect(textOf(el)).to.include(subject.shows.c2);
          });

          it('hides the earlier customer while the next loads', async () => {
            const provider = faulty({
              delayMs: (call) => (JSON.stringify(call.params).includes('"c2"') ? 400 : 0),
            });
            const el = await fixture<SwitchableElement>(subject.render(provider, 'c1'));
            await waitUntil(() => textOf(el).includes(subject.shows.c1), 'c1 never showed', {
              timeout: 4000,
            });

            el.customerId = 'c2';
            await el.updateComplete;

            expect(textOf(el), 'the earlier customer under the new selection').to.not.include(
              subject.shows.c1,
            );
            await waitUntil(() => textOf(el).includes(subject.shows.c2), 'c2 never showed', {
              timeout: 4000,
            });
          });

          it('never shows the earlier customer out of order', async () => {
            const provider = faulty({ outOfOrder: true });
            const el = await fixture<SwitchableElement>(subject.render(provider, 'c1'));

            el.customerId = 'c2';
            await el.updateComplete;
            el.customerId = 'c1';
            await el.updateComplete;
            el.customerId = 'c2';
            await waitUntil(() => textOf(el).includes(subject.shows.c2), 'c2 never showed', {
              timeout: 4000,
            });
            const flashed = await everShows(el, subject.shows.c1, 500);

            expect(flashed, 'showed the earlier customer after the switch').to.equal(false);
            expect(textOf(el)).to.include(subject.shows.c2);
          });
        }
      });
    }

    describe('<customer-list> search under faults', () => {
      it('never shows an earlier search answered late', async () => {
        const provider = faulty({
          delayMs: (call) => (JSON.stringify(call.params).toLowerCase().includes('ana') ? 400 : 0),
        });
        const el = await fixture<HTMLElement & { search?: string }>(
          subjects[0].render(provider, 'c1'),
        );
        await waitUntil(() => textOf(el).includes('Bruno Lima'), 'list never loaded', {
          timeout: 4000,
        });

        el.search = 'Ana';
        await new Promise((resolve) => setTimeout(resolve, 350));
        el.search = 'Bruno';
        await waitUntil(() => !textOf(el).includes('Ana Souza'), 'Ana stayed', { timeout: 4000 });
        await new Promise((resolve) => setTimeout(resolve, 600));

        expect(textOf(el)).to.include('Bruno Lima');
        expect(textOf(el)).to.not.include('Ana Souza');
      });
    });

    describe('<task-tab> failed submit', () => {
      it('keeps the entered values after a rejected run', async () => {
        const provider = faulty({
          reject: true,
          only: (call) => call.method === 'create',
        });
        const el = await fixture(subjects[4].render(provider, 'c1'));
        await waitUntil(() => textOf(el).includes('Cobrança Ana'), 'task never loaded', {
          timeout: 4000,
        });
        const root = el.shadowRoot!;
        const note = root.querySelector<HTMLInputElement>('[data-path="note"] input')!;
        const outcome = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
          (input) => input.closest('label')?.textContent?.includes('Não atendeu'),
        )!;

        outcome.click();
        note.focus();
        note.value = 'Cliente pediu retorno amanhã';
        note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await waitUntil(() => alerts(root).length > 0, 'no alert after the failed run', {
          timeout: 4000,
        });

        expect(provider.calls.filter((call) => call.method === 'create')).to.have.length(1);
        expect(root.querySelector<HTMLInputElement>('[data-path="note"] input')!.value).to.equal(
          'Cliente pediu retorno amanhã',
        );
        expect(
          [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
            .find((input) => input.checked)
            ?.closest('label')?.textContent,
        ).to.include('Não atendeu');
      });
    });
  },
);
