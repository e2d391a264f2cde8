/**
 * The default data provider: the 30,000 real clients of `data/clients.csv`
 * in memory, with generated names, invoices, collection tasks and history.
 * Writes (task reassignment and execution) change the in-memory store only
 * and are lost on reload.
 */
import { interpolate } from '../core/i18n.ts';
import { systemClock, type Clock } from '../core/clock.ts';
import {
  ProviderError,
  type CreateParams,
  type DataProvider,
  type GetListParams,
  type GetListResult,
  type GetOneParams,
  type UpdateParams,
} from '../core/provider.ts';
import { todayIn, type CalendarDate } from '../dates/calendar-date.ts';
import { fromMinorUnits, toMinorUnits } from '../money/money.ts';
import type * as z from 'zod/mini';
import type { HolidayConfig, HolidayLookup } from '../holidays/holiday-lookup.ts';
import type { holidaysSchema } from '../structure/schema.ts';
import { outcomeLabel } from './collection-task.ts';
import { parseClientsCsv, type CsvRowError } from './csv.ts';
import { CustomerIndex } from './customer-index.ts';
import { DatasetStore } from './dataset-store.ts';
import {
  datasetCurrency,
  datasetTimeZone,
  taskHour,
  upcomingTaskEvent,
  ZonedInstants,
  type DatasetCustomer,
  type DatasetHistoryEvent,
  type DatasetInvoice,
  type DatasetTask,
} from './dataset.ts';
import { pageBounds, sortRecords } from './query.ts';
import {
  datasetLanguage,
  datasetTexts,
  type DatasetLanguage,
  type DatasetText,
} from './dataset-text.ts';
import { checkTaskExecution, normalizePhone, parseTaskExecution } from './task-execution.ts';
import { outstandingOf } from '../invoices/outstanding.ts';

// The default structure describes this dataset's fields, so its translations
// ship with the provider rather than in every element's bundle.
export { defaultStructureFor } from '../structure/default-structure-locales.ts';

export interface EmbeddedProviderOptions {
  /** Text of `clients.csv`. When absent the provider fetches it from `csvUrl`. */
  csvText?: string;
  /** Address of `clients.csv`, by default the file shipped in the package's `data` folder. */
  csvUrl?: string | URL;
  /** Source of the current instant, the system clock by default. */
  clock?: Clock;
  /** Zone of `today` and of the event instants, America/Sao_Paulo by default. */
  timeZone?: string;
  /** Delay of every response in milliseconds, 0 by default. */
  latencyMs?: number;
  /**
   * Language of the task names, outcome and field labels, message templates,
   * call scripts, history titles and validation messages, as a BCP 47 tag.
   * `pt` tags give pt-BR and `es` tags Spanish. Every other valid tag gives
   * English. Without a tag, or with one that `Intl` rejects (as the elements
   * ignore it too), the text is pt-BR.
   */
  locale?: string;
  /**
   * Holiday calendar for promise dates, in the form of a structure's
   * `holidays`. A promise to pay on one of its holidays is rejected with 422,
   * using the customer's region at `regionPath` where it has one. Without it
   * only weekends are rejected. `createEmbeddedProvider` rejects an invalid
   * one with a TypeError. A calendar that fails to load is logged as a
   * warning, and promise dates are then checked for weekends only.
   */
  holidays?: z.input<typeof holidaysSchema>;
}

/** Result of `create('task-executions', ...)`. */
export interface TaskExecutionResult {
  id: string;
  taskId: string;
  outcome: string;
  /** The follow-up task opened by a promise to pay, else null. */
  nextTaskId: string | null;
}

/** A payment reported by a payment gateway, in major units of the invoice's currency. */
export interface PaymentInput {
  invoiceId: string;
  amount: number | string;
}

export interface EmbeddedProvider extends DataProvider {
  /**
   * Applies a payment to an invoice, as a payment gateway would report it:
   * the invoice's paid amount grows, the customer's balances shrink and a
   * done `payment` history event is added. Rejects with status 422 for an
   * unknown invoice or an amount that is not positive.
   */
  recordPayment(payment: PaymentInput): Promise<{ customerId: string }>;
  /** CSV lines that were skipped as malformed. */
  readonly errors: readonly CsvRowError[];
  /** The calendar date in `timeZone` when the provider was created; the dataset is shifted to it. */
  readonly today: CalendarDate;
  readonly timeZone: string;
}

