/** Loading and grouping of history events, with no templates. */
import type { DataProvider } from '../core/provider.ts';
import type { HistoryEvent, RecordId } from '../core/records.ts';
import { TZDate } from '@date-fns/tz';
import { toCalendarDateIn, type CalendarDate } from '../dates/calendar-date.ts';
import { validateHistoryEvents } from './history-validation.ts';

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
 * by page. Records that do not match the history event schema, or repeat an
 * id, are skipped with a console warning naming each one.
 */
export async function fetchHistory(
  provider: DataProvider,
  customerId: RecordId,
  range: InstantRange,
  signal: AbortSignal,
): Promise<HistoryEvent[]> {
  const records: unknown[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const result = await provider.getList<unknown>('history', {
      filter: { customerId, from: range.from.toISOString(), to: range.to.toISOString() },
      pagination: { page, perPage: pageSize },
      sort: { field: 'at', order: 'DESC' },
      signal,
    });
    records.push(...result.data);
    const read = (page - 1) * pageSize + result.data.length;
    const more =
      result.pageInfo?.hasNextPage ??
      (result.total !== undefined ? read < result.total : result.data.length === pageSize);
    if (!more || result.data.length === 0) break;
  }
  return validateHistoryEvents(records);
}

/** Params of the agents read: every agent, by name, for the names shown next to events. */
export const agentListParams = {
  pagination: { page: 1, perPage: 500 },
  sort: { field: 'name', order: 'ASC' },
} as const;

/** Kind and status filters; `''` keeps every value. */
export interface HistoryFilters {
  kind: string;
  status: string;
}

export function filterEvents(
  events: readonly HistoryEvent[],
  filters: HistoryFilters,
): HistoryEvent[] {
  return events.filter(
    (event) =>
      (!filters.kind || event.kind === filters.kind) &&
      (!filters.status || event.status === filters.status),
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
export function groupByDay(
  events: readonly HistoryEvent[],
  timeZone: string,
  today: CalendarDate,
): EventGroup[] {
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

/** Largest change of a zone's UTC offset within one day: daylight saving moves 1 h, a few zones 2 h. */
const maxOffsetChange = 3 * 3_600_000;

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/**
 * Returns the calendar day of `time` in `timeZone`, and an instant before
 * which later instants are still on that day: the next midnight at the
 * current UTC offset, less the largest offset change a day can have.
 */
function dayAt(time: number, timeZone: string): { day: CalendarDate; sameDayUntil: number } {
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of wallClockFormat(timeZone).formatToParts(time)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = values;
  const offset =
    Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(time / 1000) * 1000;
  const nextMidnight = Date.UTC(year, month - 1, day + 1) - offset;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { day: date, sameDayUntil: nextMidnight - maxOffsetChange };
}

/**
 * Events by calendar day in `timeZone`, each day's events in time order.
 * Events are walked in time order and the zone is asked about the first
 * event of each day and the events of its last hours only, not about every
 * event: formatting instants in a zone is the costly step with thousands of events.
 */
export function eventsByDay(
  events: readonly HistoryEvent[],
  timeZone: string,
): Map<CalendarDate, HistoryEvent[]> {
  const timed = events.map((event) => ({ time: instantOf(event), event }));
  timed.sort((a, b) => a.time - b.time);
  const days = new Map<CalendarDate, HistoryEvent[]>();
  let list: HistoryEvent[] = [];
  let sameDayUntil = -Infinity;
  for (const { time, event } of timed) {
    if (!(time < sameDayUntil)) {
      const found = dayAt(time, timeZone);
      sameDayUntil = found.sameDayUntil;
      list = days.get(found.day) ?? [];
      days.set(found.day, list);
    }
    list.push(event);
  }
  return days;
}
