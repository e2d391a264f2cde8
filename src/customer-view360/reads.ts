import { ProviderError, type DataProvider, type GetListResult } from '../core/provider.ts';
import { issueText } from '../core/i18n-validation.ts';
import { customerSchema, type Customer, type Task } from '../core/records.ts';
import type { ProviderRead } from '../data-layer/provider-query.ts';

/** The customer record, as `getOne('customers')` resolves it. */
export type CustomerAnswer = { data: Customer | null | undefined };

/** One page of the customer's open tasks. */
export type OpenTaskPage = GetListResult<Partial<Task>>;

/**
 * Reads one customer record through the shared cache. A record that is not a
 * customer (no id, a name that is not text) rejects with a message naming the
 * record and the problem, because the view cannot skip its only record.
 */
export function customerRead(
  provider: DataProvider,
  customerId: string,
): ProviderRead<CustomerAnswer> {
  const params = { id: customerId };
  return {
    provider,
    resource: 'customers',
    method: 'getOne',
    params,
    fetch: async (signal) => {
      const answer = await provider.getOne<Customer>('customers', { ...params, signal });
      if (answer?.data === null || answer?.data === undefined) return answer;
      const result = customerSchema.safeParse(answer.data);
      if (result.success) return answer;
      const issue = result.error.issues[0];
      const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
      throw new ProviderError(
        `Invalid customer record "${customerId}": ${issueText(issue)}${where}`,
        422,
      );
    },
  };
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
  return page.data.some((task) => task.status === 'open' && hasId(task));
}

function hasId(task: Partial<Task>): boolean {
  if (typeof task.id === 'string' || typeof task.id === 'number') return true;
  console.warn(
    'customer-view360: skipped tasks record (missing id) when checking for an open task',
  );
  return false;
}
