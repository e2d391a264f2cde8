import { css } from 'lit';

export const customerListStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-height: 0;
    --_row-height: var(--customer-list-row-height, 2.5rem);
    --_header-background: var(--customer-list-header-background, #f6f8fa);
    --_hover-background: var(--customer-list-row-hover-background, #f3f6fa);
    --_selected-background: var(--customer-list-selected-background, #ddf4ff);
    --_busy-opacity: var(--customer-list-busy-opacity, 0.55);
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .search input {
    font: inherit;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    max-width: 24rem;
  }
  .scroller {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  table[aria-busy='true'] {
    opacity: var(--_busy-opacity);
  }
  th,
  td {
    height: var(--_row-height);
    padding: 0 0.75rem;
    text-align: start;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    border-bottom: 1px solid var(--_border);
  }
  th {
    position: sticky;
    top: 0;
    background: var(--_header-background);
    font-weight: 600;
  }
  .end {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .center {
    text-align: center;
  }
  th button {
    all: unset;
    cursor: pointer;
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    max-width: 100%;
  }
  th button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  th button .indicator {
    color: var(--_muted);
    font-size: 0.8em;
  }
  tbody tr {
    cursor: pointer;
    background: var(--_surface);
  }
  tbody tr:hover {
    background: var(--_hover-background);
  }
  tbody tr[aria-selected='true'] {
    background: var(--_selected-background);
  }
  tbody tr:focus-visible {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_badge-color, var(--_border));
    font-size: 0.85em;
    line-height: 1.5;
  }
  .badge::before {
    content: '';
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_badge-color, var(--_muted));
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    color: var(--_muted);
  }
  .pager button {
    padding: 0.3rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .pager button:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .count {
    margin-inline-start: auto;
  }
  .empty,
  .loading {
    padding: 1rem;
    color: var(--_muted);
  }
`;
