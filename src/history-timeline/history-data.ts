/** Loading and grouping of history events, with no templates. */
import type { DataProvider } from '../core/provider.ts';
import { agentSchema, historyEventSchema, type Agent, type HistoryEvent, type RecordId } from '../core/records.ts';
import { TZDate } from '@date-fns/tz';
import { toCalendarDateIn, type CalendarDate } from '../dates/calendar-date.ts';

/** Records requested per `getList` page while a range loads. */
const pageSize = 100;
/** Pages read per range before stopping, so a provider that never ends cannot loop forever. */
const maxPages = 50;

/** Returns the instant a calendar day starts in `timeZone`. */
export function startOfDayIn(date: CalendarDate, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}

/** A half-open range of instants, `from` included and `to` excluded. */
export interface InstantRange {
  from: Date;
  to: Date;
}

/**
 * Loads every history event of `customerId` in `range`, newest first, page
 * by page. Records that do not match the history event schema are dropped
 * with a console warning naming their count.
 */
export async function fetchHistory(
  provider: DataProvider,
  customerId: RecordId,
  range: InstantRange,
  signal: AbortSignal,
): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let invalid = 0;
  for (let page = 1; page <= maxPages; page++) {
    const result = await provider.getList<unknown>('history', {
      filter: { customerId, from: range.from.toISOString(), to: range.to.toISOString() },
      pagination: { page, perPage: pageSize },
      sort: { field: 'at', order: 'DESC' },
      signal,
    });
    for (const record of result.data) {
      const parsed = historyEventSchema.safeParse(record);
      if (parsed.success) events.push(parsed.data);
      else invalid++;
    }
    const read = (page - 1) * pageSize + result.data.length;
    const more =
      result.pageInfo?.hasNextPage ??
      (result.total !== undefined ? read < result.total : result.data.length === pageSize);
    if (!more || result.data.length === 0) break;
  }
  if (invalid > 0) {
    console.warn(`<history-timeline>: dropped ${invalid} history records that failed validation.`);
  }
  return events;
}

/** Loads the agents by id, for the names shown next to each event. */
export async function fetchAgents(provider: DataProvider, signal: AbortSignal): Promise<Map<string, Agent>> {
  const result = await provider.getList<unknown>('agents', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
    signal,
  });
  const agents = new Map<string, Agent>();
  for (const record of result.data) {
    const parsed = agentSchema.safeParse(record);
    if (parsed.success) agents.set(String(parsed.data.id), parsed.data);
  }
  return agents;
}

/** Kind and status filters; `''` keeps every value. */
export interface HistoryFilters {
  kind: string;
  status: string;
}

export function filterEvents(events: readonly HistoryEvent[], filters: HistoryFilters): HistoryEvent[] {
  return events.filter(
    (event) =>
      (!filters.kind || event.kind === filters.kind) && (!filters.status || event.status === filters.status),
  );
}

/** Events of one timeline group: the upcoming ones, or one calendar day. */
export interface EventGroup {
  key: 'upcoming' | CalendarDate;
  /** The calendar day, absent for the upcoming group. */
  date?: CalendarDate;
  events: HistoryEvent[];
}

function instantOf(event: HistoryEvent): number {
  return new Date(event.at).getTime();
}

/**
 * Groups events by calendar day in `timeZone`. Events after today form one
 * `upcoming` group first, soonest first; then come today and earlier days,
 * newest first, each day's events newest first.
 */
export function groupByDay(events: readonly HistoryEvent[], timeZone: string, today: CalendarDate): EventGroup[] {
  const upcoming: HistoryEvent[] = [];
  const days = new Map<CalendarDate, HistoryEvent[]>();
  for (const event of events) {
    const day = toCalendarDateIn(event.at, timeZone);
    if (day > today) {
      upcoming.push(event);
      continue;
    }
    const list = days.get(day);
    if (list) list.push(event);
    else days.set(day, [event]);
  }
  const groups: EventGroup[] = [];
  if (upcoming.length > 0) {
    groups.push({ key: 'upcoming', events: upcoming.sort((a, b) => instantOf(a) - instantOf(b)) });
  }
  const ordered = [...days.keys()].sort().reverse();
  for (const date of ordered) {
    const list = days.get(date) ?? [];
    groups.push({ key: date, date, events: list.sort((a, b) => instantOf(b) - instantOf(a)) });
  }
  return groups;
}

/** Events by calendar day in `timeZone`, each day's events in time order. */
export function eventsByDay(events: readonly HistoryEvent[], timeZone: string): Map<CalendarDate, HistoryEvent[]> {
  const days = new Map<CalendarDate, HistoryEvent[]>();
  const sorted = [...events].sort((a, b) => instantOf(a) - instantOf(b));
  for (const event of sorted) {
    const day = toCalendarDateIn(event.at, timeZone);
    const list = days.get(day);
    if (list) list.push(event);
    else days.set(day, [event]);
  }
  return days;
}
