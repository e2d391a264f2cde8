/**
 * Turns the parsed CSV rows into the records the elements read: customers,
 * invoices, collection tasks, agents and history events. docs/dataset.md
 * states every rule with worked examples.
 */
import { interpolate } from '../core/i18n.ts';
import { TZDate } from '@date-fns/tz';
import {
  addMonths,
  monthOf,
  parseCalendarDate,
  type CalendarDate,
} from '../dates/calendar-date.ts';
import { currencyFractionDigits, toMinorUnits } from '../money/money.ts';
import {
  collectionTaskContent,
  datasetAgents,
  outcomeLabel,
  type DatasetAgent,
} from './collection-task.ts';
import { datasetTexts, type DatasetText } from './dataset-text.ts';
import { statementMonths, type ClientRow, type StatementRow } from './csv.ts';
import { generateIdentity, seededHash, type GeneratedIdentity } from './names.ts';
import type { EventOption, TaskField } from '../core/records.ts';

export const datasetCurrency = 'TWD';
export const datasetTimeZone = 'America/Sao_Paulo';

/** Day of the month on which a statement is issued (in its shifted statement month). */
export const issueDay = 25;
/** Day of the month after the statement month on which the statement falls due. */
export const dueDay = 10;
/** Day of the due month on which a payment made on time is dated. */
export const onTimePaymentDay = 5;
/** Day of the due month on which a late payment is dated, after the due date. */
export const latePaymentDay = 20;
/** Local hour of payment events. */
export const paymentHour = 12;
/** Local hour of generated contact events, dated the 15th of the due month. */
export const contactHour = 10;
export const contactDay = 15;
/** Local hour of the upcoming event of an open task. */
export const taskHour = 9;

export type Education = 'graduate' | 'university' | 'high-school' | 'other' | 'unknown';
export type MaritalStatus = 'married' | 'single' | 'other' | 'unknown';

export interface DatasetCustomer extends GeneratedIdentity {
  id: string;
  sex: 'female' | 'male';
  age: number;
  education: Education;
  maritalStatus: MaritalStatus;
  creditLimit: number;
  score: number;
  balance: number;
  overdueBalance: number;
  defaultNextMonth: boolean;
  openTaskId: string | null;
}

export interface DatasetInvoice {
  id: string;
  customerId: string;
  number: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  amount: number;
  paidAmount: number;
  paidDate?: CalendarDate;
  currency: string;
  canceled: boolean;
  /** Month of the statement after the date shift, `YYYY-MM`. */
  statementMonth: string;
  /** The CSV repayment status code of the statement's own month. */
  repaymentStatus: number;
  /**
   * Part of the bill the client rolled into the next statement while keeping
   * the account current (repayment code -2, -1 or 0). It counts as settled on
   * this invoice because the next bill contains it.
   */
  carriedForward: number;
}

export interface DatasetTask {
  id: string;
  customerId: string;
  name: string;
  status: 'open' | 'done' | 'canceled';
  dueDate: CalendarDate;
  assigneeId: string;
  eventOptions: EventOption[];
  template: string;
  script: string;
  fields: TaskField[];
  values: Record<string, unknown>;
  /** Outcome id once the task is done. */
  outcome?: string;
  /** ISO instant at which the task was executed. */
  completedAt?: string;
}

export interface DatasetHistoryEvent {
  id: string;
  customerId: string;
  kind: 'payment' | 'contact' | 'task' | 'note';
  title: string;
  at: string;
  status: 'done' | 'upcoming';
  agentId?: string | null;
  /** Label of the recorded outcome (contact and task events). */
  outcome?: string;
  /** Id of the recorded outcome. */
  outcomeId?: string;
  taskId?: string;
  /** Amount of a payment event, in major units of `currency`. */
  amount?: number;
  currency?: string;
}

export interface Dataset {
  customers: DatasetCustomer[];
  invoices: DatasetInvoice[];
  tasks: DatasetTask[];
  agents: DatasetAgent[];
  history: DatasetHistoryEvent[];
}

