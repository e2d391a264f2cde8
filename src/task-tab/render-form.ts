import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Task, TaskField } from '../core/records.ts';
import type { FormValue, FormValues } from './form-model.ts';
import { errorSummaryText, type TaskTabMessages } from './messages.ts';
import { outcomeIssueKey } from './validation.ts';

/** Data and event handlers of the execution form. */
export interface ExecutionFormView {
  task: Task;
  outcome?: string;
  values: FormValues;
  /** Message of each invalid field by path, and of the outcome by {@link outcomeIssueKey}. */
  errors: Record<string, string>;
  /** Paths required by the fields themselves or by the chosen outcome. */
  required: ReadonlySet<string>;
  submitting: boolean;
  /** The provider's message after a failed send. */
  failure?: string;
  messages: TaskTabMessages;
  /** BCP 47 locale of the plural rules of the error summary. */
  locale: string;
  datePattern: string;
  amountHint?: string;
  onOutcome: (id: string) => void;
  onValue: (path: string, value: FormValue) => void;
  onSubmit: (event: Event) => void;
  onFocusField: (key: string) => void;
}

/** Id of the control of the field at `index` in `task.fields`. */
export function fieldControlId(index: number): string {
  return `task-field-${index}`;
}

/** Id of the first outcome radio, which takes focus for an outcome error. */
export const firstOutcomeId = 'task-outcome-0';

/** Moves focus to the first control marked invalid, in document order. */
export function focusFirstInvalidControl(root: ParentNode): void {
  root
    .querySelector<HTMLElement>('input[aria-invalid="true"], select[aria-invalid="true"]')
    ?.focus();
}

/** Moves focus to the control of a field path, or to the first outcome for {@link outcomeIssueKey}. */
export function focusFieldControl(root: ParentNode, task: Task, key: string): void {
  if (key === outcomeIssueKey) {
    root.querySelector<HTMLElement>(`#${firstOutcomeId}`)?.focus();
    return;
  }
  const index = task.fields.findIndex((field) => field.path === key);
  if (index >= 0) root.querySelector<HTMLElement>(`#${fieldControlId(index)}`)?.focus();
}

export function renderExecutionForm(view: ExecutionFormView): TemplateResult {
  return html`
    <form part="form" novalidate @submit=${view.onSubmit}>
      ${renderErrorSummary(view)} ${renderOutcomes(view)}
      ${
        view.task.fields.length
          ? html`<fieldset class="fields">
              <legend>${view.messages.fieldsLegend}</legend>
              ${view.task.fields.map((field, index) => renderField(view, field, index))}
            </fieldset>`
          : nothing
      }
      ${
        view.failure
          ? html`<p class="failure" part="failure" role="alert">${view.failure}</p>`
          : nothing
      }
      <button
        type="submit"
        part="submit"
        ?disabled=${view.submitting}
        aria-busy=${view.submitting ? 'true' : 'false'}
      >
        ${view.submitting ? view.messages.submitting : view.messages.submit}
      </button>
    </form>
  `;
}

function renderErrorSummary(view: ExecutionFormView): TemplateResult | typeof nothing {
  const entries = Object.entries(view.errors);
  if (entries.length === 0) return nothing;
  const targets = new Set([outcomeIssueKey, ...view.task.fields.map((field) => field.path)]);
  return html`
    <div class="error-summary" part="error-summary" role="alert">
      <p>${errorSummaryText(view.messages, view.locale, entries.length)}</p>
      <ul>
        ${entries.map(([key, message]) =>
          targets.has(key)
            ? html`<li>
                <button type="button" class="link" @click=${() => view.onFocusField(key)}>
                  ${message}
                </button>
              </li>`
            : html`<li>${message}</li>`,
        )}
      </ul>
    </div>
  `;
}

