import { css } from 'lit';

export const billingTabStyles = css`
  :host {
    --_total-background: var(--billing-tab-total-background, var(--_surface-raised));
    --_selection-background: var(--billing-tab-selection-background, var(--_accent-surface));
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .totals > div {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.2) calc(var(--_space) * 1.5);
    min-width: var(--billing-tab-total-min-width, 10rem);
    background: var(--_total-background);
  }
  .totals dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .totals dd {
    margin: 0.25rem 0 0;
    font-size: 1.35em;
    font-weight: 600;
  }
  .aging {
    max-width: 28rem;
    margin-bottom: 1rem;
  }
  .aging caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  .selection {
    position: sticky;
    bottom: 0;
    margin: 0.5rem 0 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_selection-background);
    font-weight: 600;
  }
  .more {
    margin-top: 0.5rem;
  }
  input[type='checkbox'] {
    width: 1.1rem;
    height: 1.1rem;
    accent-color: var(--_accent);
  }
`;
