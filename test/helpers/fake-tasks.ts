import type {
  CreateParams,
  DataProvider,
  GetListParams,
  GetListResult,
  GetOneParams,
  UpdateParams,
} from '../../src/core/provider.ts';
import { ProviderError } from '../../src/core/provider.ts';
import type { Agent, Customer, HistoryEvent, Invoice, Task } from '../../src/core/records.ts';
import { fixedClock } from '../../src/core/clock.ts';

/** A Friday: today is 2026-12-04 in America/Sao_Paulo. */
export const taskClock = fixedClock('2026-12-04T15:00:00Z');

/** Structure of the task tab tests: pt-BR, BRL, São Paulo. */
export const taskStructure = {
  version: 1,
  locale: 'pt-BR',
  currency: 'BRL',
  timeZone: 'America/Sao_Paulo',
  tabs: [{ id: 'task', kind: 'task', label: 'Tarefa' }],
};

export const taskAgents: Agent[] = [
  { id: 'a1', name: 'Ana Lima' },
  { id: 'a2', name: 'Bruno Costa' },
  { id: 'a3', name: 'Célia Dias' },
];

export function taskCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'c1',
    name: 'Maria Souza',
    email: 'maria@example.com',
    phone: '11987654321',
    creditLimit: 20000,
    company: { name: 'Padaria Central' },
    ...overrides,
  };
}

/** Balances 1000.00 (due 2026-10-10) and 400.50 (due 2026-11-10): 1.400,50 outstanding. */
export function taskInvoices(): Invoice[] {
  const base = { customerId: 'c1', currency: 'BRL', issueDate: '2026-09-01' };
  return [
    { ...base, id: 'i1', number: 'F-1', dueDate: '2026-10-10', amount: '1000.00', paidAmount: 0 },
    { ...base, id: 'i2', number: 'F-2', dueDate: '2026-11-10', amount: 500.5, paidAmount: 100 },
    { ...base, id: 'i3', number: 'F-3', dueDate: '2026-08-10', amount: 300, paidAmount: 300 },
  ];
}

export function collectionTask(overrides: Partial<Task> = {}): Task {
  return {
    id: 't1',
    customerId: 'c1',
    name: 'Cobrança de faturas vencidas',
    status: 'open',
    dueDate: '2026-12-04',
    assigneeId: 'a1',
    eventOptions: [
      {
        id: 'promise',
        label: 'Promessa de pagamento',
        requiredFields: ['promiseDate', 'promiseAmount'],
      },
      { id: 'paid', label: 'Já pagou', requiredFields: [] },
      { id: 'no-answer', label: 'Não atendeu', requiredFields: [] },
      {
        id: 'wrong-number',
        label: 'Número errado',
        requiredFields: ['phone'],
        changedFields: ['phone'],
      },
    ],
    template: 'Olá {{customer.name}}, seu saldo é {{invoice.total}}.',
    script: 'Fale com **{{customer.name}}** sobre {{invoice.oldestDueDate}}.',
    fields: [
      { path: 'phone', label: 'Telefone', type: 'phone' },
      { path: 'promiseDate', label: 'Data da promessa', type: 'date' },
      { path: 'promiseAmount', label: 'Valor prometido', type: 'currency' },
      { path: 'note', label: 'Observação', type: 'text' },
    ],
    values: { phone: '11987654321' },
    ...overrides,
  };
}

export interface TaskProviderCall {
  method: 'getList' | 'getOne' | 'update' | 'create';
  resource: string;
  params: GetListParams | GetOneParams | UpdateParams | CreateParams;
}

interface Pending {
  resolve: () => void;
  promise: Promise<void>;
}

/**
 * An in-memory provider for the task tab. Tests queue rejections per method
 * and resource, hold calls open until released, and read every call.
 * Running a task marks it done and reassigning it changes the assignee; both
 * add a history event, like a backend. History reads honour `from` and `to`.
 */
export class FakeTaskProvider implements DataProvider {
  readonly calls: TaskProviderCall[] = [];
  readonly history: HistoryEvent[] = [];
  /** Errors the next calls of `method resource` reject with, in order. */
  readonly failures = new Map<string, unknown[]>();
  private readonly holds = new Map<string, Pending>();

  constructor(
    public tasks: Task[] = [collectionTask()],
    public customers: Customer[] = [taskCustomer()],
    public invoices: Invoice[] = taskInvoices(),
    public agents: Agent[] = taskAgents,
  ) {}

