import { html, type TemplateResult } from 'lit';
import { interpolate, type Messages } from '../core/i18n.ts';
import type { GetListResult } from '../core/provider.ts';
import { invoiceStatuses, type InvoiceStatus } from '../invoices/status.ts';
import { isInvoiceStatus } from '../invoices/query.ts';
import { statusLabel } from './invoice-format.ts';
import type { InvoiceTabMessageKey } from './messages.ts';

interface ControlsView {
  locale: string;
  messages: Messages<InvoiceTabMessageKey>;
}

/** Renders the labelled status filter; `onChange` receives a status, or '' for all. */
export function renderStatusFilter(
  view: ControlsView & { value: InvoiceStatus | ''; onChange: (value: InvoiceStatus | '') => void },
): TemplateResult {
  const { locale, messages } = view;
  const onChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    view.onChange(isInvoiceStatus(value) ? value : '');
  };
  return html`
    <div class="toolbar">
      <label for="status-filter">${messages.filterLabel}</label>
      <select id="status-filter" part="filter" .value=${view.value} @change=${onChange}>
        <option value="">${messages.allStatuses}</option>
        ${invoiceStatuses.map(
          (status) =>
            html`<option value=${status} ?selected=${status === view.value}>
              ${statusLabel(status, locale)}
            </option>`,
        )}
      </select>
    </div>
  `;
}

/**
 * Renders previous and next buttons around "Página 2 de 3". Without `total`,
 * a next page exists when `pageInfo.hasNextPage` is true or the page came back full.
 */
export function renderPager(
  view: ControlsView & {
    result: GetListResult;
    page: number;
    pageSize: number;
    onPage: (page: number) => void;
  },
): TemplateResult {
  const { messages, result, page, pageSize } = view;
  const pages =
    result.total === undefined ? undefined : Math.max(1, Math.ceil(result.total / pageSize));
  const hasNext =
    pages !== undefined
      ? page < pages
      : (result.pageInfo?.hasNextPage ?? result.data.length >= pageSize);
  const label =
    pages === undefined
      ? interpolate(messages.page, { page })
      : interpolate(messages.pageOf, { page, pages });
  return html`
    <nav class="pager" part="pager" aria-label=${messages.pagination}>
      <button
        type="button"
        data-page="previous"
        ?disabled=${page <= 1}
        @click=${() => view.onPage(page - 1)}
      >
        ${messages.previousPage}
      </button>
      <span role="status">${label}</span>
      <button
        type="button"
        data-page="next"
        ?disabled=${!hasNext}
        @click=${() => view.onPage(page + 1)}
      >
        ${messages.nextPage}
      </button>
    </nav>
  `;
}