export interface BuildDatasetOptions {
  /** The current calendar date in `timeZone`; the statements are shifted relative to it. */
  today: CalendarDate;
  /** Zone of the generated event instants, America/Sao_Paulo by default. */
  timeZone?: string;
  /** Text of the tasks and history events, pt-BR by default. */
  text?: DatasetText;
}

/**
 * Builds the records of every row. Invoices, tasks and history keep the order
 * of `rows`, and within a client the statements run from April to September.
 */
export function buildDataset(rows: readonly ClientRow[], options: BuildDatasetOptions): Dataset {
  const context = createBuildContext(options);
  const dataset: Dataset = {
    customers: [],
    invoices: [],
    tasks: [],
    agents: datasetAgents.map((agent) => ({ ...agent })),
    history: [],
  };
  for (const row of rows) {
    const { customer, task, upcomingEvent } = buildClientSummary(row, context);
    const { invoices, pastEvents } = buildClientActivity(row, context);
    dataset.customers.push(customer);
    for (const invoice of invoices) dataset.invoices.push(invoice);
    for (const event of pastEvents) dataset.history.push(event);
    if (task && upcomingEvent) {
      dataset.tasks.push(task);
      dataset.history.push(upcomingEvent);
    }
  }
  return dataset;
}

/** Settings shared by the records of every client of one build. */
export interface BuildContext {
  today: CalendarDate;
  calendar: StatementDates[];
  instants: ZonedInstants;
  text: DatasetText;
}

export function createBuildContext(options: BuildDatasetOptions): BuildContext {
  return {
    today: options.today,
    calendar: statementCalendar(options.today),
    instants: new ZonedInstants(options.timeZone ?? datasetTimeZone),
    text: options.text ?? datasetTexts['pt-BR'],
  };
}

/**
 * Builds a client's customer record and, when an invoice is overdue, its open
 * collection task with the task's upcoming history event.
 */
export function buildClientSummary(
  row: ClientRow,
  context: BuildContext,
): { customer: DatasetCustomer; task?: DatasetTask; upcomingEvent?: DatasetHistoryEvent } {
  const amounts = statementMinorUnits(row.statements);
  const settlements = settleStatements(row.statements, amounts);
  const customer = buildCustomer(row, amounts, settlements, context.calendar, context.today);
  if (customer.overdueBalance <= 0) return { customer };
  const task = buildCollectionTask(customer, context.today, context.text);
  customer.openTaskId = task.id;
  const upcomingEvent = upcomingTaskEvent(task, context.instants.at(task.dueDate, taskHour));
  return { customer, task, upcomingEvent };
}

/**
 * Builds a client's six invoices and its past payment and contact events.
 * They depend on the CSV row and `today` only, so a provider may build them
 * when a client's invoices or history are first requested.
 */
export function buildClientActivity(
  row: ClientRow,
  context: BuildContext,
): { invoices: DatasetInvoice[]; pastEvents: DatasetHistoryEvent[] } {
  const amounts = statementMinorUnits(row.statements);
  const settlements = settleStatements(row.statements, amounts);
  const invoices = buildInvoices(row, settlements, context.calendar);
  return {
    invoices,
    pastEvents: buildPastEvents(row, amounts, invoices, context.instants, context.text),
  };
}

/**
 * Months to add to a 2005 statement month so that the September 2005
 * statement, due in October 2005, falls due in the month of `today`:
 * `(year(today) - 2005) * 12 + month(today) - 10`.
 */
export function statementMonthShift(today: CalendarDate): number {
  const { year, month } = parseCalendarDate(today);
  return (year - 2005) * 12 + month - 10;
}

/** Shifts a 2005 statement month `YYYY-MM` by `shift` months. */
export function shiftStatementMonth(month: string, shift: number): string {
  return monthOf(addMonths(`${month}-01`, shift));
}

/** Shifted month, issue date and due date of one of the six statements. */
export interface StatementDates {
  statementMonth: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  /** Month of the due date, in which the next month's payment is dated. */
  dueMonth: string;
}

