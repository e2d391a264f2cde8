/** Template pieces shared by the timeline and calendar views. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../core/i18n.ts';
import { interpolate } from '../core/i18n.ts';
import type { Agent, HistoryEvent } from '../core/records.ts';
import { toCalendarDateIn, type CalendarDate } from '../dates/calendar-date.ts';
import {
  isWeekendDay,
  type Holiday,
  type HolidayCalendar,
  type HolidayType,
} from '../holidays/business-days.ts';
import type { HistoryMessageKey } from './messages.ts';

/** Inputs both views need to render events and days. */
export interface ViewContext {
  locale: string;
  timeZone: string;
  today: CalendarDate;
  messages: Messages<HistoryMessageKey>;
  agents: ReadonlyMap<string, Agent>;
  /** The loaded holiday calendar; absent while loading, on failure or without `holidays`. */
  calendar?: HolidayCalendar;
}

/**
 * Icons of the built-in kinds. They are text symbols that common system
 * fonts (DejaVu Sans, Segoe UI Symbol, Apple Symbols) draw, because emoji
 * showed as empty boxes where no emoji font is installed.
 */
const kindIcons: Record<string, string> = { payment: '$', contact: '☎', task: '☑', note: '✎' };

/** Icon of a task that is not done yet: an empty box, where a done task has a checked one. */
const openTaskIcon = '☐';

/** Returns the label of a history kind; kinds a host adds show as written. */
export function kindLabel(kind: string, messages: Messages<HistoryMessageKey>): string {
  const labels: Record<string, string> = {
    payment: messages.kindPayment,
    contact: messages.kindContact,
    task: messages.kindTask,
    note: messages.kindNote,
  };
  return labels[kind] ?? kind;
}

export function holidayTypeLabel(type: HolidayType, messages: Messages<HistoryMessageKey>): string {
  const labels: Record<HolidayType, string> = {
    public: messages.typePublic,
    bank: messages.typeBank,
    school: messages.typeSchool,
    optional: messages.typeOptional,
    observance: messages.typeObservance,
    company: messages.typeCompany,
  };
  return labels[type];
}

/** Returns the holidays of `date`, or none while the calendar is not loaded. */
export function holidaysOn(context: ViewContext, date: CalendarDate): Holiday[] {
  return context.calendar?.holidaysOn(date) ?? [];
}

/**
 * Returns the warning for a scheduled event on a holiday or weekend day (in
 * the view's zone), or undefined for done events and business days. `day`
 * is the event's calendar day in the view's zone when the caller knows it.
 */
export function scheduleWarning(
  event: HistoryEvent,
  context: ViewContext,
  day?: CalendarDate,
): string | undefined {
  if (event.status !== 'upcoming') return undefined;
  day ??= toCalendarDateIn(event.at, context.timeZone);
  const holiday = holidaysOn(context, day)[0];
  if (holiday) return interpolate(context.messages.onHoliday, { name: holiday.name });
  if (isWeekendDay(day)) return context.messages.onWeekend;
  return undefined;
}

/**
 * Returns the icon of a history kind, or a bullet for kinds a host adds. A
 * task that is not done gets an empty box instead of a checked one.
 */
export function kindIcon(kind: string, status?: string): string {
  if (kind === 'task' && status !== undefined && status !== 'done') return openTaskIcon;
  return kindIcons[kind] ?? '•';
}

export function renderKind(
  kind: string,
  messages: Messages<HistoryMessageKey>,
  status?: string,
): TemplateResult {
  return html`<span class="kind" part="kind" data-kind=${kind}
    ><span aria-hidden="true">${kindIcon(kind, status)}</span> ${kindLabel(kind, messages)}</span
  >`;
}

export function renderWarning(
  event: HistoryEvent,
  context: ViewContext,
  day?: CalendarDate,
): TemplateResult | typeof nothing {
  const warning = scheduleWarning(event, context, day);
  if (!warning) return nothing;
  return html`<span class="warning" part="warning"
    ><span aria-hidden="true">⚠</span> ${warning}</span
  >`;
}

/** The holiday names and types of one day, or nothing. */
export function renderHolidays(
  holidays: readonly Holiday[],
  context: ViewContext,
): TemplateResult | typeof nothing {
  if (holidays.length === 0) return nothing;
  return html`<ul class="holidays" part="holidays">
    ${holidays.map(
      (holiday) =>
        html`<li class="holiday" data-type=${holiday.type}>
          ${holiday.name}
          <span class="holiday-type">(${holidayTypeLabel(holiday.type, context.messages)})</span>
        </li>`,
    )}
  </ul>`;
}
