import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../core/i18n.ts';
import type { CustomerListMessage } from './messages.ts';

/**
 * A filter of the customer list. An `enum` filter sends `filter[path]` with
 * the chosen option; a `range` filter sends `filter[path_gte]` and
 * `filter[path_lte]` with the bounds entered.
 */
export interface ListFilter {
  path: string;
  label: string;
  type: 'enum' | 'range';
  /** Values of an `enum` filter and their labels. */
  options?: Record<string, { label: string }>;
  /** Lowest and highest values a `range` filter accepts. */
  min?: number;
  max?: number;
}

/** Values entered in the filter controls, keyed as they are sent: `path`, `path_gte`, `path_lte`. */
export type FilterValues = Record<string, string | number>;

/** Returns the filter definitions that are usable; anything else in the array is skipped. */
export function validFilters(filters: unknown): ListFilter[] {
  if (!Array.isArray(filters)) return [];
  return filters.filter(
    (filter): filter is ListFilter =>
      typeof filter === 'object' &&
      filter !== null &&
      typeof filter.path === 'string' &&
      typeof filter.label === 'string' &&
      (filter.type === 'enum' || filter.type === 'range'),
  );
}

/** Keeps only the values of the given filters, so a removed filter stops narrowing the list. */
export function activeFilterValues(filters: ListFilter[], values: FilterValues): FilterValues {
  const keys = new Set(filters.flatMap((f) => [f.path, `${f.path}_gte`, `${f.path}_lte`]));
  const active: FilterValues = {};
  for (const [key, value] of Object.entries(values)) if (keys.has(key)) active[key] = value;
  return active;
}

/**
 * Sets or clears one filter value. A blank or non-numeric bound clears a
 * range bound; a blank option clears an enum filter.
 */
export function withFilterValue(
  values: FilterValues,
  key: string,
  text: string,
  numeric: boolean,
): FilterValues {
  const next = { ...values };
  const trimmed = text.trim();
  if (trimmed === '' || (numeric && !Number.isFinite(Number(trimmed)))) delete next[key];
  else next[key] = numeric ? Number(trimmed) : trimmed;
  return next;
}

export interface FilterBarOptions {
  filters: ListFilter[];
  values: FilterValues;
  messages: Messages<CustomerListMessage>;
  onChange: (key: string, text: string, numeric: boolean) => void;
}

/** Renders one labelled control per filter: a select for `enum`, two number boxes for `range`. */
export function renderFilterBar(options: FilterBarOptions): TemplateResult {
  const { filters, values, messages, onChange } = options;
  const changed = (key: string, numeric: boolean) => (event: Event) =>
    onChange(key, (event.target as HTMLInputElement | HTMLSelectElement).value, numeric);
  return html`
    <div class="filters" part="filters" role="group" aria-label=${messages.filters}>
      ${filters.map((filter, index) =>
        filter.type === 'enum'
          ? html`
              <label part="filter">
                <span>${filter.label}</span>
                <select
                  .value=${live(String(values[filter.path] ?? ''))}
                  @change=${changed(filter.path, false)}
                >
                  <option value="">${messages.allOptions}</option>
                  ${Object.entries(filter.options ?? {}).map(
                    ([value, option]) => html`<option value=${value}>${option.label}</option>`,
                  )}
                </select>
              </label>
            `
          : html`
              <fieldset part="filter" aria-labelledby="filter-${index}">
                <span id="filter-${index}">${filter.label}</span>
                ${renderBound(filter, values, `${filter.path}_gte`, messages.from, changed)}
                ${renderBound(filter, values, `${filter.path}_lte`, messages.to, changed)}
              </fieldset>
            `,
      )}
    </div>
  `;
}

function renderBound(
  filter: ListFilter,
  values: FilterValues,
  key: string,
  label: string,
  changed: (key: string, numeric: boolean) => (event: Event) => void,
): TemplateResult {
  return html`
    <input
      type="number"
      inputmode="numeric"
      aria-label="${filter.label}: ${label}"
      placeholder=${label}
      min=${filter.min ?? ''}
      max=${filter.max ?? ''}
      .value=${live(values[key] === undefined ? '' : String(values[key]))}
      @change=${changed(key, true)}
    />
  `;
}
