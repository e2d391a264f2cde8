/**
 * The provider reads of `<task-tab>`, described for the shared query cache.
 * Each uses the key other elements use for the same data, so an open
 * `<customer-view360>`, `<invoice-tab>` or `<history-timeline>` shares one
 * request and one cached response with the task tab.
 * NOTE: the open-task and agent params are copies of `<customer-view360>`'s
 * and `<history-timeline>`'s; test/task-tab-cache.test.ts fails when they drift.
 */
import type { DataProvider, GetListResult } from '../core/provider.ts';
import type { Invoice } from '../core/records.ts';
import type { ProviderRead } from '../data-layer/provider-query.ts';
import { allInvoicesRead } from '../invoices/reads.ts';

/** Upper bound of the open-task read; a customer rarely has more than a few open tasks. */
export const taskPageSize = 50;

/** Upper bound of the agent read, which fills the assignee picker. */
export const agentPageSize = 500;

/** A page of records as the provider resolved it, before schema validation. */
export type UncheckedPage = GetListResult<unknown>;

/** A `getOne` response as the provider resolved it, before schema validation. */
export type UncheckedRecord = { data: unknown };

/**
 * Reads the customer's open tasks, earliest due date first. `<customer-view360>`
 * reads the same key to decide whether to show the task tab.
 */
export function openTasksRead(
  provider: DataProvider,
  customerId: string,
): ProviderRead<UncheckedPage> {
  return {
    provider,
    resource: 'tasks',
    method: 'getList',
    params: {
      filter: { customerId, status: 'open' },
      pagination: { page: 1, perPage: taskPageSize },
      sort: { field: 'dueDate', order: 'ASC' },
    },
  };
}

/** Reads one customer record, for the placeholders of the message and script. */
export function customerRead(
  provider: DataProvider,
  customerId: string,
): ProviderRead<UncheckedRecord> {
  return { provider, resource: 'customers', method: 'getOne', params: { id: customerId } };
}

/**
 * Reads every invoice of the customer, all pages, for `{{invoice.total}}` and
 * the amount limit of a promise to pay. It is `<invoice-tab>`'s read of the
 * same data, so both share one load.
 */
export function customerInvoicesRead(
  provider: DataProvider,
  customerId: string,
): ProviderRead<Invoice[]> {
  return allInvoicesRead(provider, customerId);
}

/** Reads the agents by name, with the params `<history-timeline>` uses for its agent names. */
export function agentsRead(provider: DataProvider): ProviderRead<UncheckedPage> {
  return {
    provider,
    resource: 'agents',
    method: 'getList',
    params: {
      pagination: { page: 1, perPage: agentPageSize },
      sort: { field: 'name', order: 'ASC' },
    },
  };
}
