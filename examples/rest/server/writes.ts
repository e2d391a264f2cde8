/**
 * The writes of the provider contract, each in one SQLite transaction, with
 * the rules of the embedded provider. Running a task closes it, and a
 * promise to pay opens a follow-up task. Reassigning a task changes its
 * agent. Both add a history event. Field errors and titles are pt-BR, the
 * embedded provider's default language and the language of this example's page.
 */
import { interpolate } from '../../../src/core/i18n.ts';
import { outcomeLabel } from '../../../src/data/collection-task.ts';
import { datasetTexts } from '../../../src/data/dataset-text.ts';
import {
  datasetCurrency,
  taskHour,
  upcomingTaskEvent,
  ZonedInstants,
  type DatasetTask,
} from '../../../src/data/dataset.ts';
import {
  checkTaskExecution,
  normalizePhone,
  parseTaskExecution,
} from '../../../src/data/task-execution.ts';
import { todayIn } from '../../../src/dates/calendar-date.ts';
import { findRecord, prepareInsert, type SqliteDatabase } from './database.ts';
import { recordOf } from './records.ts';
import { RequestError } from './request-error.ts';
import {
  agentsTable,
  customersTable,
  historyTable,
  invoicesTable,
  taskExecutionsTable,
  tasksTable,
} from './schema.ts';
import { outstandingOf } from '../../../src/invoices/outstanding.ts';
import type { Invoice } from '../../../src/core/records.ts';

/** The dataset text of this example, in pt-BR. */
const text = datasetTexts['pt-BR'];

export interface WriteContext {
  db: SqliteDatabase;
  /** Zone of "today", which bounds promise dates, and of new event instants. */
  timeZone: string;
  now: () => Date;
}

/** Returns the next number of the database's id sequence, stored in `meta`. */
export function nextSequence(db: SqliteDatabase): number {
  const row = db
    .prepare(
      `INSERT INTO meta (key, value) VALUES ('sequence', '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
       RETURNING value`,
    )
    .get() as { value: string | number };
  return Number(row.value);
}

/** Adds a history event with a new id; returns the stored record. */
export function addEvent(
  db: SqliteDatabase,
  event: Record<string, unknown>,
): Record<string, unknown> {
  const record = { id: `${String(event.customerId)}-event-${nextSequence(db)}`, ...event };
  prepareInsert(db, historyTable)(record);
  return findRecord(db, historyTable, record.id)!;
}