// NOTE: Vite 8's library mode inlines this file as a 3.9 MB data URL. The
// library build must rewrite this reference to keep the CSV an external asset.
const defaultCsvUrl = new URL('../../data/clients.csv', import.meta.url);

/**
 * Creates the embedded provider. Fetches `clients.csv` from `csvUrl` unless
 * `csvText` is given, and rejects when that fetch fails or `holidays` is
 * invalid.
 */
export async function createEmbeddedProvider(
  options: EmbeddedProviderOptions = {},
): Promise<EmbeddedProvider> {
  const holidays =
    options.holidays === undefined ? undefined : await parseHolidays(options.holidays);
  const csvText = options.csvText ?? (await fetchClientsCsv(options.csvUrl ?? defaultCsvUrl));
  return new EmbeddedStore(csvText, options, holidays);
}

/**
 * Validates the `holidays` option with the structure's schema, loaded on
 * demand so that hosts without holidays do not download it. Throws a
 * TypeError that lists each problem by path.
 */
async function parseHolidays(input: unknown): Promise<HolidayConfig> {
  const { holidaysSchema } = await import('../structure/schema.ts');
  const result = holidaysSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) =>
      `holidays${issue.path.map((key) => `[${JSON.stringify(key)}]`).join('')}: ${issue.message}`,
  );
  throw new TypeError(`createEmbeddedProvider: invalid holidays option. ${problems.join('; ')}.`);
}

async function fetchClientsCsv(url: string | URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(
      `Loading ${String(url)} failed with HTTP ${response.status}: serve data/clients.csv there or pass csvText.`,
    );
  }
  return response.text();
}

type ListableResource =
  'customers' | 'invoices' | 'tasks' | 'agents' | 'history' | 'task-executions';

const resources: readonly string[] = [
  'customers',
  'invoices',
  'tasks',
  'agents',
  'history',
  'task-executions',
];

class EmbeddedStore implements EmbeddedProvider {
  readonly errors: readonly CsvRowError[];
  readonly today: CalendarDate;
  readonly timeZone: string;

  private readonly clock: Clock;
  private readonly latencyMs: number;
  private readonly instants: ZonedInstants;
  private readonly language: DatasetLanguage;
  private readonly text: DatasetText;
  private readonly holidays?: HolidayConfig;
  private readonly store: DatasetStore;
  private readonly customerIndex: CustomerIndex;
  private readonly executionsById = new Map<string, TaskExecutionResult>();
  private readonly executionsByKey = new Map<string, TaskExecutionResult>();
  private sequence = 0;

  /** `holidays` is the `holidays` option after validation. */
  constructor(csvText: string, options: EmbeddedProviderOptions, holidays?: HolidayConfig) {
    this.clock = options.clock ?? systemClock;
    this.timeZone = options.timeZone ?? datasetTimeZone;
    this.latencyMs = options.latencyMs ?? 0;
    this.instants = new ZonedInstants(this.timeZone);
    this.today = todayIn(this.timeZone, this.clock.now());
    this.language = datasetLanguage(options.locale);
    this.text = datasetTexts[this.language];
    this.holidays = holidays;

    const parsed = parseClientsCsv(csvText);
    this.errors = parsed.errors;
    this.store = new DatasetStore(parsed.rows, {
      today: this.today,
      timeZone: this.timeZone,
      text: this.text,
    });
    this.customerIndex = new CustomerIndex(this.store.customers);
  }

  async getList<T = Record<string, unknown>>(
    resource: string,
    params: GetListParams,
  ): Promise<GetListResult<T>> {
    await this.respond(params?.signal);
    const filter = params?.filter ?? {};
    const { start, end } = pageBounds(params?.pagination);
    const name = this.knownResource(resource);
    if (name === 'customers') {
      const positions = this.customerIndex.search(String(filter.q ?? ''), params?.sort);
      const page = positions.slice(start, end).map((position) => this.store.customers[position]);
      return { data: copy(page) as T[], total: positions.length };
    }
    const matching = sortRecords(this.filtered(name, filter), params?.sort);
    return { data: copy(matching.slice(start, end)) as T[], total: matching.length };
  }

