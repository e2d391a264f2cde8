/** The calendar view: a month grid with holidays and events, keyboard-navigable as a WAI-ARIA grid. */
import { html, nothing, type TemplateResult } from 'lit';
import { interpolate } from '../core/i18n.ts';
import type { HistoryEvent } from '../core/records.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import {
  formatDayLabel,
  formatMonthTitle,
  monthGrid,
  weekdayNames,
  weekdayOrder,
  type MonthKey,
  type Weekday,
} from './calendar-grid.ts';
import {
  holidaysOn,
  kindIcon,
  kindLabel,
  renderHolidays,
  renderWarning,
  type ViewContext,
} from './event-parts.ts';

/** Events shown in a day cell before the rest collapse into "+N more". */
export const maxEventsPerDay = 3;

/** The month, focus and handlers the calendar view renders with. */
export interface CalendarState {
  month: MonthKey;
  focusedDate: CalendarDate;
  weekStartsOn: Weekday;
  eventsByDay: ReadonlyMap<CalendarDate, HistoryEvent[]>;
  onKeydown: (event: KeyboardEvent) => void;
  onDayClick: (date: CalendarDate) => void;
  onShiftMonth: (months: number) => void;
  onToday: () => void;
}

function renderHeader(state: CalendarState, context: ViewContext): TemplateResult {
  const { messages } = context;
  return html`
    <div class="calendar-header" part="calendar-header">
      <button
        type="button"
        part="nav-button"
        aria-label=${messages.previousMonth}
        @click=${() => state.onShiftMonth(-1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <h3 id="month-title" class="month-title" part="month-title" aria-live="polite">
        ${formatMonthTitle(state.month, context.locale)}
      </h3>
      <button
        type="button"
        part="nav-button"
        aria-label=${messages.nextMonth}
        @click=${() => state.onShiftMonth(1)}
      >
        <span aria-hidden="true">›</span>
      </button>
      <button type="button" part="nav-button" @click=${state.onToday}>
        ${messages.currentMonth}
      </button>
    </div>
  `;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Returns the formatter of event times, with the options of `formatTime`,
 * built once per locale and zone. Events passed the schema's ISO 8601 check,
 * so their `at` goes to `format` without `formatTime`'s parsing.
 */
function timeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
    timeFormats.set(key, format);
  }
  return format;
}

function renderDayEvents(
  date: CalendarDate,
  events: readonly HistoryEvent[],
  context: ViewContext,
): TemplateResult | typeof nothing {
  if (events.length === 0) return nothing;
  const shown = events.slice(0, maxEventsPerDay);
  const hidden = events.length - shown.length;
  const times = timeFormat(context.locale, context.timeZone);
  return html`
    <ul class="day-events">
      ${shown.map(
        (event) =>
          // The kind's markup is inline, as in renderKind: one template per event instead of two.
          html`<li class="day-event" part="day-event" data-status=${event.status}>
            <time datetime=${event.at}>${times.format(Date.parse(event.at))}</time>
            <span class="kind" part="kind" data-kind=${event.kind}
              ><span aria-hidden="true">${kindIcon(event.kind, event.status)}</span> ${kindLabel(
                event.kind,
                context.messages,
              )}</span
            >
            <span class="title">${event.title}</span>
            ${renderWarning(event, context, date)}
          </li>`,
      )}
    </ul>
    ${
      hidden > 0
        ? html`<span class="more" part="more"
            >${interpolate(context.messages.moreEvents, { count: hidden })}</span
          >`
        : nothing
    }
  `;
}

function renderDay(date: CalendarDate, state: CalendarState, context: ViewContext): TemplateResult {
  const holidays = holidaysOn(context, date);
  const outside = !date.startsWith(state.month);
  const focused = date === state.focusedDate;
  return html`
    <td
      role="gridcell"
      part="day"
      class="day"
      data-date=${date}
      tabindex=${focused ? 0 : -1}
      aria-current=${date === context.today ? 'date' : nothing}
      ?data-outside=${outside}
      ?data-holiday=${holidays.length > 0}
      @click=${() => state.onDayClick(date)}
    >
      <span class="visually-hidden">${formatDayLabel(date, context.locale)}</span>
      <span class="day-number" part="day-number" aria-hidden="true">${Number(date.slice(8))}</span>
      ${
        outside && holidays.length > 0
          ? html`<div class="visually-hidden">${renderHolidays(holidays, context)}</div>`
          : renderHolidays(holidays, context)
      }
      ${renderDayEvents(date, state.eventsByDay.get(date) ?? [], context)}
    </td>
  `;
}

export function renderCalendar(state: CalendarState, context: ViewContext): TemplateResult {
  const order = weekdayOrder(state.weekStartsOn);
  const names = weekdayNames(context.locale, order);
  return html`
    <div class="calendar" part="calendar">
      ${renderHeader(state, context)}
      <table
        role="grid"
        class="grid"
        part="grid"
        aria-labelledby="month-title"
        @keydown=${state.onKeydown}
      >
        <thead>
          <tr>
            ${names.map(
              (name) =>
                html`<th scope="col" role="columnheader" abbr=${name.long} part="weekday">
                  ${name.short}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${monthGrid(state.month, state.weekStartsOn).map(
            (week) =>
              html`<tr>
                ${week.map((date) => renderDay(date, state, context))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}
