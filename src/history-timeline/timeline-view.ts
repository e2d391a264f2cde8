/** The timeline view: events grouped by day, upcoming ones first. */
import { html, nothing, type TemplateResult } from 'lit';
import type { HistoryEvent } from '../core/records.ts';
import { addDays, formatInstant, formatTime } from '../dates/calendar-date.ts';
import { formatDayLabel } from './calendar-grid.ts';
import { renderKind, renderWarning, type ViewContext } from './event-parts.ts';
import { groupByDay, type EventGroup } from './history-data.ts';

function groupTitle(group: EventGroup, context: ViewContext): string {
  if (group.key === 'upcoming') return context.messages.upcoming;
  if (group.date === context.today) return context.messages.today;
  if (group.date === addDays(context.today, -1)) return context.messages.yesterday;
  return formatDayLabel(group.key, context.locale);
}

function renderEvent(event: HistoryEvent, upcoming: boolean, context: ViewContext): TemplateResult {
  const { messages, locale, timeZone } = context;
  const agent = event.agentId != null ? context.agents.get(String(event.agentId)) : undefined;
  const when = upcoming
    ? formatInstant(event.at, locale, timeZone)
    : formatTime(event.at, locale, timeZone);
  return html`
    <li class="event" part="event" data-status=${event.status}>
      <time class="time" part="time" datetime=${event.at}>${when}</time>
      ${renderKind(event.kind, messages, event.status)}
      <span class="title" part="title">${event.title}</span>
      ${
        agent
          ? html`<span class="agent" part="agent"
              ><span class="label">${messages.agent}:</span> ${agent.name}</span
            >`
          : nothing
      }
      ${
        event.outcome
          ? html`<span class="outcome" part="outcome"
              ><span class="label">${messages.outcome}:</span> ${event.outcome}</span
            >`
          : nothing
      }
      ${renderWarning(event, context)}
    </li>
  `;
}

/** Renders the groups of `events`; the caller renders the empty state. */
export function renderTimeline(
  events: readonly HistoryEvent[],
  context: ViewContext,
): TemplateResult {
  const groups = groupByDay(events, context.timeZone, context.today);
  return html`
    <div class="timeline" part="timeline">
      ${groups.map((group) => {
        const title = groupTitle(group, context);
        return html`
          <section class="group" part="group" data-group=${group.key} aria-label=${title}>
            <h3 class="group-title" part="group-title">${title}</h3>
            <ol class="events">
              ${group.events.map((event) => renderEvent(event, group.key === 'upcoming', context))}
            </ol>
          </section>
        `;
      })}
    </div>
  `;
}
