import { html, nothing, type TemplateResult } from 'lit';
import { interpolate, type Messages } from '../core/i18n.ts';
import type { Invoice } from '../core/records.ts';
import type { SortOrder } from '../core/provider.ts';
import type { FieldDefinition } from '../structure/schema.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import { formatValue, missingValue } from '../format/format.ts';
import { readPath } from '../core/path.ts';
import { daysOverdue, invoiceBalance } from '../invoices/status.ts';
import type { InvoiceTabMessageKey } from './messages.ts';
import {
  dateText,
  decimalText,
  moneyText,
  renderStatusBadge,
  safeStatus,
} from './invoice-format.ts';

/** Fields the list sorts by, as sent to the provider in `sort.field`. */
export const invoiceSortFields = ['dueDate', 'amount', 'status'] as const;
export type InvoiceSortField = (typeof invoiceSortFields)[number];

export interface TableView {
  rows: Invoice[];
  today: CalendarDate;
  locale: string;
  timeZone: string;
  messages: Messages<InvoiceTabMessageKey>;
  sort: { field: InvoiceSortField; order: SortOrder };
  expanded: ReadonlySet<string>;
  extraFields: readonly FieldDefinition[];
  onSort: (field: InvoiceSortField) => void;
  onToggle: (id: string) => void;
}

const columnCount = 9;

function ariaSort(view: TableView, field: InvoiceSortField): 'ascending' | 'descending' | 'none' {
  if (view.sort.field !== field) return 'none';
  return view.sort.order === 'ASC' ? 'ascending' : 'descending';
}

function renderSortHeader(
  view: TableView,
  field: InvoiceSortField,
  label: string,
  align = '',
): TemplateResult {
  const sort = ariaSort(view, field);
  const arrow = sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '';
  return html`
    <th scope="col" class=${align} aria-sort=${sort}>
      <button
        type="button"
        class="sort"
        part="sort-button"
        data-sort=${field}
        @click=${() => view.onSort(field)}
      >
        ${label}<span class="sort-arrow" aria-hidden="true">${arrow}</span>
      </button>
    </th>
  `;
}

function balanceText(invoice: Invoice, locale: string): string {
  try {
    return moneyText(invoiceBalance(invoice), locale, invoice.currency);
  } catch {
    return missingValue;
  }
}

function daysText(invoice: Invoice, view: TableView): string {
  try {
    const days = daysOverdue(invoice, view.today);
    return days > 0 ? days.toLocaleString(view.locale) : missingValue;
  } catch {
    return missingValue;
  }
}

function renderDetails(invoice: Invoice, view: TableView, id: string): TemplateResult {
  const { messages, locale } = view;
  const repayment = (invoice as Record<string, unknown>).repaymentStatus;
  const extra = view.extraFields.map((field) => {
    const text = formatValue(readPath(invoice, field.path), field.format, {
      locale,
      currency: invoice.currency,
      timeZone: view.timeZone,
      options: field.options,
    });
    return html`<div>
      <dt>${field.label}</dt>
      <dd>${text}</dd>
    </div>`;
  });
  return html`
    <tr class="details" part="details" id=${id}>
      <td colspan=${columnCount}>
        <dl>
          <div>
            <dt>${messages.issueDate}</dt>
            <dd>${dateText(invoice.issueDate, locale)}</dd>
          </div>
          <div>
            <dt>${messages.paidDate}</dt>
            <dd>${dateText(invoice.paidDate, locale)}</dd>
          </div>
          <div>
            <dt>${messages.paidAmount}</dt>
            <dd>${decimalText(invoice.paidAmount, locale, invoice.currency)}</dd>
          </div>
          ${
            repayment === undefined || repayment === null || repayment === ''
              ? nothing
              : html`<div>
                  <dt>${messages.repaymentStatus}</dt>
                  <dd>${String(repayment)}</dd>
                </div>`
          }
          ${extra}
        </dl>
      </td>
    </tr>
  `;
}

function renderRow(invoice: Invoice, index: number, view: TableView): TemplateResult {
  const { locale, messages } = view;
  const key = String(invoice.id);
  const open = view.expanded.has(key);
  const detailsId = `invoice-details-${index}`;
  return html`
    <tr part="row" data-id=${key}>
      <td>
        <button
          type="button"
          class="expand"
          part="expand-button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? detailsId : nothing}
          aria-label=${interpolate(messages.showDetails, { number: invoice.number })}
          @click=${() => view.onToggle(key)}
        >
          ${open ? '−' : '+'}
        </button>
      </td>
      <th scope="row">${invoice.number}</th>
      <td class="secondary">${dateText(invoice.issueDate, locale)}</td>
      <td>${dateText(invoice.dueDate, locale)}</td>
      <td class="end">${decimalText(invoice.amount, locale, invoice.currency)}</td>
      <td class="end secondary">${decimalText(invoice.paidAmount, locale, invoice.currency)}</td>
      <td class="end">${balanceText(invoice, locale)}</td>
      <td>${renderStatusBadge(safeStatus(invoice, view.today), locale)}</td>
      <td class="end">${daysText(invoice, view)}</td>
    </tr>
    ${open ? renderDetails(invoice, view, detailsId) : nothing}
  `;
}

/** The invoice table of one page, with sortable headers and expandable rows. */
export function renderInvoiceTable(view: TableView): TemplateResult {
  const { messages } = view;
  return html`
    <table part="table">
      <caption class="visually-hidden">
        ${messages.listLabel}
      </caption>
      <thead>
        <tr>
          <th scope="col"><span class="visually-hidden">${messages.details}</span></th>
          <th scope="col">${messages.number}</th>
          <th scope="col" class="secondary">${messages.issueDate}</th>
          ${renderSortHeader(view, 'dueDate', messages.dueDate)}
          ${renderSortHeader(view, 'amount', messages.amount, 'end')}
          <th scope="col" class="end secondary">${messages.paidAmount}</th>
          <th scope="col" class="end">${messages.balance}</th>
          ${renderSortHeader(view, 'status', messages.status)}
          <th scope="col" class="end">${messages.daysOverdue}</th>
        </tr>
      </thead>
      <tbody>
        ${view.rows.map((invoice, index) => renderRow(invoice, index, view))}
      </tbody>
    </table>
  `;
}
