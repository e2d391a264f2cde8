import * as z from 'zod/mini';
import { schemaMessage } from './i18n-validation.ts';

// zod/mini objects parse without generated code. Classic zod objects, which a
// host page may build from the same zod package, probe for eval support with
// `new Function('')` when constructed, and pages that enforce Trusted Types or
// forbid 'unsafe-eval' report that as a violation. The global jitless setting
// turns the probe off for every object built after this module runs (zod 4.6,
// core/schemas.js). Every element imports this module through the structure schema.
z.config({ jitless: true });

/** Record id as react-admin providers return it. Compare ids with `String(id)`. */
export const recordIdSchema = z.union([
  z.string().check(z.minLength(1)),
  z.number().check(z.int()),
]);
export type RecordId = z.infer<typeof recordIdSchema>;

const calendarDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date without time or zone, `YYYY-MM-DD`. Never pass it to `new Date(string)`. */
export const calendarDateSchema = z.string().check(
  z.regex(calendarDatePattern, schemaMessage('calendarDateFormat')),
  z.refine((value: string) => {
    const [year, month, day] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, schemaMessage('calendarDateExists')),
);

/** A money amount in major units: a finite number or a decimal string such as "1234.56". */
export const decimalSchema = z.union([
  // z.number() rejects Infinity and NaN, as classic zod's .finite() did.
  z.number(),
  z.string().check(z.regex(/^-?\d+(\.\d+)?$/, schemaMessage('decimalString'))),
]);

export const customerSchema = z.looseObject({
  id: recordIdSchema,
  name: z.string(),
});
/** A customer: `id`, `name` and any other fields the data structure reads by path. */
export type Customer = z.infer<typeof customerSchema>;

export const invoiceSchema = z.looseObject({
  id: recordIdSchema,
  customerId: recordIdSchema,
  number: z.string(),
  issueDate: calendarDateSchema,
  dueDate: calendarDateSchema,
  amount: decimalSchema,
  paidAmount: decimalSchema,
  paidDate: z.optional(calendarDateSchema),
  currency: z.string().check(z.length(3)),
  canceled: z.optional(z.boolean()),
});
export type Invoice = z.infer<typeof invoiceSchema>;

export const taskFieldTypes = [
  'text',
  'number',
  'currency',
  'date',
  'select',
  'boolean',
  'phone',
  'email',
] as const;
export type TaskFieldType = (typeof taskFieldTypes)[number];

export const taskFieldSchema = z.object({
  path: z.string().check(z.minLength(1)),
  label: z.string(),
  type: z.enum(taskFieldTypes),
  required: z.optional(z.boolean()),
  options: z.optional(z.array(z.object({ value: z.string(), label: z.string() }))),
});
export type TaskField = z.infer<typeof taskFieldSchema>;

export const eventOptionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string(),
  /** Paths of the task's `fields` that this outcome requires. */
  requiredFields: z._default(z.array(z.string()), []),
  /**
   * Paths of the task's `fields` whose value must differ from the value on
   * record in the task's `values`, such as the new phone after a wrong number.
   */
  changedFields: z.optional(z.array(z.string())),
});
export type EventOption = z.infer<typeof eventOptionSchema>;

export const taskStatuses = ['open', 'done', 'canceled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const taskSchema = z.looseObject({
  id: recordIdSchema,
  customerId: recordIdSchema,
  name: z.string(),
  status: z.enum(taskStatuses),
  dueDate: calendarDateSchema,
  assigneeId: z.optional(z.nullable(recordIdSchema)),
  eventOptions: z.array(eventOptionSchema),
  template: z._default(z.string(), ''),
  script: z._default(z.string(), ''),
  fields: z._default(z.array(taskFieldSchema), []),
  /** Current values of the updatable fields, by field path. */
  values: z.optional(z.record(z.string(), z.unknown())),
});
export type Task = z.infer<typeof taskSchema>;

export const agentSchema = z.looseObject({
  id: recordIdSchema,
  name: z.string(),
});
export type Agent = z.infer<typeof agentSchema>;

export const historyStatuses = ['done', 'upcoming'] as const;

export const historyEventSchema = z.looseObject({
  id: recordIdSchema,
  customerId: recordIdSchema,
  /** `task`, `payment`, `contact` or `note`; hosts may add kinds. */
  kind: z.string(),
  title: z.string(),
  /** An ISO 8601 instant with offset, such as 2026-12-04T13:00:00Z. */
  at: z.iso.datetime({ offset: true }),
  status: z.enum(historyStatuses),
  agentId: z.optional(z.nullable(recordIdSchema)),
  outcome: z.optional(z.string()),
  taskId: z.optional(recordIdSchema),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

/** Data sent as `create('task-executions', { data })` to run a task. */
export const taskExecutionSchema = z.object({
  taskId: recordIdSchema,
  outcome: z.string().check(z.minLength(1)),
  values: z.record(z.string(), z.unknown()),
  idempotencyKey: z.string().check(z.minLength(1)),
});
export type TaskExecution = z.infer<typeof taskExecutionSchema>;
