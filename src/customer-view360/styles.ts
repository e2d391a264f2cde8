import { css } from 'lit';

export const customerViewStyles = css`
  :host {
    --_gap: var(--customer-view360-gap, 1rem);
    --_selected: var(--customer-view360-tab-selected-color, var(--_accent));
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
    padding-block-end: var(--_gap);
  }
  .title {
    margin: 0;
    font-size: var(--customer-view360-title-size, 1.5rem);
    line-height: 1.2;
  }
  .subtitle {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  [role='tab'] {
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: inherit;
    padding: 0.5rem 0.875rem;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_selected);
    font-weight: 600;
  }
  [role='tabpanel'] {
    padding-block: var(--_gap);
  }
  [role='tabpanel'][hidden] {
    display: none;
  }
  .section + .section {
    margin-top: var(--_gap);
  }
  .section-title {
    margin: 0 0 0.5rem;
    font-size: 1.0625rem;
  }
  .section-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    border: 0;
    padding: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    cursor: pointer;
  }
  .section-toggle::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 120ms;
  }
  .section-toggle[aria-expanded='false']::before {
    transform: rotate(-45deg);
  }
  .grid[hidden] {
    display: none;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 2), minmax(0, 1fr));
    gap: 0.75rem var(--_gap);
  }
  @media (max-width: 40rem) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .field {
    margin: 0;
    min-width: 0;
  }
  dt,
  .label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .highlighted {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    background: var(--customer-view360-highlight-surface, var(--_surface-raised));
    container-type: inline-size;
  }
  /* Shrinks with a narrow card, so an amount such as NT$1,000,000.00 stays on one line. */
  .highlighted dd {
    font-size: clamp(0.75rem, 9cqi, 1.25rem);
    font-weight: 600;
  }
  .title-value {
    margin: 0;
    font-size: 1.25rem;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .badge::before {
    content: '';
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_badge-color, var(--_muted));
  }
  a {
    color: var(--_accent);
  }
`;