function renderOutcomes(view: ExecutionFormView): TemplateResult {
  const error = view.errors[outcomeIssueKey];
  return html`
    <fieldset
      class="outcomes"
      part="outcomes"
      aria-describedby=${error ? 'task-outcome-error' : nothing}
      aria-invalid=${error ? 'true' : nothing}
    >
      <legend>
        ${view.messages.outcome} <span class="required">${view.messages.requiredMark}</span>
      </legend>
      ${view.task.eventOptions.map(
        (option, index) => html`
          <label class="radio">
            <input
              type="radio"
              name="outcome"
              id=${`task-outcome-${index}`}
              .value=${option.id}
              .checked=${live(view.outcome === option.id)}
              aria-invalid=${error ? 'true' : nothing}
              @change=${() => view.onOutcome(option.id)}
            />
            ${option.label}
          </label>
        `,
      )}
      ${error ? html`<p class="field-error" id="task-outcome-error">${error}</p>` : nothing}
    </fieldset>
  `;
}

function renderField(view: ExecutionFormView, field: TaskField, index: number): TemplateResult {
  const id = fieldControlId(index);
  const error = view.errors[field.path];
  const required = view.required.has(field.path);
  const hint = fieldHint(view, field);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const control = renderControl(view, field, id, error !== undefined, required, describedBy);
  const label = html`${field.label}
  ${required ? html`<span class="required">${view.messages.requiredMark}</span>` : nothing}`;
  return html`
    <div class="field" part="field" data-path=${field.path}>
      ${
        field.type === 'boolean'
          ? html`<label class="checkbox">${control} ${label}</label>`
          : html`<label for=${id}>${label}</label>${control}`
      }
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>
  `;
}

function fieldHint(view: ExecutionFormView, field: TaskField): string | undefined {
  if (field.type === 'date') return view.datePattern;
  if (field.type === 'currency') return view.amountHint;
  return undefined;
}

const inputTypes: Partial<
  Record<TaskField['type'], { type: string; inputmode?: string; autocomplete?: string }>
> = {
  text: { type: 'text' },
  number: { type: 'text', inputmode: 'decimal' },
  currency: { type: 'text', inputmode: 'decimal' },
  date: { type: 'text', inputmode: 'numeric' },
  phone: { type: 'tel', autocomplete: 'tel' },
  email: { type: 'email', autocomplete: 'email' },
};

function renderControl(
  view: ExecutionFormView,
  field: TaskField,
  id: string,
  invalid: boolean,
  required: boolean,
  describedBy: string,
): TemplateResult {
  const value = view.values[field.path];
  const common = {
    invalid: invalid ? 'true' : nothing,
    describedBy: describedBy || nothing,
  };
  if (field.type === 'boolean') {
    return html`<input
      type="checkbox"
      id=${id}
      .checked=${live(value === true)}
      aria-required=${required ? 'true' : nothing}
      aria-invalid=${common.invalid}
      aria-describedby=${common.describedBy}
      @change=${(event: Event) => view.onValue(field.path, (event.target as HTMLInputElement).checked)}
    />`;
  }
  if (field.type === 'select') {
    const selected = typeof value === 'string' ? value : '';
    return html`<select
      id=${id}
      aria-required=${required ? 'true' : nothing}
      aria-invalid=${common.invalid}
      aria-describedby=${common.describedBy}
      @change=${(event: Event) => view.onValue(field.path, (event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${selected === ''}>${view.messages.selectPlaceholder}</option>
      ${(field.options ?? []).map(
        (option) =>
          html`<option .value=${option.value} ?selected=${selected === option.value}>
            ${option.label}
          </option>`,
      )}
    </select>`;
  }
  const input = inputTypes[field.type] ?? { type: 'text' };
  return html`<input
    id=${id}
    type=${input.type}
    inputmode=${input.inputmode ?? nothing}
    autocomplete=${input.autocomplete ?? 'off'}
    .value=${live(typeof value === 'string' ? value : '')}
    aria-required=${required ? 'true' : nothing}
    aria-invalid=${common.invalid}
    aria-describedby=${common.describedBy}
    @input=${(event: Event) => view.onValue(field.path, (event.target as HTMLInputElement).value)}
  />`;
}