/**
 * Dates of the six statements, April to September 2005, once shifted for
 * `today`: each is issued on the {@link issueDay} of its statement month and
 * falls due on the {@link dueDay} of the next month.
 */
export function statementCalendar(today: CalendarDate): StatementDates[] {
  const shift = statementMonthShift(today);
  return statementMonths.map((month) => {
    const statementMonth = shiftStatementMonth(month, shift);
    const dueMonth = shiftStatementMonth(month, shift + 1);
    return {
      statementMonth,
      issueDate: `${statementMonth}-${twoDigits(issueDay)}`,
      dueDate: `${dueMonth}-${twoDigits(dueDay)}`,
      dueMonth,
    };
  });
}

/** Bills and payments of the six statements in minor units of TWD. */
export interface StatementAmounts {
  bills: number[];
  payments: number[];
}

export function statementMinorUnits(statements: readonly StatementRow[]): StatementAmounts {
  return {
    bills: statements.map((statement) => csvMinorUnits(statement.billAmount)),
    payments: statements.map((statement) => csvMinorUnits(statement.paidAmount)),
  };
}

/**
 * Computes the credit score, 0 to 1000, from the six repayment codes and the
 * bills and payments (see docs/dataset.md):
 * `round(700 * (63 - D) / 63 + 300 * paid / billed)`, rounding half up, where
 * D sums `min(max(code, 0), 3)` weighted 1 (April) to 6 (September), and
 * paid / billed is the share of the April to August positive bills covered
 * by the next month's payment (1 when nothing was billed).
 */
export function computeScore(
  statements: readonly StatementRow[],
  amounts: StatementAmounts = statementMinorUnits(statements),
): number {
  let delay = 0;
  statements.forEach((statement, index) => {
    delay += (index + 1) * Math.min(Math.max(statement.repaymentStatus, 0), 3);
  });
  let billed = 0;
  let paid = 0;
  for (let index = 0; index < statements.length - 1; index++) {
    const bill = amounts.bills[index];
    if (bill <= 0) continue;
    billed += bill;
    paid += Math.min(Math.max(amounts.payments[index + 1], 0), bill);
  }
  if (billed === 0) return Math.round((700 * (63 - delay)) / 63 + 300);
  // One division of exact integers, so a true x.5 rounds up as documented.
  return Math.round((700 * (63 - delay) * billed + 300 * 63 * paid) / (63 * billed));
}

/** Settlement of one statement, with amounts in minor units of TWD. */
export interface Settlement {
  amount: number;
  /** Part counted as settled: the payment covered plus the part carried forward. */
  paid: number;
  /** Part rolled into the next statement's bill. */
  carried: number;
  /** Part of the bill the next month's payment covered, capped at the bill. */
  covered: number;
  /** Day of the due month of the payment, when a payment covered part of the bill. */
  paymentDay?: number;
}

/**
 * Settles the six statements (see docs/dataset.md). Card statements are
 * cumulative: each bill contains what the client left unpaid on the one
 * before. So an unpaid remainder is carried into the next bill and counts as
 * settled on its own invoice. The exception is the August remainder when the
 * September code is late (1 or more). That part, capped at the September
 * bill, stays unpaid on the August invoice, which is then overdue. The
 * September invoice carries only the rest of its bill, so the remainder
 * counts once.
 */
