import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QueryResult } from '../data-layer/query-observer.ts';
import { fire } from '../core/events.ts';
import { issueText } from '../core/i18n-validation.ts';
import { describeProviderFailure, isAbortError, type DataProvider } from '../core/provider.ts';
import {
  agentSchema,
  customerSchema,
  taskSchema,
  type Agent,
  type Customer,
  type Invoice,
  type Task,
} from '../core/records.ts';
import { ProviderQuery } from '../data-layer/provider-query.ts';
import {
  agentsRead,
  customerInvoicesRead,
  customerRead,
  openTasksRead,
  type UncheckedPage,
  type UncheckedRecord,
} from './reads.ts';

/** Everything the task tab shows for one customer, validated. */
export interface TaskTabData {
  /** Open tasks, earliest due date first. */
  tasks: Task[];
  customer: Customer;
  invoices: Invoice[];
  agents: Agent[];
}

/** The last good data is shown, but its latest refresh failed. */
export interface StaleData {
  /** When the oldest of the shown responses was fetched. */
  updatedAt: Date;
  error: unknown;
}

/** Combined state of the task tab's four reads, as the tab renders it. */
export type TaskTabDataState =
  | { kind: 'pending' }
  | { kind: 'error'; error: unknown }
  | {
      kind: 'ready';
      data: TaskTabData;
      stale?: StaleData;
      /** `dataUpdatedAt` of the open-task read, to tell responses fetched after a write. */
      tasksUpdatedAt: number;
      /** `errorUpdatedAt` of the open-task read. */
      tasksFailedAt: number;
    };

/** The provider and customer the reads are for; undefined while either is missing. */
export interface TaskTabDataInput {
  provider: DataProvider;
  customerId: string;
}

type AnyResult = QueryResult<unknown>;

/**
 * Reads a customer's open tasks, the customer, all their invoices and the
 * agents through the shared query cache, and validates the responses. Fires
 * `crm-error` with kind `provider` on the host once for each failed read,
 * whether a first load or a refresh, and once for each invalid response.
 */
export class TaskTabReads implements ReactiveController {
  readonly tasks: ProviderQuery<UncheckedPage>;
  readonly customer: ProviderQuery<UncheckedRecord>;
  readonly invoices: ProviderQuery<Invoice[]>;
  readonly agents: ProviderQuery<UncheckedPage>;

