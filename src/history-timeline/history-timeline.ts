import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { CrmElement } from '../core/crm-element.ts';
import { fire } from '../core/events.ts';
import { interpolate, pickMessages } from '../core/i18n.ts';
import { describeProviderFailure } from '../core/provider.ts';
import type { HistoryEvent } from '../core/records.ts';
import {
  renderEmpty,
  renderLoadError,
  renderLoading,
  renderNoProvider,
  renderStaleBadge,
} from '../core/states.ts';
import { formatCalendarDate, monthOf, todayIn, type CalendarDate } from '../dates/calendar-date.ts';
import { loadHolidayCalendar } from '../holidays/business-days.ts';
import { isGridKey, isMonthKey, moveFocus, shiftMonth, weekStartOf } from './calendar-grid.ts';
import { renderCalendar } from './calendar-view.ts';
import type { ViewContext } from './event-parts.ts';
import { DerivedEvents } from './derived-events.ts';
import { HistoryReads, type HistoryReadState } from './history-reads.ts';
import { historyMessages } from './messages.ts';
import { historyStyles } from './styles.ts';
import { renderFilters, renderLoadMore, renderViewSwitch } from './toolbar.ts';
import { renderTimeline } from './timeline-view.ts';

/**
 * @summary A customer's history of payments, contacts, tasks and notes, as a
 * timeline grouped by day or as a month calendar that marks holidays.
 *
 * @fires {CustomEvent<CrmEventDetails['crm-error']>} crm-error - The structure is invalid, or loading the history failed.
 *
 * @csspart toolbar - The view switch and the filters.
 * @csspart view-button - A button of the view switch.
 * @csspart filter - The kind and status selects.
 * @csspart timeline - The list of day groups.
 * @csspart group - One day group, or the upcoming group.
 * @csspart group-title - The heading of a group.
 * @csspart event - One event in the timeline.
 * @csspart time - The time of an event.
 * @csspart kind - The icon and label of an event's kind.
 * @csspart title - The title of an event.
 * @csspart agent - The agent of an event.
 * @csspart outcome - The outcome of an event.
 * @csspart warning - The flag of a scheduled event on a holiday or weekend.
 * @csspart load-more - The "Load more" area below the timeline or calendar.
 * @csspart calendar - The calendar view.
 * @csspart calendar-header - The month title and its buttons.
 * @csspart month-title - The month title.
 * @csspart nav-button - The previous, next and today buttons.
 * @csspart grid - The month grid.
 * @csspart weekday - A weekday column header.
 * @csspart day - A day cell.
 * @csspart day-number - The day number of a cell.
 * @csspart holidays - The holidays of a day cell.
 * @csspart day-event - An event in a day cell.
 * @csspart more - The "+N more" count of a day cell.
 * @csspart notice - The notice shown when the holidays fail to load.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --history-timeline-accent - Colour of kinds, today and focus; default the shared accent.
 * @cssprop --history-timeline-holiday - Background of holiday cells of the month shown; default a light amber.
 * @cssprop --history-timeline-holiday-text - Colour of holiday names; default a dark amber.
 * @cssprop --history-timeline-outside - Background of days outside the month; default a light grey.
 * @cssprop --history-timeline-day-min-height - Minimum height of a day cell; default 5.5rem.
 */
export class HistoryTimeline extends CrmElement {
  static override styles: CSSResultGroup = [CrmElement.styles, historyStyles];

  /** Id of the customer whose history is shown. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** `timeline` (default) or `calendar`. */
  @property({ reflect: true }) view: 'timeline' | 'calendar' = 'timeline';

  /** Month of the calendar as `YYYY-MM`; defaults to the clock's month in the time zone. */
  @property({ reflect: true }) month?: string;

  @state() private kindFilter = '';
  @state() private statusFilter = '';
  @state() private focusedDate?: CalendarDate;

  private focusAfterUpdate = false;
  /** Failures already reported with `crm-error`, as `range index:errorUpdatedAt`. */
  private readonly reportedFailures = new Set<string>();
  /** Kinds, filtering and grouping of the events, reused while their inputs stay the same. */
  private readonly derived = new DerivedEvents();

  /**
   * False until the first willUpdate, which validates the structure. Reads
   * wait for it: the controllers also sync when the element connects, and a
   * read then would use the default time zone instead of the structure's.
   */
  private inputsReady = false;

  private readonly reads = new HistoryReads(this, () => {
    const provider = this.effectiveProvider;
    if (!this.inputsReady || !provider || !this.customerId) return undefined;
    const timeZone = this.effectiveTimeZone;
    return { provider, customerId: this.customerId, timeZone, today: this.today() };
  });

  private readonly holidaysTask = new Task(this, {
    task: async ([configText, language]) =>
      configText ? loadHolidayCalendar({ ...JSON.parse(configText), language }) : undefined,
    args: () => {
      const holidays = this.needsHolidays() ? this.effectiveStructure?.holidays : undefined;
      return [
        holidays ? JSON.stringify(holidays) : '',
        this.effectiveLocale.split('-')[0],
      ] as const;
    },
  });

  /**
   * Returns whether a view shows holidays now: the calendar always, the
   * timeline only to flag scheduled events. Until then date-holidays stays unloaded.
   */
  private needsHolidays(): boolean {
    if (this.view === 'calendar') return true;
    return (this.reads.state().events ?? []).some((event) => event.status === 'upcoming');
  }