  async getOne<T = Record<string, unknown>>(
    resource: string,
    params: GetOneParams,
  ): Promise<{ data: T }> {
    await this.respond(params?.signal);
    const name = this.knownResource(resource);
    const id = String(params?.id);
    const record = this.find(name, id);
    if (!record) throw new ProviderError(`${resource} record ${id} not found`, 404);
    return { data: copy(record) as T };
  }

  async update<T = Record<string, unknown>>(
    resource: string,
    params: UpdateParams<T>,
  ): Promise<{ data: T }> {
    await this.respond(params?.signal);
    if (this.knownResource(resource) !== 'tasks') {
      throw new ProviderError(
        `Updating ${resource} is not supported: only tasks can be reassigned`,
        405,
      );
    }
    const task = this.store.task(String(params.id));
    if (!task) throw new ProviderError(`tasks record ${String(params.id)} not found`, 404);
    const data = (params.data ?? {}) as Record<string, unknown>;
    return { data: copy(this.reassign(task, data.assigneeId)) as T };
  }

  async create<T = Record<string, unknown>>(
    resource: string,
    params: CreateParams<T>,
  ): Promise<{ data: T }> {
    await this.respond(params?.signal);
    if (this.knownResource(resource) !== 'task-executions') {
      throw new ProviderError(
        `Creating ${resource} is not supported: only task-executions can be created`,
        405,
      );
    }
    const holidayName = await this.holidayLookupForTask(params.data);
    // The host may cancel while the holiday calendar loads, so the write runs only if it did not.
    if (params?.signal?.aborted) throw abortError();
    return { data: copy(this.execute(params.data, holidayName)) as T };
  }

  async recordPayment(payment: PaymentInput): Promise<{ customerId: string }> {
    await this.respond(undefined);
    const invoice = this.store.invoice(String(payment?.invoiceId));
    if (!invoice) {
      throw new ProviderError(`Invoice ${String(payment?.invoiceId)} not found`, 422, {
        errors: { invoiceId: this.text.errors.invoiceNotFound },
      });
    }
    let paid: number;
    try {
      paid = toMinorUnits(payment.amount, invoice.currency);
    } catch {
      paid = 0;
    }
    if (paid <= 0) {
      throw new ProviderError(
        `Invalid payment amount ${String(payment.amount)}: expected a positive amount`,
        422,
        {
          errors: { amount: this.text.errors.paymentNotPositive },
        },
      );
    }
    applyPayment(invoice, this.store.customer(invoice.customerId)!, paid, this.today);
    this.addEvent({
      customerId: invoice.customerId,
      kind: 'payment',
      title: interpolate(this.text.invoicePaymentTitle, { number: invoice.number }),
      at: this.clock.now().toISOString(),
      status: 'done',
      amount: Number(fromMinorUnits(paid, invoice.currency)),
      currency: invoice.currency,
    });
    this.customerIndex.invalidate();
    return { customerId: invoice.customerId };
  }

  /** Waits `latencyMs`, rejecting with an AbortError as soon as `signal` aborts. */
  private respond(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError());
    if (this.latencyMs <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, this.latencyMs);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private knownResource(resource: string): ListableResource {
    if (!resources.includes(resource)) {
      throw new ProviderError(
        `Resource ${resource} not found: expected one of ${resources.join(', ')}`,
        404,
      );
    }
    return resource as ListableResource;
  }

  private filtered(resource: ListableResource, filter: Record<string, unknown>): object[] {
    const customerId = filter.customerId === undefined ? undefined : String(filter.customerId);
    switch (resource) {
      case 'invoices':
        return this.store.invoices(customerId);
      case 'tasks':
        return this.store.tasks.filter(
          (task) =>
            (customerId === undefined || task.customerId === customerId) &&
            (filter.status === undefined || task.status === filter.status),
        );
      case 'history':
        return this.filteredHistory(customerId, filter.from, filter.to);
      case 'agents':
        return this.store.agents;
      default:
        return [...this.executionsById.values()];
    }
  }

