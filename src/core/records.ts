import * as z from 'zod';

// zod 4 probes for eval support with `new Function('')`, which pages that
// enforce Trusted Types or forbid 'unsafe-eval' report as a violation.
// Jitless parsing never evaluates code. It is set here because every element
// imports this module, through the structure schema, before parsing anything.
z.config({ jitless: true });

/** Record id as react-admin providers return it. Compare ids with `String(id)`. */
export const recordIdSchema = z.union([z.string().min(1), z.number().int()]);
export type RecordId = z.infer<typeof recordIdSchema>;

const calendarDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date without time or zone, `YYYY-MM-DD`. Never pass it to `new Date(string)`. */
export const calendarDateSchema = z
  .string()
  .regex(calendarDatePattern, 'expected a calendar date as YYYY-MM-DD')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'expected a calendar date that exists');

/** A money amount in major units: a finite number or a decimal string such as "1234.56". */
export const decimalSchema = z.union([
  z.number().finite(),
  z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a decimal string such as "1234.56"'),
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
  paidDate: calendarDateSchema.optional(),
  currency: z.string().length(3),
  canceled: z.boolean().optional(),
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
  path: z.string().min(1),
  label: z.string(),
  type: z.enum(taskFieldTypes),
  required: z.boolean().optional(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
});
export type TaskField = z.infer<typeof taskFieldSchema>;

export const eventOptionSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  /** Paths of the task's `fields` that this outcome requires. */
  requiredFields: z.array(z.string()).default([]),
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
  assigneeId: recordIdSchema.nullable().optional(),
  eventOptions: z.array(eventOptionSchema),
  template: z.string().default(''),
  script: z.string().default(''),
  fields: z.array(taskFieldSchema).default([]),
  /** Current values of the updatable fields, by field path. */
  values: z.record(z.string(), z.unknown()).optional(),
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
  agentId: recordIdSchema.nullable().optional(),
  outcome: z.string().optional(),
  taskId: recordIdSchema.optional(),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

/** Data sent as `create('task-executions', { data })` to run a task. */
export const taskExecutionSchema = z.object({
  taskId: recordIdSchema,
  outcome: z.string().min(1),
  values: z.record(z.string(), z.unknown()),
  idempotencyKey: z.string().min(1),
});
export type TaskExecution = z.infer<typeof taskExecutionSchema>;
