/**
 * A customers provider scaled past the real dataset: the real customers
 * followed by customers derived from them deterministically, for testing and
 * measuring lists at 100,000 rows. Searching, sorting and filtering use
 * indexes built once (folded names, one cached order per sort key), so a
 * request costs a scan of typed arrays, not a sort.
 */
import { readPath } from '../core/path.ts';
import {
  ProviderError,
  type DataProvider,
  type GetListParams,
  type GetListResult,
  type SortOrder,
} from '../core/provider.ts';
import type { Customer } from '../core/records.ts';
import { CustomerIndex, foldName } from './customer-index.ts';
import { isMissingValue, sortPositions } from './customer-index-sort.ts';
import type { DatasetCustomer } from './dataset.ts';
import { generateCpf, seededHash } from './names.ts';
import { compareValues, pageBounds } from './query.ts';

/** Number of customers of {@link createScaledProvider} unless `size` sets another number. */
export const defaultScaledSize = 100_000;

/** A customer of the scaled set; derived customers carry `generated: true`. */
export type ScaledCustomer = Customer & { generated?: true };

/** Largest change of a derived customer's score from its source's, either way. */
const scoreJitter = 40;

/**
 * Returns `size` customers: `real` unchanged, then derived ones with ids
 * following the largest real id. Derived customer `n` (0-based) copies real
 * customer `n mod real.length`, takes its first name from that customer and
 * the rest of its name from another real customer picked by a seeded hash,
 * gets a new valid CPF, and a score moved by up to ±40 (kept in 0..1000).
 * The same input always gives the same output.
 */
export function scaleCustomers(real: readonly Customer[], size: number): ScaledCustomer[] {
  const customers: ScaledCustomer[] = real.slice(0, size);
  if (real.length === 0) return customers;
  let nextId = real.reduce((max, customer) => Math.max(max, Number(customer.id) || 0), 0) + 1;
  for (let derived = 0; customers.length < size; derived += 1, nextId += 1) {
    const source = real[derived % real.length] as Customer & Partial<DatasetCustomer>;
    const donor = real[seededHash(nextId, 1) % real.length];
    const id = nextId;
    const jitter = (seededHash(id, 2) % (2 * scoreJitter + 1)) - scoreJitter;
    const score =
      typeof source.score === 'number' ? clamp(source.score + jitter, 0, 1000) : undefined;
    const digits = Array.from({ length: 9 }, (_, index) => seededHash(id, 10 + index) % 10);
    customers.push({
      ...source,
      id: String(id),
      name: recombineName(source.name, donor.name),
      document: generateCpf(digits),
      ...(score !== undefined ? { score } : {}),
      openTaskId: null,
      generated: true,
    });
  }
  return customers;
}

