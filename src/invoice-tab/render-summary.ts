import { html, nothing, type TemplateResult } from 'lit';
import { interpolate, type Messages } from '../core/i18n.ts';
import type { InvoiceSummary, StatusTotals } from '../invoices/summary.ts';
import type { InvoiceTabMessageKey } from './messages.ts';
import { dateText, moneyText } from './invoice-format.ts';

export interface SummaryView {
  summary: InvoiceSummary;
  locale: string;
  messages: Messages<InvoiceTabMessageKey>;
}

type CardKey = 'total' | 'open' | 'overdue' | 'paid' | 'partial' | 'canceled';

function renderCountCard(view: SummaryView, key: CardKey): TemplateResult {
  const { summary, locale, messages } = view;
  const totals: StatusTotals = summary[key];
  const showBalance = key === 'open' || key === 'overdue' || key === 'partial';
  return html`
    <div
      class="card card-${key} ${totals.count > 0 ? 'card-nonzero' : ''}"
      part="card card-${key}"
      data-card=${key}
    >
      <dt>${messages[key]}</dt>
      <dd>
        <span class="count">${totals.count.toLocaleString(locale)}</span>
        <span class="amount">${moneyText(totals.amount, locale, summary.currency)}</span>
        ${
          showBalance && totals.balance !== totals.amount
            ? html`<span class="balance"
                >${interpolate(messages.balanceOf, {
                  amount: moneyText(totals.balance, locale, summary.currency),
                })}</span
              >`
            : nothing
        }
      </dd>
    </div>
  `;
}

/** The summary cards: counts and amounts per status, oldest open due date, outstanding. */
export function renderSummaryCards(view: SummaryView): TemplateResult {
  const { summary, locale, messages } = view;
  const keys: CardKey[] = ['total', 'open', 'overdue', 'paid'];
  if (summary.partial.count > 0) keys.push('partial');
  if (summary.canceled.count > 0) keys.push('canceled');
  const skipped = summary.skipped.otherCurrency + summary.skipped.invalid;
  return html`
    <dl class="cards" part="summary" aria-label=${messages.summaryLabel}>
      ${keys.map((key) => renderCountCard(view, key))}
      <div class="card card-oldest" part="card card-oldest" data-card="oldest">
        <dt>${messages.oldestOpenDue}</dt>
        <dd>
          <span class="date"
            >${
              summary.oldestOpenDueDate
                ? dateText(summary.oldestOpenDueDate, locale)
                : messages.none
            }</span
          >
          ${
            summary.oldestIssueDate
              ? html`<span class="note"
                  >${interpolate(messages.oldestIssue, {
                    date: dateText(summary.oldestIssueDate, locale),
                  })}</span
                >`
              : nothing
          }
        </dd>
      </div>
      <div class="card card-outstanding" part="card card-outstanding" data-card="outstanding">
        <dt>${messages.outstanding}</dt>
        <dd>
          <span class="amount">${moneyText(summary.outstanding, locale, summary.currency)}</span>
        </dd>
      </div>
    </dl>
    ${
      skipped > 0
        ? html`<p class="note" part="skipped">
            ${interpolate(messages.skipped, { count: skipped })}
          </p>`
        : nothing
    }
  `;
}