  private today(): CalendarDate {
    return todayIn(this.effectiveTimeZone, this.effectiveClock.now());
  }

  /** Fires `crm-error` once for each failed read of the history. */
  private reportFailures(): void {
    for (const [index, result] of this.reads.results.entries()) {
      if (!result || (result.status !== 'error' && !result.isRefetchError)) continue;
      const key = `${index}:${result.errorUpdatedAt}`;
      if (this.reportedFailures.has(key)) continue;
      this.reportedFailures.add(key);
      const { message, status } = describeProviderFailure(result.error);
      fire(this, 'crm-error', { kind: 'provider', message, status });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.inputsReady = true;
    if (changed.has('customerId') || changed.has('provider')) this.reads.reset();
    if (!isMonthKey(this.month)) this.month = monthOf(this.today());
    if (!this.focusedDate || monthOf(this.focusedDate) !== this.month) {
      const today = this.today();
      this.focusedDate = monthOf(today) === this.month ? today : `${this.month}-01`;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportFailures();
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  protected override render(): TemplateResult {
    const messages = pickMessages(historyMessages, this.effectiveLocale);
    if (this.structureIssues) return html`${this.renderStructureIssues(messages.invalidStructure)}`;
    if (!this.effectiveProvider) return renderNoProvider(this.effectiveLocale);
    if (!this.customerId) return renderEmpty(this.effectiveLocale, messages.noCustomer);
    const reads = this.reads.state();
    if (reads.error !== undefined) {
      return renderLoadError(this.effectiveLocale, reads.error, this.reads.retry);
    }
    if (!reads.events) return renderLoading(this.effectiveLocale);
    return this.renderLoaded(reads.events, reads);
  }

  private renderLoaded(events: HistoryEvent[], reads: HistoryReadState): TemplateResult {
    const context = this.viewContext();
    const shown = this.derived.filtered(events, {
      kind: this.kindFilter,
      status: this.statusFilter,
    });
    const kinds = this.derived.kinds(events);
    return html`
      <div class="toolbar" part="toolbar">
        ${renderViewSwitch(this.view, context.messages, (view) => (this.view = view))}
        ${renderFilters(
          { kind: this.kindFilter, status: this.statusFilter, kinds },
          context.messages,
          (filters) => {
            this.kindFilter = filters.kind;
            this.statusFilter = filters.status;
          },
        )}
      </div>
      ${
        reads.stale
          ? renderStaleBadge(
              context.locale,
              context.timeZone,
              reads.stale.updatedAt,
              reads.stale.error,
              this.reads.refresh,
            )
          : nothing
      }
      ${this.renderHolidayNotice(context)}
      ${this.view === 'calendar' ? this.renderCalendarView(shown, context) : this.renderTimelineView(shown, context)}
      ${this.renderMore(reads, context)}
    `;
  }

  private viewContext(): ViewContext {
    return {
      locale: this.effectiveLocale,
      timeZone: this.effectiveTimeZone,
      today: this.today(),
      messages: pickMessages(historyMessages, this.effectiveLocale),
      agents: this.reads.agents,
      calendar: this.holidaysTask.value,
    };
  }

  private renderTimelineView(events: HistoryEvent[], context: ViewContext): TemplateResult {
    if (events.length === 0) return renderEmpty(context.locale, context.messages.empty);
    return renderTimeline(events, context);
  }

  private renderCalendarView(events: HistoryEvent[], context: ViewContext): TemplateResult {
    const month = this.month ?? monthOf(context.today);
    return renderCalendar(
      {
        month,
        focusedDate: this.focusedDate ?? `${month}-01`,
        weekStartsOn: weekStartOf(context.locale),
        eventsByDay: this.derived.byDay(events, context.timeZone),
        onKeydown: (event) => this.handleGridKey(event),
        onDayClick: (date) => {
          this.focusedDate = date;
          this.month = monthOf(date);
        },
        onShiftMonth: (months) => (this.month = shiftMonth(this.month ?? month, months)),
        onToday: () => (this.month = monthOf(context.today)),
      },
      context,
    );
  }

  private renderHolidayNotice(context: ViewContext): TemplateResult | typeof nothing {
    if (this.holidaysTask.status !== TaskStatus.ERROR) return nothing;
    const { reason } = describeProviderFailure(this.holidaysTask.error);
    const text = reason
      ? interpolate(context.messages.holidaysFailed, { message: reason })
      : context.messages.holidaysFailedUnknown;
    return html`<p class="notice" part="notice" role="status">${text}</p>`;
  }

  private renderMore(reads: HistoryReadState, context: ViewContext): TemplateResult {
    return renderLoadMore(
      {
        since: formatCalendarDate(reads.loadedFrom, context.locale),
        pending: reads.loadingMore,
        error: reads.moreError,
      },
      context,
      () => this.reads.loadMore(),
    );
  }

  private handleGridKey(event: KeyboardEvent): void {
    if (!isGridKey(event.key) || !this.focusedDate) return;
    event.preventDefault();
    const next = moveFocus(this.focusedDate, event.key, weekStartOf(this.effectiveLocale));
    this.focusedDate = next;
    this.month = monthOf(next);
    this.focusAfterUpdate = true;
  }
}
