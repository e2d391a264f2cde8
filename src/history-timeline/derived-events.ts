/**
 * Values the element derives from the loaded events, each recomputed only
 * when its inputs change (the events array by identity), so month navigation
 * and focus moves reuse them.
 */
import type { HistoryEvent } from '../core/records.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import { eventsByDay, filterEvents, type HistoryFilters } from './history-data.ts';

export class DerivedEvents {
  private kindCache?: { events: HistoryEvent[]; kinds: string[] };
  private filterCache?: {
    events: HistoryEvent[];
    kind: string;
    status: string;
    filtered: HistoryEvent[];
  };
  private dayCache?: {
    events: HistoryEvent[];
    timeZone: string;
    days: Map<CalendarDate, HistoryEvent[]>;
  };

  /** Returns the kinds of the kind filter: the four built-in ones, then any others in `events`. */
  kinds(events: HistoryEvent[]): string[] {
    if (this.kindCache?.events === events) return this.kindCache.kinds;
    const kinds = new Set(['payment', 'contact', 'task', 'note']);
    for (const event of events) kinds.add(event.kind);
    this.kindCache = { events, kinds: [...kinds] };
    return this.kindCache.kinds;
  }

  /** Returns the events that pass `filters`. */
  filtered(events: HistoryEvent[], { kind, status }: HistoryFilters): HistoryEvent[] {
    const cached = this.filterCache;
    if (cached?.events === events && cached.kind === kind && cached.status === status) {
      return cached.filtered;
    }
    const filtered = filterEvents(events, { kind, status });
    this.filterCache = { events, kind, status, filtered };
    return filtered;
  }

  /** Groups `events` by calendar day in `timeZone`. */
  byDay(events: HistoryEvent[], timeZone: string): Map<CalendarDate, HistoryEvent[]> {
    const cached = this.dayCache;
    if (cached?.events === events && cached.timeZone === timeZone) return cached.days;
    const days = eventsByDay(events, timeZone);
    this.dayCache = { events, timeZone, days };
    return days;
  }
}
