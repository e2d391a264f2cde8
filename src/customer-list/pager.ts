import { html, nothing, type TemplateResult } from 'lit';
import { interpolate, type Messages } from '../core/i18n.ts';
import type { PageSummary } from './list-query.ts';
import type { CustomerListMessage } from './messages.ts';

export interface PagerOptions {
  locale: string;
  messages: Messages<CustomerListMessage>;
  /** The requested page, which may still be loading. */
  page: number;
  summary: PageSummary;
  hasNext: boolean;
  onPage: (page: number) => void;
}

/** Previous and next buttons, "page X of Y" and, when the total is known, the customer count. */
export function renderPager(options: PagerOptions): TemplateResult {
  const { messages, summary, page } = options;
  const numbers = new Intl.NumberFormat(options.locale);
  const pageNumber = numbers.format(page);
  const pageText = summary.pageCount
    ? interpolate(messages.pageOf, { page: pageNumber, pages: numbers.format(summary.pageCount) })
    : interpolate(messages.page, { page: pageNumber });
  let count: string | typeof nothing = nothing;
  if (summary.total !== undefined) {
    const message = summary.total === 1 ? messages.countOne : messages.countOther;
    count = interpolate(message, { count: numbers.format(summary.total) });
  }
  return html`
    <nav class="pager" part="pager" aria-label=${messages.pager}>
      <button
        type="button"
        part="previous"
        ?disabled=${page <= 1}
        @click=${() => options.onPage(page - 1)}
      >
        ${messages.previousPage}
      </button>
      <span part="page">${pageText}</span>
      <button
        type="button"
        part="next"
        ?disabled=${!options.hasNext}
        @click=${() => options.onPage(page + 1)}
      >
        ${messages.nextPage}
      </button>
      <span class="count" part="count" role="status">${count}</span>
    </nav>
  `;
}