function invalidExecution(errors: Record<string, string>): RequestError {
  return new RequestError(422, `Invalid task execution: ${Object.keys(errors).join(', ')}`, errors);
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Runs a task: `input` is a TaskExecution (`taskId`, `outcome`, `values`,
 * `idempotencyKey`). A key seen before returns the first result unchanged.
 * Throws a 422 RequestError with field errors for an invalid execution.
 */
export function executeTask(context: WriteContext, input: unknown): Record<string, unknown> {
  const { db } = context;
  return db.transaction(() => {
    const parsed = parseTaskExecution(input);
    if (!parsed.ok) throw invalidExecution(parsed.errors);
    const { execution } = parsed;
    const previous = db
      .prepare('SELECT * FROM task_executions WHERE "idempotencyKey" = ?')
      .get(execution.idempotencyKey);
    if (previous) return recordOf(taskExecutionsTable, previous as Record<string, unknown>);

    const task = findRecord(db, tasksTable, String(execution.taskId)) as DatasetTask | undefined;
    if (!task) throw invalidExecution({ taskId: text.errors.taskNotFound });
    const now = context.now();
    const today = todayIn(context.timeZone, now);
    const invoices = db
      .prepare('SELECT * FROM invoices WHERE "customerId" = ?')
      .all(task.customerId)
      .map((row) => recordOf(invoicesTable, row as Record<string, unknown>) as unknown as Invoice);
    // NOTE: this server loads no holiday calendar, so it accepts a promise on a weekday
    // holiday. The task tab's form rejects such dates before they are sent.
    const errors = checkTaskExecution(execution, task, today, datasetCurrency, {
      outstandingMinor: outstandingOf(invoices, datasetCurrency).totalMinor,
    });
    if (Object.keys(errors).length > 0) throw invalidExecution(errors);

    const values = { ...execution.values };
    const phone = isBlank(values.phone) ? null : normalizePhone(values.phone);
    if (phone !== null) {
      values.phone = phone;
      db.prepare('UPDATE customers SET phone = ? WHERE id = ?').run(phone, task.customerId);
    }
    const executedAt = now.toISOString();
    db.prepare(
      'UPDATE tasks SET status = ?, outcome = ?, "completedAt" = ?, "values" = ? WHERE id = ?',
    ).run(
      'done',
      execution.outcome,
      executedAt,
      JSON.stringify({ ...task.values, ...values }),
      task.id,
    );
    db.prepare('DELETE FROM history WHERE "taskId" = ? AND status = ?').run(task.id, 'upcoming');
    addEvent(db, {
      customerId: task.customerId,
      kind: 'task',
      title: task.name,
      at: executedAt,
      status: 'done',
      agentId: task.assigneeId,
      outcome: outcomeLabel(execution.outcome),
      outcomeId: execution.outcome,
      taskId: task.id,
    });

    const nextTaskId =
      execution.outcome === 'promise-to-pay' ? openFollowUp(context, task, values) : null;
    db.prepare('UPDATE customers SET "openTaskId" = ? WHERE id = ?').run(
      nextTaskId,
      task.customerId,
    );

    const result = {
      id: `execution-${nextSequence(db)}`,
      taskId: task.id,
      outcome: execution.outcome,
      nextTaskId,
      values,
      executedAt,
    };
    prepareInsert(db, taskExecutionsTable)(result, { idempotencyKey: execution.idempotencyKey });
    return result;
  })();
}

/** Opens the task that checks a promise to pay on the promised date; returns its id. */
function openFollowUp(
  context: WriteContext,
  task: DatasetTask,
  values: Record<string, unknown>,
): string {
  const { db } = context;
  const customer = findRecord(db, customersTable, task.customerId)!;
  const followUp: DatasetTask = {
    ...structuredClone(task),
    id: `task-${task.customerId}-${nextSequence(db)}`,
    name: text.promiseFollowUpTaskName,
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
  prepareInsert(db, tasksTable)(followUp);
  const at = new ZonedInstants(context.timeZone).at(followUp.dueDate, taskHour);
  prepareInsert(db, historyTable)(upcomingTaskEvent(followUp, at));
  return followUp.id;
}

/**
 * Applies `PUT /tasks/:id`. Only `assigneeId` may change: another field in
 * `data` must equal the stored value, so a client may send the whole record.
 * Adds a note event naming the new agent.
 */
export function updateTask(
  context: WriteContext,
  id: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const { db } = context;
  return db.transaction(() => {
    const task = findRecord(db, tasksTable, id);
    if (!task) throw new RequestError(404, `tasks record ${id} not found`);
    const changed = Object.keys(data).filter(
      (key) => key !== 'assigneeId' && JSON.stringify(data[key]) !== JSON.stringify(task[key]),
    );
    if (changed.length > 0) {
      throw new RequestError(
        422,
        `Invalid task update: only assigneeId can change, not ${changed.join(', ')}`,
        Object.fromEntries(changed.map((key) => [key, 'Somente o responsável pode ser alterado.'])),
      );
    }
    const assigneeId = data.assigneeId;
    const agent =
      typeof assigneeId === 'string' || typeof assigneeId === 'number'
        ? findRecord(db, agentsTable, String(assigneeId))
        : undefined;
    if (!agent) {
      throw new RequestError(422, `Invalid assignee ${String(assigneeId)}: expected an agent id`, {
        assigneeId: text.errors.agentNotFound,
      });
    }
    if (task.status !== 'open') {
      throw new RequestError(
        422,
        `Task ${id} is ${String(task.status)}: only open tasks can be reassigned`,
        {
          assigneeId: text.errors.reassignOnlyOpen,
        },
      );
    }
    const agentId = String(agent.id);
    db.prepare('UPDATE tasks SET "assigneeId" = ? WHERE id = ?').run(agentId, id);
    db.prepare('UPDATE history SET "agentId" = ? WHERE "taskId" = ? AND status = ?').run(
      agentId,
      id,
      'upcoming',
    );
    addEvent(db, {
      customerId: task.customerId,
      kind: 'note',
      title: interpolate(text.taskReassignedTitle, { agent: String(agent.name) }),
      at: context.now().toISOString(),
      status: 'done',
      agentId,
      taskId: id,
    });
    return findRecord(db, tasksTable, id)!;
  })();
}
