import type { DataProvider, GetListResult } from '../core/provider.ts';
import type { Customer, Task } from '../core/records.ts';
import type { ProviderRead } from '../data-layer/provider-query.ts';

/** The customer record, as `getOne('customers')` resolves it. */
export type CustomerAnswer = { data: Customer | null | undefined };

/** One page of the customer's open tasks. */
export type OpenTaskPage = GetListResult<Partial<Task>>;

/** Reads one customer record through the shared cache. */
export function customerRead(
  provider: DataProvider,
  customerId: string,
): ProviderRead<CustomerAnswer> {
  return { provider, resource: 'customers', method: 'getOne', params: { id: customerId } };
}

/**
 * Reads the customer's open tasks with the params of the task tab's own task
 * read, so that while both are shown they share one cached request.
 */
export function openTasksRead(
  provider: DataProvider,
  customerId: string,
): ProviderRead<OpenTaskPage> {
  return {
    provider,
    resource: 'tasks',
    method: 'getList',
    params: {
      filter: { customerId, status: 'open' },
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'dueDate', order: 'ASC' },
    },
  };
}

/**
 * Returns true when the page contains an open task. Checking each status also
 * covers a provider that ignores the status filter.
 */
export function hasOpenTask(page: OpenTaskPage): boolean {
  return page.data.some((task) => task.status === 'open');
}
