import type { DataProvider } from '../core/provider.ts';

/** Checks whether the customer has an open task, with one `getList('tasks')` call of one small page. */
export async function hasOpenTask(
  provider: DataProvider,
  customerId: string,
  signal: AbortSignal,
): Promise<boolean> {
  const result = await provider.getList('tasks', {
    filter: { customerId, status: 'open' },
    pagination: { page: 1, perPage: 10 },
    signal,
  });
  return result.data.length > 0;
}