function recombineName(first: unknown, rest: unknown): string {
  const firstWords = String(first ?? '').split(' ');
  const restWords = String(rest ?? '').split(' ');
  const tail = restWords.length > 1 ? restWords.slice(1) : restWords;
  return [firstWords[0], ...tail].filter(Boolean).join(' ');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A `DataProvider` whose `customers` come from an in-memory array. */
export interface ArrayCustomerProvider extends DataProvider {
  readonly customers: readonly ScaledCustomer[];
}

/**
 * Answers `getList('customers')` and `getOne('customers')` from `customers`;
 * every other call goes to `base`, or rejects with 404 without one.
 *
 * `filter` takes `q` (every word in the name, ignoring case and accents, or
 * CPF digits), `<path>: value` (equal, or one of an array), and
 * `<path>_gte` / `<path>_lte` (numeric bounds). The array must not change
 * after the provider is built, because the indexes are built from it once.
 */
export function createArrayCustomerProvider(
  customers: readonly ScaledCustomer[],
  base?: DataProvider,
): ArrayCustomerProvider {
  const engine = new CustomerQueryEngine(customers);
  let byId: Map<string, number> | undefined;
  const delegate = <T>(call: ((base: DataProvider) => Promise<T>) | undefined, what: string) => {
    if (base && call) return call(base);
    return Promise.reject(new ProviderError(`${what} is not available in this provider`, 404));
  };
  return {
    customers,
    async getList<T>(resource: string, params: GetListParams): Promise<GetListResult<T>> {
      if (resource !== 'customers') {
        return delegate((b) => b.getList<T>(resource, params), `${resource} list`);
      }
      params.signal?.throwIfAborted();
      const positions = engine.query(params.filter ?? {}, params.sort);
      const { start, end } = pageBounds(params.pagination);
      const data = positions.slice(start, end).map((position) => ({ ...customers[position] }));
      return { data: data as T[], total: positions.length };
    },
    async getOne<T>(resource: string, params: { id: unknown; signal?: AbortSignal }) {
      byId ??= new Map(customers.map((customer, position) => [String(customer.id), position]));
      const position = resource === 'customers' ? byId.get(String(params.id)) : undefined;
      if (position !== undefined) return { data: { ...customers[position] } as T };
      return delegate(
        (b) => b.getOne<T>(resource, params as never),
        `${resource} record ${String(params.id)}`,
      );
    },
    update: (resource, params) =>
      delegate((b) => b.update(resource, params), `Updating ${resource}`),
    create: (resource, params) =>
      delegate((b) => b.create(resource, params), `Creating ${resource}`),
  } as ArrayCustomerProvider;
}

/**
 * Reads every customer of `base` and returns a provider over them scaled to
 * `size` (default 100,000) with {@link scaleCustomers}. Other resources, and
 * the real customers' invoices and tasks, still come from `base`.
 */
export async function createScaledProvider(
  base: DataProvider,
  options: { size?: number } = {},
): Promise<ArrayCustomerProvider> {
  const all = await base.getList<Customer>('customers', {
    pagination: { page: 1, perPage: 1_000_000 },
    filter: {},
  });
  const customers = scaleCustomers(all.data, options.size ?? defaultScaledSize);
  return createArrayCustomerProvider(customers, base);
}

/**
 * Search, sort and filter over a fixed customer array. Name search goes
 * through {@link CustomerIndex}, whose folded names are built in idle time
 * after construction, so building the provider costs no scan of the array.
 * Sorting does not use the index's collator sort (about a second for 100,000
 * names): this engine orders by folded text with `<` and breaks ties with the
 * collator (see `sortPositions`), cached once per sort key.
 */
class CustomerQueryEngine {
  private readonly index: CustomerIndex;
  private readonly orders = new Map<string, Int32Array>();
  private last?: { key: string; positions: number[] };

  constructor(private readonly customers: readonly ScaledCustomer[]) {
    this.index = new CustomerIndex(customers as unknown as DatasetCustomer[]);
    this.index.prepareInBackground();
  }

  /** Returns the positions matching `filter`, in the order of `sort`. */
  query(filter: Record<string, unknown>, sort?: { field: string; order: SortOrder }): number[] {
    const key = JSON.stringify([filter, sort ?? null]);
    if (this.last?.key === key) return this.last.positions;
    const matches = this.index.search(String(filter.q ?? ''));
    const tests = Object.entries(filter)
      .filter(([name]) => name !== 'q')
      .map(([name, value]) => fieldTest(name, value));
    const kept = tests.length
      ? matches.filter((position) => tests.every((test) => test(this.customers[position])))
      : matches;
    const positions = sort ? this.ordered(kept, sort.field, sort.order) : kept;
    this.last = { key, positions };
    return positions;
  }

  private ordered(positions: number[], field: string, order: SortOrder): number[] {
    const sorted = this.sortedOrder(field, order);
    if (positions.length === this.customers.length) return Array.from(sorted);
    const wanted = new Uint8Array(this.customers.length);
    for (const position of positions) wanted[position] = 1;
    const result: number[] = [];
    for (const position of sorted) if (wanted[position]) result.push(position);
    return result;
  }

  /** Positions in the order of `field`, missing values last; built once per field and order. */
  private sortedOrder(field: string, direction: SortOrder): Int32Array {
    const key = `${direction}\u0000${field}`;
    const cached = this.orders.get(key);
    if (cached) return cached;
    if (direction === 'DESC') {
      const descending = Array.from(this.sortedOrder(field, 'ASC'));
      reverseKeepingMissingLast(descending, this.customers, field);
      const order = Int32Array.from(descending);
      this.orders.set(key, order);
      return order;
    }
    const values = this.customers.map((customer) => readPath(customer, field));
    // The index folds names the same way, so a name sort reuses its keys.
    const names = field === 'name' ? this.index.foldedNames() : undefined;
    const folded = values.map((value, position) => {
      if (typeof value !== 'string') return value;
      return names ? names[position] : foldName(value);
    });
    const order = sortPositions(values, folded);
    this.orders.set(key, order);
    return order;
  }
}

/**
 * Reverses an ascending order in place, keeping records without a value at
 * the end and equal values in their original order.
 */
function reverseKeepingMissingLast(
  positions: number[],
  customers: readonly ScaledCustomer[],
  field: string,
): void {
  let present = positions.length;
  while (present > 0 && isMissingValue(readPath(customers[positions[present - 1]], field)))
    present -= 1;
  const head = positions.slice(0, present);
  // Groups of equal values keep their ascending order after the reversal.
  const groups: number[][] = [];
  for (const position of head) {
    const value = readPath(customers[position], field);
    const group = groups.at(-1);
    if (group && compareValues(readPath(customers[group[0]], field), value) === 0)
      group.push(position);
    else groups.push([position]);
  }
  let cursor = 0;
  for (let group = groups.length - 1; group >= 0; group -= 1) {
    for (const position of groups[group]) positions[cursor++] = position;
  }
}

/** Builds the test of one filter entry: `path_gte`, `path_lte`, or equality with `path`. */
function fieldTest(name: string, value: unknown): (customer: ScaledCustomer) => boolean {
  const bound = /^(.*)_(gte|lte)$/.exec(name);
  if (bound) {
    const limit = Number(value);
    const path = bound[1];
    if (bound[2] === 'gte') return (customer) => Number(readPath(customer, path)) >= limit;
    return (customer) => Number(readPath(customer, path)) <= limit;
  }
  if (Array.isArray(value)) {
    const allowed = new Set(value.map(String));
    return (customer) => allowed.has(String(readPath(customer, name)));
  }
  return (customer) => String(readPath(customer, name)) === String(value);
}
