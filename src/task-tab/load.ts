import type { DataProvider } from '../core/provider.ts';
import {
  agentSchema,
  customerSchema,
  taskSchema,
  type Agent,
  type Customer,
  type Invoice,
  type RecordId,
  type Task,
} from '../core/records.ts';
import { loadAllInvoices } from '../invoices/load.ts';

/** Everything the task tab shows for one customer. */
export interface TaskTabData {
  /** Open tasks, earliest due date first. */
  tasks: Task[];
  customer: Customer;
  invoices: Invoice[];
  agents: Agent[];
}

/** Upper bounds of the single-page reads; a customer rarely has more than a few open tasks. */
export const taskPageSize = 50;
export const agentPageSize = 200;

/**
 * Loads a customer's open tasks, the customer, all their invoices and the
 * agents in parallel. Rejects with the provider's error, or with an Error
 * naming the record and path when a task or agent does not match its schema.
 */
export async function loadTaskTabData(
  provider: DataProvider,
  customerId: RecordId,
  signal: AbortSignal,
): Promise<TaskTabData> {
  const [taskPage, customerResult, invoices, agentPage] = await Promise.all([
    provider.getList('tasks', {
      filter: { customerId, status: 'open' },
      pagination: { page: 1, perPage: taskPageSize },
      sort: { field: 'dueDate', order: 'ASC' },
      signal,
    }),
    provider.getOne('customers', { id: customerId, signal }),
    loadAllInvoices(provider, customerId, { signal }),
    provider.getList('agents', { pagination: { page: 1, perPage: agentPageSize }, signal }),
  ]);
  const tasks = taskPage.data
    .map((record) => parseRecord(taskSchema, record, 'task'))
    .filter((task) => task.status === 'open')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return {
    tasks,
    customer: parseRecord(customerSchema, customerResult.data, 'customer'),
    invoices,
    agents: agentPage.data.map((record) => parseRecord(agentSchema, record, 'agent')),
  };
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

function parseRecord<T>(schema: Schema<T>, record: unknown, kind: string): T {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const id = (record as { id?: unknown } | null)?.id;
  const issue = result.error.issues[0];
  const path = issue.path.map(String).join('.') || '(record)';
  throw new Error(`Invalid ${kind} ${String(id ?? '')}: ${path}: ${issue.message}`);
}
