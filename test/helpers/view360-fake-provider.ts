import type {
  CreateParams,
  DataProvider,
  GetListParams,
  GetListResult,
  GetOneParams,
  UpdateParams,
} from '../../src/core/provider.ts';
import { ProviderError } from '../../src/core/provider.ts';
import type { Customer, Task } from '../../src/core/records.ts';

/** One provider call as the element made it. */
export interface ProviderCall {
  method: 'getList' | 'getOne' | 'update' | 'create';
  resource: string;
  params: GetListParams | GetOneParams | UpdateParams | CreateParams;
  /** Settles when the call's promise does (`getList` only), without rejecting. */
  settled?: Promise<unknown>;
}

/**
 * An in-memory provider of customers and tasks for element tests; every
 * other list is empty. Tests can
 * delay responses per customer id, make `getOne('customers')` reject, and read
 * every call with its signal.
 */
export class FakeCustomerProvider implements DataProvider {
  readonly calls: ProviderCall[] = [];
  /** Milliseconds each customer id's `getOne` waits before it resolves. */
  readonly delays = new Map<string, number>();
  /** Error the next `getOne('customers')` calls reject with, until cleared. */
  failure?: Error;

  constructor(
    readonly customers: Customer[],
    readonly tasks: Partial<Task>[] = [],
  ) {}

  async getOne<T>(resource: string, params: GetOneParams): Promise<{ data: T }> {
    this.calls.push({ method: 'getOne', resource, params });
    await wait(this.delays.get(String(params.id)) ?? 0, params.signal);
    if (this.failure) throw this.failure;
    const customer = this.customers.find((record) => String(record.id) === String(params.id));
    if (!customer) throw new ProviderError(`Customer ${params.id} not found`, 404);
    return { data: structuredClone(customer) as T };
  }

  getList<T>(resource: string, params: GetListParams): Promise<GetListResult<T>> {
    const result = this.list<T>(resource, params);
    this.calls.push({
      method: 'getList',
      resource,
      params,
      settled: result.catch(() => undefined),
    });
    return result;
  }

  private async list<T>(resource: string, params: GetListParams): Promise<GetListResult<T>> {
    await wait(0, params.signal);
    const filter = params.filter ?? {};
    if (resource !== 'tasks') return { data: [] as T[], total: 0 };
    const data = this.tasks.filter(
      (task) =>
        (filter.customerId === undefined ||
          String(task.customerId) === String(filter.customerId)) &&
        (filter.status === undefined || task.status === filter.status),
    );
    return { data: structuredClone(data) as T[], total: data.length };
  }

  async update<T>(resource: string, params: UpdateParams<T>): Promise<{ data: T }> {
    this.calls.push({ method: 'update', resource, params: params as UpdateParams });
    throw new ProviderError('update is not supported by this test provider', 501);
  }

  async create<T>(resource: string, params: CreateParams<T>): Promise<{ data: T }> {
    this.calls.push({ method: 'create', resource, params: params as CreateParams });
    throw new ProviderError('create is not supported by this test provider', 501);
  }

  /** Calls of one method and resource, in call order. */
  callsOf(method: ProviderCall['method'], resource: string): ProviderCall[] {
    return this.calls.filter((call) => call.method === method && call.resource === resource);
  }
}

/** Resolves after `ms` milliseconds, or rejects with an AbortError when `signal` aborts first. */
function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The request was aborted', 'AbortError'));
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The request was aborted', 'AbortError'));
    });
  });
}

/** Two customers, the first of them with an open task. */
export function sampleCustomers(): { customers: Customer[]; tasks: Partial<Task>[] } {
  const customers: Customer[] = [
    {
      id: '7',
      name: 'Ana Souza',
      document: '52998224725',
      email: 'ana.souza@example.com',
      phone: '11987654321',
      sex: 'female',
      age: 41,
      education: 'university',
      maritalStatus: 'married',
      creditLimit: 50000,
      score: 742,
      balance: 1234.5,
      overdueBalance: 0,
      defaultNextMonth: false,
      openTaskId: 't-7',
      address: { city: 'São Paulo', state: 'SP' },
      company: { name: 'Souza Comércio', document: '11222333000181', role: 'Gerente' },
    },
    {
      id: '8',
      name: 'Bruno Lima',
      document: '11144477735',
      email: 'bruno.lima@example.com',
      creditLimit: 20000,
      score: 310,
      balance: 0,
      openTaskId: null,
      address: { city: 'Campinas', state: 'SP' },
    },
  ];
  const tasks: Partial<Task>[] = [
    { id: 't-7', customerId: '7', name: 'Cobrança', status: 'open' },
    { id: 't-8', customerId: '8', name: 'Cobrança antiga', status: 'done' },
  ];
  return { customers, tasks };
}

/** One `subscribe` call the elements made. */
export interface Subscription {
  resource: string;
  params: object;
  callback: () => void;
  active: boolean;
}

/**
 * {@link FakeCustomerProvider} with live updates: records every subscription
 * and lets a test push a change of one resource to its open subscriptions.
 */
export class LiveCustomerProvider extends FakeCustomerProvider {
  readonly subscriptions: Subscription[] = [];

  subscribe(resource: string, params: object, callback: () => void): () => void {
    const subscription: Subscription = { resource, params, callback, active: true };
    this.subscriptions.push(subscription);
    return () => {
      subscription.active = false;
    };
  }

  /** Calls the callback of every open subscription of `resource`. */
  push(resource: string): void {
    for (const subscription of this.subscriptions) {
      if (subscription.active && subscription.resource === resource) subscription.callback();
    }
  }

  /** Subscriptions not yet released. */
  openSubscriptions(): Subscription[] {
    return this.subscriptions.filter((subscription) => subscription.active);
  }
}