  /** Makes the next call of `method resource` reject with `error`. */
  failNext(method: string, resource: string, error: unknown): void {
    const key = `${method} ${resource}`;
    this.failures.set(key, [...(this.failures.get(key) ?? []), error]);
  }

  /** Keeps calls of `method resource` waiting until the returned function runs. */
  hold(method: string, resource: string): () => void {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    this.holds.set(`${method} ${resource}`, { resolve, promise });
    return () => {
      this.holds.delete(`${method} ${resource}`);
      resolve();
    };
  }

  callsOf(method: TaskProviderCall['method'], resource: string): TaskProviderCall[] {
    return this.calls.filter((call) => call.method === method && call.resource === resource);
  }

  async getList<T>(resource: string, params: GetListParams): Promise<GetListResult<T>> {
    await this.enter('getList', resource, params);
    const { from, to, ...filter } = params.filter ?? {};
    const records = this.recordsOf(resource).filter(
      (record) =>
        Object.entries(filter).every(
          ([key, value]) => key === 'q' || String(record[key]) === String(value),
        ) && inRange(record.at, from, to),
    );
    const { page, perPage } = params.pagination;
    const data = records.slice((page - 1) * perPage, page * perPage);
    return { data: structuredClone(data) as T[], total: records.length };
  }

  async getOne<T>(resource: string, params: GetOneParams): Promise<{ data: T }> {
    await this.enter('getOne', resource, params);
    const record = this.recordsOf(resource).find((item) => String(item.id) === String(params.id));
    if (!record) throw new ProviderError(`${resource} ${params.id} not found`, 404);
    return { data: structuredClone(record) as T };
  }

  async update<T>(resource: string, params: UpdateParams<T>): Promise<{ data: T }> {
    await this.enter('update', resource, params as UpdateParams);
    const task = this.tasks.find((item) => String(item.id) === String(params.id));
    if (resource !== 'tasks' || !task)
      throw new ProviderError(`${resource} ${params.id} not found`, 404);
    Object.assign(task, params.data);
    const agent = this.agents.find((item) => String(item.id) === String(task.assigneeId));
    this.addHistory({
      customerId: task.customerId,
      kind: 'note',
      title: `Tarefa reatribuída para ${agent?.name ?? String(task.assigneeId)}`,
      status: 'done',
      agentId: task.assigneeId,
      taskId: task.id,
    });
    return { data: structuredClone(task) as T };
  }

  async create<T>(resource: string, params: CreateParams<T>): Promise<{ data: T }> {
    await this.enter('create', resource, params as CreateParams);
    const execution = params.data as { taskId: string; outcome: string };
    const task = this.tasks.find((item) => String(item.id) === String(execution.taskId));
    if (!task) throw new ProviderError(`Task ${execution.taskId} not found`, 404);
    task.status = 'done';
    this.addHistory({
      customerId: task.customerId,
      kind: 'task',
      title: task.name,
      status: 'done',
      outcome: execution.outcome,
      taskId: task.id,
    });
    return { data: structuredClone(params.data) };
  }

  private addHistory(
    event: Pick<HistoryEvent, 'customerId' | 'kind' | 'title' | 'status'> & Partial<HistoryEvent>,
  ): void {
    this.history.push({
      ...event,
      id: `h${this.history.length + 1}`,
      at: taskClock.now().toISOString(),
    });
  }

  private async enter(
    method: TaskProviderCall['method'],
    resource: string,
    params: TaskProviderCall['params'],
  ) {
    this.calls.push({
      method,
      resource,
      params: structuredClone({ ...params, signal: undefined }),
    });
    const key = `${method} ${resource}`;
    await this.holds.get(key)?.promise;
    await Promise.resolve();
    const queued = this.failures.get(key);
    if (queued?.length) throw queued.shift();
  }

  private recordsOf(resource: string): Record<string, unknown>[] {
    const sources: Record<string, unknown[]> = {
      tasks: this.tasks,
      customers: this.customers,
      invoices: this.invoices,
      agents: this.agents,
      history: this.history,
    };
    return (sources[resource] ?? []) as Record<string, unknown>[];
  }
}

/** True when `at` lies within the optional ISO instants `from` and `to` (both inclusive). */
function inRange(at: unknown, from: unknown, to: unknown): boolean {
  if (from === undefined && to === undefined) return true;
  const time = Date.parse(String(at));
  if (from !== undefined && time < Date.parse(String(from))) return false;
  return to === undefined || time <= Date.parse(String(to));
}