  /** History events between `from` and `to` (ISO instants, both inclusive), oldest first. */
  private filteredHistory(
    customerId: string | undefined,
    from: unknown,
    to: unknown,
  ): DatasetHistoryEvent[] {
    const fromTime = from === undefined ? Number.NEGATIVE_INFINITY : instantTime(from, 'from');
    const toTime = to === undefined ? Number.POSITIVE_INFINITY : instantTime(to, 'to');
    return this.store.history(customerId).filter((event) => {
      const time = Date.parse(event.at);
      return time >= fromTime && time <= toTime;
    });
  }

  private find(resource: ListableResource, id: string): object | undefined {
    switch (resource) {
      case 'customers':
        return this.store.customer(id);
      case 'invoices':
        return this.store.invoice(id);
      case 'tasks':
        return this.store.task(id);
      case 'agents':
        return this.store.agent(id);
      case 'history':
        return this.store.event(id);
      default:
        return this.executionsById.get(id);
    }
  }

  private reassign(task: DatasetTask, assigneeId: unknown): DatasetTask {
    const agent =
      assigneeId === undefined || assigneeId === null
        ? undefined
        : this.store.agent(String(assigneeId));
    if (!agent) {
      throw new ProviderError(`Invalid assignee ${String(assigneeId)}: expected an agent id`, 422, {
        errors: { assigneeId: this.text.errors.agentNotFound },
      });
    }
    if (task.status !== 'open') {
      throw new ProviderError(
        `Task ${task.id} is ${task.status}: only open tasks can be reassigned`,
        422,
        {
          errors: { assigneeId: this.text.errors.reassignOnlyOpen },
        },
      );
    }
    task.assigneeId = agent.id;
    for (const event of this.store.upcomingEvents(task)) event.agentId = agent.id;
    this.addEvent({
      customerId: task.customerId,
      kind: 'note',
      title: interpolate(this.text.taskReassignedTitle, { agent: agent.name }),
      at: this.clock.now().toISOString(),
      status: 'done',
      agentId: agent.id,
      taskId: task.id,
    });
    return task;
  }

  /**
   * Loads the holiday calendar of the customer whose task `input` runs. Resolves
   * to undefined without `holidays`, without a known task, or when the holiday
   * code fails to load.
   */
  private async holidayLookupForTask(input: unknown): Promise<HolidayLookup | undefined> {
    if (!this.holidays) return undefined;
    const taskId = (input as { taskId?: unknown } | null | undefined)?.taskId;
    const task = taskId === undefined ? undefined : this.store.task(String(taskId));
    if (!task) return undefined;
    // Loaded on the first check, so hosts without holidays do not download the calendar code.
    let lookupModule: typeof import('../holidays/holiday-lookup.ts');
    try {
      lookupModule = await import('../holidays/holiday-lookup.ts');
    } catch (error) {
      console.warn(
        'crm-view360: the holiday code failed to load, so promise dates are checked for weekends only.',
        error,
      );
      return undefined;
    }
    const customer = this.store.customer(task.customerId);
    return lookupModule.holidayLookupFor(this.holidays, customer, this.language);
  }

