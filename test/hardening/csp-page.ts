/**
 * Script of csp.html: renders every element over an in-memory provider under
 * the page's strict policy and marks `window.cspReport` ready once each shows
 * its data, or after 15 seconds. Every record carries a markup payload, which
 * must show as text.
 */
import './csp-report.ts';
import '../../src/index.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { configureCache } from '../../src/data-layer/query-client.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';
import { MemoryProvider } from '../helpers/fault-provider.ts';
import { cspExpectedText, cspPayload } from './csp-expected.ts';

const report = window.cspReport!;

const provider = new MemoryProvider({
  customers: [
    {
      id: 'c1',
      name: `Ana ${cspPayload}`,
      document: '52998224725',
      email: 'ana@example.com',
      score: 742,
    },
    { id: 'c2', name: 'Bruno Lima', document: '11144477735', score: 310 },
  ],
  invoices: [
    {
      id: 'i1',
      customerId: 'c1',
      number: `NF-1 ${cspPayload}`,
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
      name: `Cobrança ${cspPayload}`,
      status: 'open',
      dueDate: '2026-12-04',
      assigneeId: 'a1',
      eventOptions: [{ id: 'no-answer', label: 'Não atendeu', requiredFields: [] }],
      template: `Olá {{customer.name}}, ${cspPayload}`,
      script: '',
      fields: [{ path: 'note', label: 'Observação', type: 'text' }],
    },
  ],
  history: [
    {
      id: 'h1',
      customerId: 'c1',
      kind: 'contact',
      title: `Ligação ${cspPayload}`,
      at: '2026-12-03T13:00:00Z',
      status: 'done',
      agentId: 'a1',
    },
  ],
  agents: [{ id: 'a1', name: 'Agente Um' }],
});
configureCache(provider, { retry: 0 });

const scope = document.querySelector('crm-scope')!;
Object.assign(scope, {
  provider,
  structure: { ...defaultStructure, currency: 'BRL', holidays: undefined },
  clock: fixedClock('2026-12-04T15:00:00Z'),
});

/** Text of `root` and of the shadow roots below it. */
function deepText(root: Node): string {
  let text = root instanceof Element && root.shadowRoot ? deepText(root.shadowRoot) : '';
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child.nodeType === Node.ELEMENT_NODE) text += deepText(child);
  }
  return text;
}

const allShown = () =>
  Object.entries(cspExpectedText).every(([tag, text]) =>
    deepText(document.querySelector(tag)!).includes(text),
  );
const started = Date.now();
const poll = setInterval(() => {
  if (allShown() || Date.now() - started > 15000) {
    clearInterval(poll);
    report.ready = true;
  }
}, 20);
