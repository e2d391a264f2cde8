import { css } from 'lit';

export const billingTabStyles = css`
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 0 0 1rem;
  }
  .totals > div {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6rem 0.75rem;
    min-width: var(--billing-tab-total-min-width, 10rem);
    background: var(--_surface);
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
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 600;
  }
  .more {
    margin-top: 0.5rem;
  }
  input[type='checkbox'] {
    width: 1.1rem;
    height: 1.1rem;
  }
`;
