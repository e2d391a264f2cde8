import { css } from 'lit';

/**
 * Tokens and base rules shared by every element.
 *
 * Hosts theme through the public `--crm-*` custom properties, which inherit
 * into shadow roots. Each element reads them through private `--_x`
 * properties whose fallbacks are `light-dark()` pairs, so one set of defaults
 * serves both schemes. The scheme is the element's `color-scheme`:
 * `--crm-color-scheme` when an ancestor sets it, else `light dark` (the
 * user's `prefers-color-scheme`), and the `theme="light"` or `theme="dark"`
 * attribute on the element overrides both.
 *
 * Colour, background colour and font family are `!important` on the host,
 * because in the cascade an important declaration inside a shadow root beats
 * any important one from the page: a page rule such as `* { color: red
 * !important }` cannot reach the text inside. Hosts change them through the
 * tokens. Nothing here styles the document.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--crm-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--crm-color-muted, light-dark(#59636e, #9198a1));
    --_surface: var(--crm-color-surface, light-dark(#ffffff, #0d1117));
    --_surface-raised: var(--crm-color-surface-raised, light-dark(#f6f8fa, #161b22));
    --_border: var(--crm-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--crm-color-accent, light-dark(#0b5cad, #4493f8));
    --_on-accent: var(--crm-color-on-accent, light-dark(#ffffff, #0d1117));
    --_accent-surface: var(--crm-color-accent-surface, light-dark(#ddf4ff, #121d2f));
    --_danger: var(--crm-color-danger, light-dark(#b42318, #f85149));
    --_danger-surface: var(--crm-color-danger-surface, light-dark(#fff5f5, #3c1618));
    --_warning: var(--crm-color-warning, light-dark(#9a6700, #d29922));
    --_warning-surface: var(--crm-color-warning-surface, light-dark(#fff8c5, #3b2e00));
    --_success: var(--crm-color-success, light-dark(#1a7f37, #3fb950));
    --_success-surface: var(--crm-color-success-surface, light-dark(#eefbf0, #12261e));
    --_font-family: var(
      --crm-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif
    );
    --_font-size: var(--crm-font-size, 14px);
    --_radius: var(--crm-radius, 6px);
    --_space: var(--crm-spacing, 0.5rem);
    --_focus: var(--crm-focus-ring, 2px solid var(--_accent));
    --_background: var(--_surface);

    color-scheme: var(--crm-color-scheme, light dark);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family) !important;
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_text) !important;
    background-color: var(--_background) !important;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
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
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    background: var(--_danger-surface);
  }
  .structure-error ul {
    margin: var(--_space) 0 0;
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
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  .stale {
    display: flex;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    color: var(--_warning);
    background: var(--_warning-surface);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-block-end: var(--_space);
  }
`;
