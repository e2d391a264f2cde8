/**
 * Script of csp.html: renders the elements over an in-memory provider under
 * the page's strict policy and marks `window.cspReport` ready once they show
 * their data, or after 15 seconds.
 */
import './csp-report.ts';
import '../../src/index.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { configureCache } from '../../src/data-layer/query-client.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';
import { MemoryProvider } from '../helpers/fault-provider.ts';

const report = window.cspReport!;

const payload = '<img src=x onerror=window.__xss=1>';
const provider = new MemoryProvider({
  customers: [
    { id: 'c1', name: `Ana ${payload}`, document: '52998224725', email: 'ana@example.com', score: 742 },
    { id: 'c2', name: 'Bruno Lima', document: '11144477735', score: 310 },
  ],
  tasks: [],
  invoices: [],
  history: [],
  agents: [],
});
configureCache(provider, { retry: 0 });

const scope = document.querySelector('crm-scope')!;
Object.assign(scope, {
  provider,
  structure: { ...defaultStructure, holidays: undefined },
  clock: fixedClock('2026-12-04T15:00:00Z'),
});

const view = document.querySelector('customer-view360')!;
const list = document.querySelector('customer-list')!;
const shows = (element: Element, text: string) => element.shadowRoot?.textContent?.includes(text);
const started = Date.now();
const poll = setInterval(() => {
  if ((shows(view, payload) && shows(list, 'Bruno Lima')) || Date.now() - started > 15000) {
    clearInterval(poll);
    report.ready = true;
  }
}, 20);
