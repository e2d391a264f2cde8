/**
 * Text and badges shared by `<invoice-tab>` and `<billing-tab>`. Every helper
 * returns the missing-value dash instead of throwing on a malformed record,
 * because a provider's bad row must not break the whole list.
 */
import { html, type TemplateResult } from 'lit';
import { formatMoney, toMinorUnits, type Decimal } from '../money/money.ts';
import { formatCalendarDate, isCalendarDate } from '../dates/calendar-date.ts';
import { missingValue } from '../format/format.ts';
import { pickMessages } from '../core/i18n.ts';
import { invoiceStatusMessages } from './messages.ts';
import type { Invoice } from '../core/records.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import { invoiceStatus, type InvoiceStatus } from '../invoices/status.ts';

/** The status name in `locale`, such as "Vencida". */
export function statusLabel(status: InvoiceStatus, locale: string): string {
  return pickMessages(invoiceStatusMessages, locale)[status];
}

/** A badge with the status as text and a colour per status (`part="badge badge-overdue"`). */
export function renderStatusBadge(
  status: InvoiceStatus | undefined,
  locale: string,
): TemplateResult {
  if (!status) return html`<span class="badge" part="badge">${missingValue}</span>`;
  return html`<span class="badge badge-${status}" part="badge badge-${status}"
    >${statusLabel(status, locale)}</span
  >`;
}

/** Status of a provider row, or undefined when its amounts are invalid. */
export function safeStatus(invoice: Invoice, today: CalendarDate): InvoiceStatus | undefined {
  try {
    return invoiceStatus(invoice, today);
  } catch {
    return undefined;
  }
}

/** A minor-unit amount as money text. */
export function moneyText(minor: number, locale: string, currency: string): string {
  return formatMoney(minor, locale, currency);
}

/** A major-unit amount from a record (number or decimal string) as money text, or the dash. */
export function decimalText(value: Decimal | undefined, locale: string, currency: string): string {
  if (value === undefined || value === null || value === '') return missingValue;
  try {
    return formatMoney(toMinorUnits(value, currency), locale, currency);
  } catch {
    return missingValue;
  }
}

/** A calendar date in the locale's short form, or the dash. */
export function dateText(value: unknown, locale: string): string {
  return isCalendarDate(value) ? formatCalendarDate(value, locale) : missingValue;
}
