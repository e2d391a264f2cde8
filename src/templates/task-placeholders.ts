import type { Agent, Customer, Task } from '../core/records.ts';
import { formatMoney } from '../money/money.ts';
import { formatCalendarDate, isCalendarDate } from '../dates/calendar-date.ts';
import { missingValue } from '../format/format.ts';
import { readPath } from '../core/path.ts';
import { isSafePlaceholderName, type PlaceholderResolver } from './placeholders.ts';

/** Data the placeholders of a task's message template and call script read. */
export interface TaskPlaceholderData {
  customer?: Customer;
  task?: Task;
  /** The task's assignee, for `{{agent.name}}`. */
  agent?: Agent;
  /** Outstanding balance in minor units of `currency`, for `{{invoice.total}}`. */
  invoiceTotalMinor?: number;
  /** Earliest due date with a balance, for `{{invoice.oldestDueDate}}`. */
  invoiceOldestDueDate?: string;
  locale: string;
  currency: string;
}

/**
 * Builds the resolver of task templates. Known names:
 * `customer.<path>` (any scalar own field, numbers in the locale's format),
 * `invoice.total` (money), `invoice.oldestDueDate`, `task.dueDate` (dates in
 * the locale's short format), `task.name` and `agent.name`. The invoice,
 * task and agent names are always known and show "—" when their value is
 * missing; a `customer.<path>` that the record lacks is unknown.
 */
export function taskPlaceholderResolver(data: TaskPlaceholderData): PlaceholderResolver {
  return (name) => {
    if (!isSafePlaceholderName(name)) return undefined;
    const [scope, ...rest] = name.split('.');
    const path = rest.join('.');
    if (scope === 'customer' && path) return customerValue(data, path);
    switch (name) {
      case 'invoice.total':
        return data.invoiceTotalMinor === undefined
          ? missingValue
          : formatMoney(data.invoiceTotalMinor, data.locale, data.currency);
      case 'invoice.oldestDueDate':
        return dateText(data.invoiceOldestDueDate, data.locale);
      case 'task.dueDate':
        return dateText(data.task?.dueDate, data.locale);
      case 'task.name':
        return data.task?.name || missingValue;
      case 'agent.name':
        return data.agent?.name || missingValue;
      default:
        return undefined;
    }
  };
}

function customerValue(data: TaskPlaceholderData, path: string): string | undefined {
  const value = readPath(data.customer, path);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? new Intl.NumberFormat(data.locale).format(value) : undefined;
  }
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

function dateText(date: string | undefined, locale: string): string {
  return date && isCalendarDate(date) ? formatCalendarDate(date, locale) : missingValue;
}
