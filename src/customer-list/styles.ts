import { css } from 'lit';

export const customerListStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-height: 0;
    --_row-height: var(--customer-list-row-height, 2.5rem);
    --_header-background: var(--customer-list-header-background, var(--_surface-raised));
    --_hover-background: var(--customer-list-row-hover-background, var(--_surface-raised));
    --_selected-background: var(--customer-list-selected-background, var(--_accent-surface));
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
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-end;
  }
  .filters label,
  .filters fieldset {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 0.9em;
  }
  .filters fieldset {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
  }
  .filters fieldset > span {
    flex-basis: 100%;
  }
  .filters select,
  .filters input {
    font: inherit;
    padding: 0.3rem 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  .filters input {
    width: 6rem;
  }
  .column-chooser {
    position: relative;
    margin-inline-start: auto;
  }
  .column-chooser > button {
    font: inherit;
    padding: 0.35rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .column-menu {
    position: absolute;
    inset-inline-end: 0;
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 12rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.12);
  }
  .virtual-grid {
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .vrow {
    display: grid;
    grid-template-columns: var(--_columns);
    width: 100%;
    height: var(--_row-height);
    align-items: center;
    box-sizing: border-box;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .vrow.header {
    background: var(--_header-background);
    font-weight: 600;
  }
  .vcell {
    padding: 0 0.75rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .vcell button {
    all: unset;
    cursor: pointer;
    display: inline-flex;
    gap: 0.25rem;
  }
  .vcell button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  /* Size and paint containment keep the layout of a scroll step inside the scroll box and each row. */
  .vbody {
    position: relative;
    overflow: auto;
    height: var(--customer-list-viewport-height, 28rem);
    contain: strict;
  }
  .vsizer {
    height: calc(var(--_row-height) * var(--_rows, 0));
  }
  .vbody .vrow {
    position: absolute;
    top: 0;
    left: 0;
    transform: translateY(calc(var(--_row-height) * var(--_index, 0)));
    contain: strict;
    cursor: pointer;
  }
  .vbody .vrow:hover {
    background: var(--_hover-background);
  }
  .vbody .vrow[aria-selected='true'] {
    background: var(--_selected-background);
  }
  .vbody .vrow:focus-visible {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  .skeleton {
    display: block;
    height: 0.8em;
    width: 70%;
    border-radius: 4px;
    background: var(--_border);
  }
  .empty,
  .loading {
    padding: 1rem;
    color: var(--_muted);
  }
`;
