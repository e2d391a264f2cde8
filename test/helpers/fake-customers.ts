import type { DataProvider, GetListParams, GetListResult } from '../../src/core/provider.ts';
import type { Customer } from '../../src/core/records.ts';

const firstNames = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elisa', 'Fábio', 'Gabriela', 'Heitor'];
const lastNames = ['Almeida', 'Barbosa', 'Costa', 'Dias', 'Esteves', 'Ferraz'];

/** `count` customers with distinct names, scores that differ from id order, and a status enum. */
export function makeCustomers(count: number): Customer[] {
  return Array.from({ length: count }, (_, index) => {
    const id = index + 1;
    const first = firstNames[index % firstNames.length];
    const last = lastNames[Math.floor(index / firstNames.length) % lastNames.length];
    return {
      id: String(id),
      name: `${first} ${last} ${id}`,
      document: String(10000000000 + id * 7919).slice(0, 11),
      score: (id * 379) % 1001,
      balance: id * 100.5,
      status: id % 3 === 0 ? 'late' : 'current',
    };
  });
}

export interface FakeProviderOptions {
  /** How the page is described: `total` counts, `pageInfo` only reports whether more follow. */
  paging?: 'total' | 'pageInfo';
  /** Resolves each `getList` only when the returned promise of this hook resolves. */
  gate?: (params: GetListParams) => Promise<void>;
}

/** A `DataProvider` over an in-memory customer array that records every `getList` call. */
export interface FakeCustomerProvider extends DataProvider {
  readonly calls: GetListParams[];
}

/**
 * Filters (`q` matches the name, case-insensitive), sorts and pages the given
 * customers the way a react-admin backend would. Other resources are empty.
 */
export function fakeCustomerProvider(
  customers: Customer[],
  options: FakeProviderOptions = {},
): FakeCustomerProvider {
  const calls: GetListParams[] = [];
  const provider = {
    calls,
    async getList(resource: string, params: GetListParams) {
      calls.push(params);
      await options.gate?.(params);
      if (resource !== 'customers') return { data: [], total: 0 };
      return pageOf(customers, params, options.paging ?? 'total');
    },
    async getOne(_resource: string, params: { id: unknown }) {
      const found = customers.find((customer) => String(customer.id) === String(params.id));
      if (!found) throw new Error(`customer ${String(params.id)} not found`);
      return { data: found };
    },
    async update() {
      throw new Error('update is not supported by the fake customer provider');
    },
    async create() {
      throw new Error('create is not supported by the fake customer provider');
    },
  };
  return provider as unknown as FakeCustomerProvider;
}

function pageOf(
  customers: Customer[],
  params: GetListParams,
  paging: 'total' | 'pageInfo',
): GetListResult<Customer> {
  const q = typeof params.filter?.q === 'string' ? params.filter.q.toLowerCase() : '';
  let matches = q ? customers.filter((c) => c.name.toLowerCase().includes(q)) : [...customers];
  const sort = params.sort;
  if (sort) {
    const direction = sort.order === 'ASC' ? 1 : -1;
    matches = matches.sort((a, b) => {
      const left = a[sort.field] as string | number;
      const right = b[sort.field] as string | number;
      if (left === right) return 0;
      return left < right ? -direction : direction;
    });
  }
  const { page, perPage } = params.pagination;
  const start = (page - 1) * perPage;
  const data = matches.slice(start, start + perPage);
  if (paging === 'total') return { data, total: matches.length };
  return {
    data,
    pageInfo: { hasNextPage: start + perPage < matches.length, hasPreviousPage: page > 1 },
  };
}

/** A provider whose `getList` rejects `failures` times, then returns what `fallback` returns. */
export function failingProvider(
  error: unknown,
  fallback: FakeCustomerProvider,
  failures = 1,
): FakeCustomerProvider {
  let remaining = failures;
  const calls: GetListParams[] = [];
  return {
    ...fallback,
    calls,
    async getList(resource: string, params: GetListParams) {
      calls.push(params);
      if (remaining > 0) {
        remaining -= 1;
        throw error;
      }
      return fallback.getList(resource, params);
    },
  } as FakeCustomerProvider;
}

/** A promise and its resolve function, to hold a provider response until a test releases it. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
