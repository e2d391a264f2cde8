import { css } from 'lit';

/**
 * Tokens shared by every element. Hosts theme through the public `--crm-*`
 * properties; elements read them through private `--_x` fallbacks.
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--crm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--crm-font-size, 14px);
    line-height: 1.4;
    color: var(--crm-color-text, #1f2328);
    --_surface: var(--crm-color-surface, #ffffff);
    --_muted: var(--crm-color-muted, #59636e);
    --_border: var(--crm-color-border, #d1d9e0);
    --_accent: var(--crm-color-accent, #0b5cad);
    --_danger: var(--crm-color-danger, #b42318);
    --_warning: var(--crm-color-warning, #9a6700);
    --_success: var(--crm-color-success, #1a7f37);
    --_radius: var(--crm-radius, 6px);
    --_focus: var(--crm-focus-ring, 2px solid #0b5cad);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .structure-error,
  .error {
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    padding: 0.75rem 1rem;
    background: var(--crm-color-danger-surface, #fff5f5);
  }
  .structure-error ul {
    margin: 0.5rem 0 0;
    padding-left: 1.25rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
  }
  .stale {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    color: var(--_warning);
    padding: 0.25rem 0.5rem;
    margin-block-end: 0.5rem;
  }
`;
