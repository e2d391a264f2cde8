/**
 * Turns react-admin's `ra-data-simple-rest` provider, used unchanged, into a
 * crm-view360 DataProvider. The two share the method shape, so the adapter
 * only fills what react-admin requires and maps the params this server
 * names differently:
 *
 * - a list read without `sort` gets `id` ASC, the server's insertion order;
 * - `history`'s `from` and `to` bounds become `at_gte` and `at_lte`, the
 *   range filters of the server;
 * - `update` gets `previousData` when the element leaves it out.
 *
 * Running a task is `create('task-executions', ...)` and reassigning it is
 * `update('tasks', { id, data: { assigneeId } })`, so both pass through as
 * react-admin's `create` (POST /task-executions) and `update`
 * (PUT /tasks/:id). react-admin's `HttpError` carries `message`, `status`
 * and the JSON body, whose `errors` the task form shows at each field.
 */
import type { DataProvider as ReactAdminProvider, RaRecord } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetListParams } from '../../src/core/provider.ts';

/** Order of list reads that come without one, because react-admin providers expect a sort. */
export const defaultSort = { field: 'id', order: 'ASC' } as const;

/** Renames the filter keys the elements send to the ones the server reads. */
export function toServerFilter(
  resource: string,
  filter: Record<string, unknown> = {},
): Record<string, unknown> {
  if (resource !== 'history') return { ...filter };
  const { from, to, ...rest } = filter;
  const mapped: Record<string, unknown> = { ...rest };
  if (from !== undefined) mapped.at_gte = from;
  if (to !== undefined) mapped.at_lte = to;
  return mapped;
}

/**
 * Wraps a react-admin data provider. `reactAdmin` defaults to
 * `simpleRestProvider(apiUrl)`; pass another one built with your own
 * `httpClient` (authentication headers, for example).
 */
export function fromReactAdmin(reactAdmin: ReactAdminProvider): DataProvider {
  const provider = {
    getList: (resource: string, { pagination, sort, filter, signal }: GetListParams) =>
      reactAdmin.getList(resource, {
        pagination,
        sort: sort ?? defaultSort,
        filter: toServerFilter(resource, filter),
        signal,
      }),
    getOne: (resource: string, { id, signal }: { id: string | number; signal?: AbortSignal }) =>
      reactAdmin.getOne(resource, { id, signal }),
    // ra-data-simple-rest's update and create take no signal, so an aborted
    // write still completes on the server; the elements ignore its result.
    update: (
      resource: string,
      {
        id,
        data,
        previousData,
      }: { id: string | number; data: Partial<RaRecord>; previousData?: RaRecord },
    ) => reactAdmin.update(resource, { id, data, previousData: previousData ?? { id } }),
    create: (resource: string, { data }: { data: Partial<RaRecord> }) =>
      reactAdmin.create(resource, { data }),
  };
  // react-admin's methods are generic over RaRecord (which needs an `id`) and
  // crm-view360's over any record; both resolve to the same `{ data }` shapes.
  return provider as unknown as DataProvider;
}

/** Creates the crm-view360 provider for the REST server at `apiUrl`, such as `/api`. */
export function createRestAdapter(apiUrl: string): DataProvider {
  return fromReactAdmin(simpleRestProvider(apiUrl));
}