export function settleStatements(
  statements: readonly StatementRow[],
  amounts: StatementAmounts = statementMinorUnits(statements),
): Settlement[] {
  const last = statements.length - 1;
  const latestBill = amounts.bills[last];
  const settlements: Settlement[] = [];
  let overdueRemainder = 0;
  for (let index = 0; index < last; index++) {
    const amount = amounts.bills[index];
    const next = statements[index + 1];
    const covered = amount <= 0 ? 0 : Math.min(Math.max(amounts.payments[index + 1], 0), amount);
    const settlement: Settlement = { amount, paid: amount, carried: 0, covered };
    if (covered > 0)
      settlement.paymentDay = next.repaymentStatus >= 1 ? latePaymentDay : onTimePaymentDay;
    if (amount > 0) {
      let remainder = amount - covered;
      if (index === last - 1 && next.repaymentStatus >= 1) {
        overdueRemainder = Math.min(remainder, Math.max(latestBill, 0));
        remainder -= overdueRemainder;
        settlement.paid = amount - overdueRemainder;
      }
      settlement.carried = remainder;
    }
    settlements.push(settlement);
  }
  // The latest statement is not paid yet; a zero or negative bill leaves nothing to pay.
  const latestAmount = latestBill <= 0 ? latestBill : latestBill - overdueRemainder;
  settlements.push({
    amount: latestAmount,
    paid: latestBill <= 0 ? latestBill : 0,
    carried: 0,
    covered: 0,
  });
  return settlements;
}

/** Builds the six invoices of a client from its settlements. */
export function buildInvoices(
  row: ClientRow,
  settlements: readonly Settlement[],
  calendar: readonly StatementDates[],
): DatasetInvoice[] {
  const customerId = String(row.id);
  return settlements.map((settlement, index) => {
    const dates = calendar[index];
    const invoice: DatasetInvoice = {
      id: `${customerId}-${dates.statementMonth}`,
      customerId,
      number: `${dates.statementMonth.replace('-', '')}-${customerId.padStart(5, '0')}`,
      issueDate: dates.issueDate,
      dueDate: dates.dueDate,
      amount: toMajorUnits(settlement.amount),
      paidAmount: toMajorUnits(settlement.paid),
      currency: datasetCurrency,
      canceled: false,
      statementMonth: dates.statementMonth,
      repaymentStatus: row.statements[index].repaymentStatus,
      carriedForward: toMajorUnits(settlement.carried),
    };
    if (settlement.paymentDay !== undefined) {
      invoice.paidDate = `${dates.dueMonth}-${twoDigits(settlement.paymentDay)}`;
    }
    return invoice;
  });
}

