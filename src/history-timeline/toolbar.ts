/** The view switch, the filters and the "Load more" area. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../core/i18n.ts';
import { interpolate, pickMessages } from '../core/i18n.ts';
import { describeProviderFailure } from '../core/provider.ts';
import { stateMessages } from '../core/states.ts';
import { kindLabel, type ViewContext } from './event-parts.ts';
import type { HistoryFilters } from './history-data.ts';
import type { HistoryMessageKey } from './messages.ts';

type HistoryView = 'timeline' | 'calendar';

/** Two toggle buttons; the pressed one is the current view. */
export function renderViewSwitch(
  view: HistoryView,
  messages: Messages<HistoryMessageKey>,
  onChange: (view: HistoryView) => void,
): TemplateResult {
  const current = view === 'calendar' ? 'calendar' : 'timeline';
  const button = (value: HistoryView, label: string) =>
    html`<button
      type="button"
      part="view-button"
      aria-pressed=${current === value ? 'true' : 'false'}
      @click=${() => onChange(value)}
    >
      ${label}
    </button>`;
  return html`<div class="view-switch" role="group" aria-label=${messages.viewLabel}>
    ${button('timeline', messages.timelineView)} ${button('calendar', messages.calendarView)}
  </div>`;
}

/** The current filters and the kinds the kind select offers. */
export interface FilterState extends HistoryFilters {
  kinds: readonly string[];
}

export function renderFilters(
  filters: FilterState,
  messages: Messages<HistoryMessageKey>,
  onChange: (filters: HistoryFilters) => void,
): TemplateResult {
  const read = (host: HTMLElement): HistoryFilters => {
    const root = host.closest('.filters') as HTMLElement;
    return {
      kind: root.querySelector<HTMLSelectElement>('select[name="kind"]')?.value ?? '',
      status: root.querySelector<HTMLSelectElement>('select[name="status"]')?.value ?? '',
    };
  };
  const changed = (event: Event) => onChange(read(event.target as HTMLElement));
  return html`<div class="filters">
    <label
      >${messages.kindFilter}
      <select name="kind" part="filter" .value=${filters.kind} @change=${changed}>
        <option value="">${messages.allKinds}</option>
        ${filters.kinds.map(
          (kind) =>
            html`<option value=${kind} ?selected=${kind === filters.kind}>
              ${kindLabel(kind, messages)}
            </option>`,
        )}
      </select>
    </label>
    <label
      >${messages.statusFilter}
      <select name="status" part="filter" .value=${filters.status} @change=${changed}>
        <option value="">${messages.allStatuses}</option>
        <option value="done" ?selected=${filters.status === 'done'}>${messages.statusDone}</option>
        <option value="upcoming" ?selected=${filters.status === 'upcoming'}>
          ${messages.statusUpcoming}
        </option>
      </select>
    </label>
  </div>`;
}

/** Progress of "Load more": where the loaded events begin, and the last run's state. */
export interface LoadMoreState {
  since: string;
  pending: boolean;
  error?: unknown;
}

export function renderLoadMore(
  state: LoadMoreState,
  context: ViewContext,
  onLoad: () => void,
): TemplateResult {
  const { messages } = context;
  const failure = state.error === undefined ? undefined : describeProviderFailure(state.error);
  return html`<div class="load-more" part="load-more">
    <span>${interpolate(messages.loadedSince, { date: state.since })}</span>
    <button type="button" ?disabled=${state.pending} @click=${onLoad}>${messages.loadMore}</button>
    ${state.pending ? html`<span role="status">${messages.loadingMore}</span>` : nothing}
    ${
      failure
        ? html`<span class="error-text" role="alert"
            >${failure.reason ?? pickMessages(stateMessages, context.locale).failed}</span
          >`
        : nothing
    }
  </div>`;
}
