import { css } from 'lit';

export const taskTabStyles = css`
  :host {
    display: block;
    --_gap: var(--task-tab-gap, calc(var(--_space) * 2));
    --_mark-background: var(--task-tab-unknown-placeholder-background, var(--_warning-surface));
    --_error-text: var(--task-tab-error-color, var(--_danger));
  }
  .task {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  h2,
  h3 {
    margin: 0;
  }
  h2 {
    font-size: 1.15rem;
  }
  h3 {
    font-size: 1rem;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
    margin: 0.5rem 0;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .template {
    border-left: 3px solid var(--_border);
    padding: 0.25rem 0 0.25rem 0.75rem;
  }
  .template p {
    margin: 0 0 0.5rem;
  }
  mark.placeholder-unknown {
    background: var(--_mark-background);
    color: inherit;
    outline: 1px dashed var(--_warning);
  }
  .picker {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    max-width: 20rem;
  }
  .picker ul {
    position: absolute;
    top: 100%;
    left: 0;
    right: 0;
    z-index: 1;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-height: 12rem;
    overflow: auto;
  }
  .picker ul[hidden] {
    display: none;
  }
  .picker li {
    padding: 0.3rem 0.6rem;
    cursor: pointer;
  }
  .picker li.active {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  input:not([type='radio']):not([type='checkbox']),
  select {
    font: inherit;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    max-width: 20rem;
  }
  input[aria-invalid='true']:not([type='radio']):not([type='checkbox']),
  select[aria-invalid='true'] {
    border: 2px solid var(--_error-text);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_gap);
    padding: 0.5rem 1rem 0.75rem;
  }
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_accent);
  }
  .radio,
  .checkbox {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0.15rem 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin-bottom: 0.75rem;
  }
  .required,
  .hint {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: normal;
  }
  .hint,
  .field-error {
    margin: 0;
  }
  .field-error,
  .failure,
  .assign-error {
    color: var(--_error-text);
  }
  .error-summary {
    border: 2px solid var(--_error-text);
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    margin-bottom: var(--_gap);
  }
  .error-summary p {
    margin: 0;
    font-weight: 600;
  }
  button.link {
    background: none;
    border: none;
    padding: 0;
    color: var(--_error-text);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  button[type='submit'] {
    padding: 0.45rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button[type='submit']:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .success {
    color: var(--_success);
    font-weight: 600;
  }
  .success:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .success,
  .assign-status,
  .picker-hint,
  .picker-empty {
    margin: 0;
  }
  .picker-hint {
    color: var(--_muted);
    font-size: 0.85em;
  }
`;