function buildCustomer(
  row: ClientRow,
  amounts: StatementAmounts,
  settlements: readonly Settlement[],
  calendar: readonly StatementDates[],
  today: CalendarDate,
): DatasetCustomer {
  const sex = row.sexCode === 2 ? 'female' : 'male';
  let balance = 0;
  let overdue = 0;
  settlements.forEach((settlement, index) => {
    const unpaid = Math.max(settlement.amount - settlement.paid, 0);
    balance += unpaid;
    if (today > calendar[index].dueDate) overdue += unpaid;
  });
  return {
    id: String(row.id),
    ...generateIdentity(row.id, sex),
    sex,
    age: row.age,
    education: educationOf(row.educationCode),
    maritalStatus: maritalStatusOf(row.maritalCode),
    creditLimit: toMajorUnits(csvMinorUnits(row.creditLimit)),
    score: computeScore(row.statements, amounts),
    balance: toMajorUnits(balance),
    overdueBalance: toMajorUnits(overdue),
    defaultNextMonth: row.defaultNextMonth,
    openTaskId: null,
  };
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

export function educationOf(code: number): Education {
  if (code === 1) return 'graduate';
  if (code === 2) return 'university';
  if (code === 3) return 'high-school';
  if (code === 4) return 'other';
  return 'unknown';
}

export function maritalStatusOf(code: number): MaritalStatus {
  if (code === 1) return 'married';
  if (code === 2) return 'single';
  if (code === 3) return 'other';
  return 'unknown';
}

/** Picks the agent of a client's tasks from a hash of the client ID. */
export function assignedAgentId(customerId: number): string {
  return `agent-${(seededHash(customerId, 1000) % datasetAgents.length) + 1}`;
}

function buildCollectionTask(
  customer: DatasetCustomer,
  today: CalendarDate,
  text: DatasetText,
): DatasetTask {
  return {
    id: `task-${customer.id}`,
    customerId: customer.id,
    name: text.collectionTaskName,
    status: 'open',
    dueDate: today,
    assigneeId: assignedAgentId(Number(customer.id)),
    ...collectionTaskContent(text),
    values: { phone: customer.phone },
  };
}

/** Builds the `upcoming` history event of an open task, at the instant `at`. */
export function upcomingTaskEvent(task: DatasetTask, at: string): DatasetHistoryEvent {
  return {
    id: `${task.customerId}-upcoming-${task.id}`,
    customerId: task.customerId,
    kind: 'task',
    title: task.name,
    at,
    status: 'upcoming',
    agentId: task.assigneeId,
    taskId: task.id,
  };
}

/** Outcomes of the generated past contacts, picked by hash. */
const pastContactOutcomes = ['no-answer', 'promise-to-pay', 'refused'];

/**
 * Builds the done payment events (one per statement whose next-month payment
 * is above zero) and one done contact event for each late month (repayment
 * code 1 or more from May on), in chronological order.
 */
function buildPastEvents(
  row: ClientRow,
  amounts: StatementAmounts,
  invoices: DatasetInvoice[],
  instants: ZonedInstants,
  text: DatasetText,
): DatasetHistoryEvent[] {
  const customerId = String(row.id);
  const events: DatasetHistoryEvent[] = [];
  for (let index = 0; index < invoices.length - 1; index++) {
    const invoice = invoices[index];
    const next = row.statements[index + 1];
    const dueMonth = invoice.dueDate.slice(0, 7);
    const late = next.repaymentStatus >= 1;
    if (late) {
      const outcomeId =
        pastContactOutcomes[seededHash(row.id, 2000 + index) % pastContactOutcomes.length];
      events.push({
        id: `${customerId}-contact-${dueMonth}`,
        customerId,
        kind: 'contact',
        title: text.collectionCallTitle,
        at: instants.at(`${dueMonth}-${contactDay}`, contactHour),
        status: 'done',
        agentId: assignedAgentId(row.id),
        outcome: outcomeLabel(outcomeId, text),
        outcomeId,
      });
    }
    const payment = amounts.payments[index + 1];
    if (payment > 0) {
      const day = late ? latePaymentDay : onTimePaymentDay;
      events.push({
        id: `${customerId}-payment-${dueMonth}`,
        customerId,
        kind: 'payment',
        title: interpolate(text.invoicePaymentTitle, { number: invoice.number }),
        at: instants.at(`${dueMonth}-${twoDigits(day)}`, paymentHour),
        status: 'done',
        amount: toMajorUnits(payment),
        currency: datasetCurrency,
      });
    }
  }
  return events;
}

const minorPerMajor = 10 ** currencyFractionDigits(datasetCurrency);

/**
 * Converts a CSV amount to minor units of TWD like `toMinorUnits`. Whole
 * amounts, which are all the CSV has, take a shortcut because multiplying a
 * safe integer by 100 is exact, and `toMinorUnits` costs a string and a
 * BigInt per call over 30,000 rows.
 */
export function csvMinorUnits(amount: number): number {
  const minor = amount * minorPerMajor;
  if (Number.isInteger(amount) && Number.isSafeInteger(minor)) return minor;
  return toMinorUnits(amount, datasetCurrency);
}

/**
 * Converts minor units to a number in major units. Dividing a safe integer
 * by 100 rounds once to the nearest double, the same number that
 * `Number(fromMinorUnits(minor))` parses from the exact decimal text.
 */
export function toMajorUnits(minor: number): number {
  return minor / minorPerMajor;
}

/**
 * ISO instants with the zone's offset for a local date and hour, such as
 * `2026-11-05T12:00:00.000-03:00`, cached because many events share a date.
 */
export class ZonedInstants {
  private readonly cache = new Map<string, string>();

  constructor(readonly timeZone: string) {}

  at(date: CalendarDate, hour: number): string {
    const key = `${date}T${hour}`;
    let instant = this.cache.get(key);
    if (instant === undefined) {
      const { year, month, day } = parseCalendarDate(date);
      instant = new TZDate(year, month - 1, day, hour, 0, 0, this.timeZone).toISOString();
      this.cache.set(key, instant);
    }
    return instant;
  }
}
