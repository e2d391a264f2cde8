import { html, type TemplateResult } from 'lit';
import { interpolate, type Messages } from '../core/i18n.ts';
import type { AgingBucket, PendingInvoice } from '../invoices/summary.ts';
import { missingValue } from '../format/format.ts';
import { dateText, moneyText, renderStatusBadge } from '../invoice-tab/invoice-format.ts';
import type { BillingTabMessageKey } from './messages.ts';

interface Common {
  locale: string;
  currency: string;
  messages: Messages<BillingTabMessageKey>;
}

/** Renders the aging table: one row per bucket with its count and balance. */
export function renderAging(buckets: readonly AgingBucket[], view: Common): TemplateResult {
  const { locale, currency, messages } = view;
  return html`
    <table class="aging" part="aging">
      <caption>
        ${messages.agingLabel}
      </caption>
      <thead>
        <tr>
          <th scope="col">${messages.agingBucket}</th>
          <th scope="col" class="end">${messages.count}</th>
          <th scope="col" class="end">${messages.balance}</th>
        </tr>
      </thead>
      <tbody>
        ${buckets.map(
          (bucket) => html`
            <tr data-bucket=${bucket.key} part="aging-row">
              <th scope="row">
                ${
                  bucket.key === 'current'
                    ? messages.agingCurrent
                    : interpolate(messages.agingRange, { range: bucket.label })
                }
              </th>
              <td class="end">${bucket.count.toLocaleString(locale)}</td>
              <td class="end">${moneyText(bucket.balance, locale, currency)}</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}

export interface PendingView extends Common {
  rows: readonly PendingInvoice[];
  selected: ReadonlySet<string>;
  allSelected: boolean;
  someSelected: boolean;
  onToggle: (id: string, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
}

function renderPendingRow(entry: PendingInvoice, view: PendingView): TemplateResult {
  const { locale, currency, messages } = view;
  const { invoice } = entry;
  return html`
    <tr part="row" data-id=${entry.id}>
      <td>
        <input
          type="checkbox"
          part="checkbox"
          aria-label=${interpolate(messages.selectInvoice, { number: invoice.number })}
          .checked=${view.selected.has(entry.id)}
          @change=${(event: Event) => view.onToggle(entry.id, (event.target as HTMLInputElement).checked)}
        />
      </td>
      <th scope="row">${invoice.number}</th>
      <td>${dateText(invoice.dueDate, locale)}</td>
      <td>${renderStatusBadge(entry.status, locale)}</td>
      <td class="end">
        ${entry.daysOverdue > 0 ? entry.daysOverdue.toLocaleString(locale) : missingValue}
      </td>
      <td class="end">${moneyText(entry.balance, locale, currency)}</td>
    </tr>
  `;
}

/** Renders the pending invoices with a checkbox each and a select-all checkbox in the header. */
export function renderPending(view: PendingView): TemplateResult {
  const { messages } = view;
  return html`
    <table class="pending" part="table">
      <caption class="visually-hidden">
        ${messages.pendingLabel}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <input
              type="checkbox"
              part="checkbox select-all"
              aria-label=${messages.selectAll}
              .checked=${view.allSelected}
              .indeterminate=${view.someSelected && !view.allSelected}
              @change=${(event: Event) => view.onToggleAll((event.target as HTMLInputElement).checked)}
            />
          </th>
          <th scope="col">${messages.number}</th>
          <th scope="col">${messages.dueDate}</th>
          <th scope="col">${messages.status}</th>
          <th scope="col" class="end">${messages.daysOverdue}</th>
          <th scope="col" class="end">${messages.balance}</th>
        </tr>
      </thead>
      <tbody>
        ${view.rows.map((entry) => renderPendingRow(entry, view))}
      </tbody>
    </table>
  `;
}