  private execute(input: unknown, holidayName?: HolidayLookup): TaskExecutionResult {
    const parsed = parseTaskExecution(input, this.text);
    if (!parsed.ok) throw invalidExecution(parsed.errors);
    const { execution } = parsed;
    const previous = this.executionsByKey.get(execution.idempotencyKey);
    if (previous) return previous;

    const task = this.store.task(String(execution.taskId));
    if (!task) throw invalidExecution({ taskId: this.text.errors.taskNotFound });
    const outstanding = outstandingOf(this.store.invoices(task.customerId), datasetCurrency);
    const errors = checkTaskExecution(
      execution,
      task,
      this.today,
      datasetCurrency,
      { outstandingMinor: outstanding.totalMinor, holidayName },
      this.text,
    );
    if (Object.keys(errors).length > 0) throw invalidExecution(errors);

    const customer = this.store.customer(task.customerId)!;
    const values = { ...execution.values };
    const phone = isBlankValue(values.phone) ? null : normalizePhone(values.phone);
    if (phone !== null) {
      values.phone = phone;
      customer.phone = phone;
    }
    const now = this.clock.now().toISOString();
    task.status = 'done';
    task.outcome = execution.outcome;
    task.completedAt = now;
    task.values = { ...task.values, ...values };
    this.store.removeUpcomingEvents(task);
    this.addEvent({
      customerId: task.customerId,
      kind: 'task',
      title: task.name,
      at: now,
      status: 'done',
      agentId: task.assigneeId,
      outcome: outcomeLabel(execution.outcome, this.text),
      outcomeId: execution.outcome,
      taskId: task.id,
    });

    const nextTask =
      execution.outcome === 'promise-to-pay' ? this.openFollowUp(task, customer, values) : null;
    customer.openTaskId = nextTask?.id ?? null;
    this.customerIndex.invalidate();

    const result: TaskExecutionResult = {
      id: `execution-${this.nextSequence()}`,
      taskId: task.id,
      outcome: execution.outcome,
      nextTaskId: nextTask?.id ?? null,
    };
    this.executionsById.set(result.id, result);
    this.executionsByKey.set(execution.idempotencyKey, result);
    return result;
  }

  /** Opens the task that checks a promise to pay on the promised date. */
  private openFollowUp(
    task: DatasetTask,
    customer: DatasetCustomer,
    values: Record<string, unknown>,
  ): DatasetTask {
    const followUp: DatasetTask = {
      ...structuredClone(task),
      id: `task-${customer.id}-${this.nextSequence()}`,
      name: this.text.promiseFollowUpTaskName,
      status: 'open',
      dueDate: String(values.promiseDate),
      values: {
        phone: customer.phone,
        promiseDate: values.promiseDate,
        promiseAmount: values.promiseAmount,
      },
    };
    delete followUp.outcome;
    delete followUp.completedAt;
    this.store.addTask(followUp);
    this.store.addEvent(upcomingTaskEvent(followUp, this.instants.at(followUp.dueDate, taskHour)));
    return followUp;
  }

  private addEvent(event: Omit<DatasetHistoryEvent, 'id'>): void {
    this.store.addEvent({ id: `${event.customerId}-event-${this.nextSequence()}`, ...event });
  }

  private nextSequence(): number {
    this.sequence += 1;
    return this.sequence;
  }
}

/**
 * Adds `paid` minor units to the invoice and takes the part that was still
 * open off the customer's balance, and off the overdue balance when the
 * invoice was past due. Overpayment is kept on the invoice but never makes a
 * balance negative.
 */
function applyPayment(
  invoice: DatasetInvoice,
  customer: DatasetCustomer,
  paid: number,
  today: CalendarDate,
): void {
  const currency = invoice.currency;
  const amount = toMinorUnits(invoice.amount, currency);
  // paidAmount already includes a remainder carried into the next bill.
  const alreadyPaid = toMinorUnits(invoice.paidAmount, currency);
  const open = Math.max(0, amount - alreadyPaid);
  const settled = Math.min(open, paid);
  invoice.paidAmount = Number(fromMinorUnits(alreadyPaid + paid, currency));
  if (alreadyPaid + paid >= amount && invoice.paidDate === undefined) invoice.paidDate = today;
  const balance = toMinorUnits(customer.balance, currency) - settled;
  customer.balance = Number(fromMinorUnits(Math.max(0, balance), currency));
  if (invoice.dueDate < today) {
    const overdue = toMinorUnits(customer.overdueBalance, currency) - settled;
    customer.overdueBalance = Number(fromMinorUnits(Math.max(0, overdue), currency));
  }
}

function isBlankValue(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

function invalidExecution(errors: Record<string, string>): ProviderError {
  return new ProviderError(`Invalid task execution: ${Object.keys(errors).join(', ')}`, 422, {
    errors,
  });
}

function instantTime(value: unknown, name: string): number {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new ProviderError(
      `Invalid history filter ${name} ${String(value)}: expected an ISO instant`,
      400,
    );
  }
  return time;
}

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

/** Deep-copies `value`, so callers cannot change the store through returned records. */
function copy<T>(value: T): T {
  return structuredClone(value);
}