  /** `errorUpdatedAt` of the last failure reported, per read. */
  private readonly reportedFailures = new Map<ProviderQuery<unknown>, number>();
  /** Responses whose validation failure was reported already. */
  private readonly reportedInvalid = new WeakSet<object>();
  /** Validated responses, by the cached response object they came from. */
  private readonly validated = new WeakMap<object, unknown>();

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    input: () => TaskTabDataInput | undefined,
  ) {
    const describe =
      <T>(read: (current: TaskTabDataInput) => T) =>
      () => {
        const current = input();
        return current && read(current);
      };
    this.tasks = new ProviderQuery(
      host,
      describe((c) => openTasksRead(c.provider, c.customerId)),
    );
    this.customer = new ProviderQuery(
      host,
      describe((c) => customerRead(c.provider, c.customerId)),
    );
    this.invoices = new ProviderQuery(
      host,
      describe((c) => customerInvoicesRead(c.provider, c.customerId)),
    );
    this.agents = new ProviderQuery(
      host,
      describe((c) => agentsRead(c.provider)),
    );
    host.addController(this);
  }

  private get queries(): ProviderQuery<unknown>[] {
    return [this.tasks, this.customer, this.invoices, this.agents] as ProviderQuery<unknown>[];
  }

  hostUpdated(): void {
    for (const query of this.queries) this.reportFailure(query);
    const state = this.state();
    if (state.kind === 'error' && !isProviderFailure(this.queries, state.error)) {
      this.reportInvalid(state.error);
    }
  }

  /**
   * Returns the combined state: an error as soon as one first load failed or
   * one response is invalid, pending until every read has data, else ready,
   * with the oldest failed refresh when some refresh failed.
   */
  state(): TaskTabDataState {
    const results = this.queries.map((query) => query.result);
    const failed = results.find(
      (result) => result?.data === undefined && result?.status === 'error',
    );
    if (failed) return { kind: 'error', error: failed.error };
    if (results.some((result) => result?.data === undefined)) return { kind: 'pending' };
    const [tasks, customer, invoices, agents] = results as AnyResult[];
    let data: TaskTabData;
    try {
      data = {
        tasks: this.validate(tasks.data as UncheckedPage, openTasksOf),
        customer: this.validate(customer.data as UncheckedRecord, customerOf),
        invoices: invoices.data as Invoice[],
        agents: this.validate(agents.data as UncheckedPage, agentsOf),
      };
    } catch (error) {
      return { kind: 'error', error };
    }
    return {
      kind: 'ready',
      data,
      stale: staleOf(results as AnyResult[]),
      tasksUpdatedAt: tasks.dataUpdatedAt,
      tasksFailedAt: tasks.errorUpdatedAt,
    };
  }

  /**
   * Fetches again every read that failed, on its first load or on a refresh,
   * or every read when none failed but a response was invalid.
   */
  retry = (): void => {
    const failed = this.queries.filter((query) => query.result?.status === 'error');
    for (const query of failed.length > 0 ? failed : this.queries) query.refetch();
  };

  /** Validates a response once and remembers the outcome, a value or the error it threw. */
  private validate<A extends object, T>(response: A, check: (response: A) => T): T {
    if (!this.validated.has(response)) {
      try {
        this.validated.set(response, { value: check(response) });
      } catch (error) {
        this.validated.set(response, { error });
      }
    }
    const outcome = this.validated.get(response) as { value: T } | { error: unknown };
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }

  private reportFailure(query: ProviderQuery<unknown>): void {
    const result = query.result;
    if (!result || result.status !== 'error') return;
    if (this.reportedFailures.get(query) === result.errorUpdatedAt) return;
    this.reportedFailures.set(query, result.errorUpdatedAt);
    if (isAbortError(result.error)) return;
    const { message, status } = describeProviderFailure(result.error);
    fire(this.host, 'crm-error', { kind: 'provider', message, status });
  }

  private reportInvalid(error: unknown): void {
    if (typeof error !== 'object' || error === null || this.reportedInvalid.has(error)) return;
    this.reportedInvalid.add(error);
    fire(this.host, 'crm-error', {
      kind: 'provider',
      message: describeProviderFailure(error).message,
    });
  }
}

function isProviderFailure(queries: ProviderQuery<unknown>[], error: unknown): boolean {
  return queries.some((query) => query.result?.error === error);
}

function staleOf(results: AnyResult[]): StaleData | undefined {
  const failed = results.filter((result) => result.isRefetchError);
  if (failed.length === 0) return undefined;
  const oldest = failed.reduce((a, b) => (b.dataUpdatedAt < a.dataUpdatedAt ? b : a));
  return { updatedAt: new Date(oldest.dataUpdatedAt), error: oldest.error };
}

/**
 * Keeps the open tasks of the page, earliest due date first, because a
 * provider may ignore the status filter or the sort.
 */
function openTasksOf(page: UncheckedPage): Task[] {
  return page.data
    .map((record) => parseRecord(taskSchema, record, 'task'))
    .filter((task) => task.status === 'open')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

function customerOf(response: UncheckedRecord): Customer {
  return parseRecord(customerSchema, response.data, 'customer');
}

function agentsOf(page: UncheckedPage): Agent[] {
  return page.data.map((record) => parseRecord(agentSchema, record, 'agent'));
}

interface Schema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Parses one record, or throws an Error naming the record and the invalid path. */
function parseRecord<T>(schema: Schema<T>, record: unknown, kind: string): T {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const id = (record as { id?: unknown } | null)?.id;
  const issue = result.error.issues[0];
  const path = issue.path.map(String).join('.') || '(record)';
  throw new Error(`Invalid ${kind} ${String(id ?? '')}: ${path}: ${issueText(issue)}`);
}
