import { css } from 'lit';

/** Status badge colours and table layout shared by `<invoice-tab>` and `<billing-tab>`. */
export const invoiceTableStyles = css`
  :host {
    --_badge-open: var(--invoice-status-open-color, var(--_accent));
    --_badge-partial: var(--invoice-status-partial-color, var(--_warning));
    --_badge-overdue: var(--invoice-status-overdue-color, var(--_danger));
    --_badge-paid: var(--invoice-status-paid-color, var(--_success));
    --_badge-canceled: var(--invoice-status-canceled-color, var(--_muted));
    --_row-hover: var(--invoice-tab-row-hover-background, var(--_surface-raised));
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.8) var(--_space);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
    /* Long headers such as "Dias em atraso" wrap so that every column fits before the table scrolls. */
    white-space: normal;
    vertical-align: bottom;
  }
  tbody tr:not(.details) > td {
    white-space: nowrap;
  }
  .end {
    text-align: end;
  }
  tbody th {
    font-weight: 500;
  }
  tbody tr:hover {
    background: var(--_row-hover);
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge-open {
    color: var(--_badge-open);
  }
  .badge-partial {
    color: var(--_badge-partial);
  }
  .badge-overdue {
    color: var(--_badge-overdue);
  }
  .badge-paid {
    color: var(--_badge-paid);
  }
  .badge-canceled {
    color: var(--_badge-canceled);
    text-decoration: line-through;
  }
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  button {
    cursor: pointer;
  }
`;

export const invoiceTabStyles = css`
  :host {
    --_card-background: var(--invoice-tab-card-background, var(--_surface-raised));
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--invoice-tab-card-min-width, 11rem), 1fr));
    gap: calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.2) calc(var(--_space) * 1.5);
    background: var(--_card-background);
  }
  .card dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .card dd {
    margin: 0.25rem 0 0;
    display: flex;
    flex-direction: column;
  }
  .card .count,
  .card-outstanding .amount,
  .card-oldest .date {
    font-size: 1.35em;
    font-weight: 600;
  }
  /* The alarm colour marks overdue invoices only when there are some. */
  .card-overdue.card-nonzero {
    border-color: var(--_badge-overdue);
  }
  .toolbar {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
    margin-bottom: 0.5rem;
  }
  .sort,
  .expand {
    border: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    padding: 0.1rem 0.25rem;
  }
  .sort-arrow {
    margin-inline-start: 0.25em;
  }
  .expand {
    width: 1.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .details dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.5rem 1rem;
    margin: 0;
  }
  .details dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .details dd {
    margin: 0;
  }
  .rows {
    overflow-x: auto;
    container-type: inline-size;
  }
  tbody th {
    white-space: nowrap;
  }
  /*
   * In a narrow pane the issue date and paid amount columns give way, so that
   * balance, status and days overdue stay in view. Both show in the row details.
   * The width is in px because rem follows the host page's root font size.
   */
  @container (max-width: 736px) {
    .secondary {
      display: none;
    }
    th,
    td {
      padding-inline: calc(var(--_space) * 0.4);
    }
  }
  .rows[aria-busy='true'] {
    opacity: var(--invoice-tab-busy-opacity, 0.55);
  }
  .pager {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    justify-content: flex-end;
    margin-top: 0.5rem;
  }
`;
