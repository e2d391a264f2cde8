/**
 * In-memory records of the embedded dataset. Customers and tasks are built
 * up front because lists search and sort them. A client's invoices and past
 * events are built when first requested, so start-up builds the 30,000
 * customer records instead of about 360,000 records.
 */
import type { DatasetAgent } from './collection-task.ts';
import type { ClientRow } from './csv.ts';
import {
  buildClientActivity,
  buildClientSummary,
  createBuildContext,
  type BuildContext,
  type BuildDatasetOptions,
  type DatasetCustomer,
  type DatasetHistoryEvent,
  type DatasetInvoice,
  type DatasetTask,
} from './dataset.ts';
import { datasetAgents } from './collection-task.ts';

interface ClientActivity {
  invoices: DatasetInvoice[];
  pastEvents: DatasetHistoryEvent[];
}

export class DatasetStore {
  readonly customers: DatasetCustomer[] = [];
  readonly tasks: DatasetTask[] = [];
  readonly agents: DatasetAgent[] = datasetAgents.map((agent) => ({ ...agent }));

  private readonly context: BuildContext;
  private readonly rowsById = new Map<string, ClientRow>();
  private readonly customersById = new Map<string, DatasetCustomer>();
  private readonly tasksById = new Map<string, DatasetTask>();
  private readonly agentsById = new Map(this.agents.map((agent) => [agent.id, agent]));
  private readonly activityByCustomer = new Map<string, ClientActivity>();
  /** Upcoming task events and events written after start-up, by customer. */
  private readonly liveEventsByCustomer = new Map<string, DatasetHistoryEvent[]>();
  private readonly liveEventsById = new Map<string, DatasetHistoryEvent>();

  constructor(rows: readonly ClientRow[], options: BuildDatasetOptions) {
    this.context = createBuildContext(options);
    for (const row of rows) {
      const { customer, task, upcomingEvent } = buildClientSummary(row, this.context);
      this.rowsById.set(customer.id, row);
      this.customers.push(customer);
      this.customersById.set(customer.id, customer);
      if (task && upcomingEvent) {
        this.addTask(task);
        this.addEvent(upcomingEvent);
      }
    }
  }

  customer(id: string): DatasetCustomer | undefined {
    return this.customersById.get(id);
  }

  task(id: string): DatasetTask | undefined {
    return this.tasksById.get(id);
  }

  agent(id: string): DatasetAgent | undefined {
    return this.agentsById.get(id);
  }

  addTask(task: DatasetTask): void {
    this.tasks.push(task);
    this.tasksById.set(task.id, task);
  }

  /** Invoices of one customer, or of every customer when `customerId` is undefined. */
  invoices(customerId: string | undefined): DatasetInvoice[] {
    if (customerId !== undefined) return this.activity(customerId)?.invoices ?? [];
    return this.customers.flatMap((customer) => this.activity(customer.id)!.invoices);
  }

  /** Finds an invoice; its id starts with the customer id (`1-2026-10`). */
  invoice(id: string): DatasetInvoice | undefined {
    return this.activity(customerIdOf(id))?.invoices.find((invoice) => invoice.id === id);
  }

  /** History of one customer, or of every customer when `customerId` is undefined, oldest first. */
  history(customerId: string | undefined): DatasetHistoryEvent[] {
    const customerIds = customerId === undefined ? this.customers.map((customer) => customer.id) : [customerId];
    const events: DatasetHistoryEvent[] = [];
    for (const id of customerIds) {
      for (const event of this.activity(id)?.pastEvents ?? []) events.push(event);
      for (const event of this.liveEventsByCustomer.get(id) ?? []) events.push(event);
    }
    const times = new Map(events.map((event) => [event, Date.parse(event.at)]));
    return events.sort((a, b) => times.get(a)! - times.get(b)!);
  }

  /** Finds a history event; generated event ids start with the customer id. */
  event(id: string): DatasetHistoryEvent | undefined {
    const live = this.liveEventsById.get(id);
    if (live) return live;
    return this.activity(customerIdOf(id))?.pastEvents.find((event) => event.id === id);
  }

  addEvent(event: DatasetHistoryEvent): void {
    this.liveEventsById.set(event.id, event);
    const list = this.liveEventsByCustomer.get(event.customerId);
    if (list) list.push(event);
    else this.liveEventsByCustomer.set(event.customerId, [event]);
  }

  /** Returns the upcoming events of a task (always live events, never generated past ones). */
  upcomingEvents(task: DatasetTask): DatasetHistoryEvent[] {
    return (this.liveEventsByCustomer.get(task.customerId) ?? []).filter(
      (event) => event.taskId === task.id && event.status === 'upcoming',
    );
  }

  removeUpcomingEvents(task: DatasetTask): void {
    for (const event of this.upcomingEvents(task)) this.liveEventsById.delete(event.id);
    const kept = (this.liveEventsByCustomer.get(task.customerId) ?? []).filter((event) =>
      this.liveEventsById.has(event.id),
    );
    this.liveEventsByCustomer.set(task.customerId, kept);
  }

  private activity(customerId: string): ClientActivity | undefined {
    let activity = this.activityByCustomer.get(customerId);
    if (!activity) {
      const row = this.rowsById.get(customerId);
      if (!row) return undefined;
      activity = buildClientActivity(row, this.context);
      this.activityByCustomer.set(customerId, activity);
    }
    return activity;
  }
}

function customerIdOf(recordId: string): string {
  return recordId.split('-', 1)[0];
}
