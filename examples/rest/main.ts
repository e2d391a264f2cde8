/**
 * The REST example's page: the elements over the SQLite server, through
 * ra-data-simple-rest and the adapter. The server's address is the `api`
 * query parameter (`?api=http://127.0.0.1:8788`), else `/api`, which the
 * Vite dev server forwards to the server.
 */
// Registers the elements one module each, which leaves the embedded provider
// and its clients.csv out of the build. An application imports
// 'crm-view360/crm-scope.js' and so on, or 'crm-view360' for all of them.
import '../../src/crm-scope/define.ts';
import '../../src/customer-list/define.ts';
import '../../src/customer-view360/define.ts';
import '../../src/invoice-tab/define.ts';
import '../../src/billing-tab/define.ts';
import '../../src/task-tab/define.ts';
import '../../src/history-timeline/define.ts';
import '../../src/score-gauge/define.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';
import type { CrmScope } from '../../src/crm-scope/define.ts';
import type { CustomerList } from '../../src/customer-list/define.ts';
import type { CustomerView360 } from '../../src/customer-view360/define.ts';
import { createRestAdapter } from './adapter.ts';

/** Returns the API address from `?api=`, or `/api` when absent. Throws for a URL that is not http(s). */
function apiUrlOf(search: string): string {
  const requested = new URLSearchParams(search).get('api');
  if (requested === null) return '/api';
  const url = new URL(requested, location.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Invalid api parameter ${requested}: expected an http or https URL`);
  }
  // ra-data-simple-rest appends `/customers`, so a trailing slash would double it.
  return url.href.replace(/\/+$/, '');
}

const scope = document.querySelector<CrmScope>('crm-scope')!;
const list = document.querySelector<CustomerList>('customer-list')!;
const view = document.querySelector<CustomerView360>('customer-view360')!;
const status = document.querySelector<HTMLElement>('#status')!;

list.addEventListener('customer-select', (event) => {
  const { id, customer } = event.detail;
  view.customerId = String(id);
  status.textContent = `Cliente selecionado: ${customer.name}`;
});
view.addEventListener('tab-change', (event) => {
  status.textContent = `Aba: ${event.detail.tab}`;
});
view.addEventListener('task-executed', (event) => {
  status.textContent = `Tarefa ${String(event.detail.taskId)} executada: ${event.detail.outcome}`;
});

try {
  const apiUrl = apiUrlOf(location.search);
  scope.provider = createRestAdapter(apiUrl);
  scope.structure = defaultStructure;
  document.querySelector('#api')!.textContent = `API: ${apiUrl}`;
  status.textContent = 'Selecione um cliente na lista.';
} catch (error) {
  status.textContent = `O servidor não está configurado: ${(error as Error).message}`;
}
