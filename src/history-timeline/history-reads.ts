/**
 * The provider reads of `<history-timeline>` through the shared query cache:
 * one read per range of history (the first range, then one per "Load more")
 * and one for the agents. Each range is its own cache key, so an outside
 * `invalidateCustomer(provider, customerId)` refetches every range shown.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DataProvider } from '../core/provider.ts';
import { agentSchema, type Agent, type HistoryEvent } from '../core/records.ts';
import { addMonths, type CalendarDate } from '../dates/calendar-date.ts';
import {
  ProviderQuery,
  type ProviderRead,
  type SuccessState,
} from '../data-layer/provider-query.ts';
import { agentListParams, fetchHistory, startOfDayIn } from './history-data.ts';

/** Months in the first range, before and after today, and in each "Load more" range. */
export const monthsPerRange = 12;

/** Inputs of the reads; the element passes `undefined` while it has no provider or customer. */
export interface HistoryReadInput {
  provider: DataProvider;
  customerId: string;
  timeZone: string;
  today: CalendarDate;
}

/** The combined state of every range read. */
export interface HistoryReadState {
  /** Events of every range loaded so far, without duplicates; undefined before the first range loads. */
  events?: HistoryEvent[];
  /** The first range's load failed and nothing is cached. */
  error?: unknown;
  /** First day of the oldest range loaded. */
  loadedFrom: CalendarDate;
  /** True while the newest "Load more" range loads for the first time. */
  loadingMore: boolean;
  /** Failure of the newest "Load more" range, which shows no data yet. */
  moreError?: unknown;
  /** Time and failure of a failed refresh, when some events shown are the last good response. */
  stale?: { updatedAt: Date; error: unknown };
}

interface AgentList {
  data: unknown[];
}

/** Range `index` counted back from the first: 0 is the first range, 1 the year before it, and so on. */
function rangeOf(input: HistoryReadInput, index: number): { from: CalendarDate; to: CalendarDate } {
  if (index === 0) {
    return {
      from: addMonths(input.today, -monthsPerRange),
      to: addMonths(input.today, monthsPerRange),
    };
  }
  return {
    from: addMonths(input.today, -monthsPerRange * (index + 1)),
    to: addMonths(input.today, -monthsPerRange * index),
  };
}

function historyRead(input: HistoryReadInput, index: number): ProviderRead<HistoryEvent[]> {
  const range = rangeOf(input, index);
  const from = startOfDayIn(range.from, input.timeZone);
  const to = startOfDayIn(range.to, input.timeZone);
  const params = {
    filter: { customerId: input.customerId, from: from.toISOString(), to: to.toISOString() },
  };
  return {
    provider: input.provider,
    resource: 'history',
    method: 'allPages',
    params,
    fetch: (signal) => fetchHistory(input.provider, input.customerId, { from, to }, signal),
  };
}

export class HistoryReads {
  private readonly ranges: ProviderQuery<HistoryEvent[]>[] = [];
  /** Ranges shown: 1 for the first range, plus one per "Load more". */
  private rangeCount = 1;
  private readonly agentsQuery: ProviderQuery<AgentList>;
  private agentsSource?: AgentList;
  private agentsById = new Map<string, Agent>();
  private mergedSources: (HistoryEvent[] | undefined)[] = [];
  private merged?: HistoryEvent[];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly input: () => HistoryReadInput | undefined,
  ) {
    this.addRange();
    this.agentsQuery = new ProviderQuery<AgentList>(host, () => {
      const provider = this.input()?.provider;
      if (!provider) return undefined;
      return { provider, resource: 'agents', method: 'getList', params: agentListParams };
    });
  }

  private addRange(): void {
    const index = this.ranges.length;
    this.ranges.push(
      new ProviderQuery<HistoryEvent[]>(this.host, () => {
        const input = this.input();
        return input && index < this.rangeCount ? historyRead(input, index) : undefined;
      }),
    );
  }

  /** Drops the "Load more" ranges, for another customer or provider. */
  reset(): void {
    this.rangeCount = 1;
  }

  /** Loads the year before the oldest range, or retries that range when its first load failed. */
  loadMore(): void {
    const newest = this.ranges[this.rangeCount - 1];
    if (this.rangeCount > 1 && newest.result?.status === 'error' && newest.data === undefined) {
      newest.refetch();
      return;
    }
    this.rangeCount += 1;
    if (this.ranges.length < this.rangeCount) this.addRange();
    this.host.requestUpdate();
  }

  /** Fetches the first range again after its first load failed. */
  retry = (): void => this.ranges[0].refetch();

  /** Refetches every range and the agents, after a refresh failed. */
  refresh = (): void => {
    for (const query of this.ranges.slice(0, this.rangeCount)) query.refetch();
    this.agentsQuery.refetch();
  };

  /** Agents by id; empty until they load or when they fail. */
  get agents(): ReadonlyMap<string, Agent> {
    const source = this.agentsQuery.data;
    if (source !== this.agentsSource) {
      this.agentsSource = source;
      this.agentsById = new Map();
      for (const record of source?.data ?? []) {
        const parsed = agentSchema.safeParse(record);
        if (parsed.success) this.agentsById.set(String(parsed.data.id), parsed.data);
      }
    }
    return this.agentsById;
  }

  /** Results of the ranges shown, newest range first; for failure reporting. */
  get results() {
    return this.ranges.slice(0, this.rangeCount).map((query) => query.result);
  }

  state(): HistoryReadState {
    const input = this.input();
    const shown = this.ranges.slice(0, this.rangeCount);
    const first = shown[0].result;
    const newest = shown[shown.length - 1];
    let loadedIndex = 0;
    shown.forEach((query, index) => {
      if (query.data !== undefined) loadedIndex = index;
    });
    const state: HistoryReadState = {
      events: this.mergeEvents(shown.map((query) => query.data)),
      loadedFrom: input ? rangeOf(input, loadedIndex).from : '',
      loadingMore:
        shown.length > 1 && newest.data === undefined && newest.result?.status === 'pending',
      moreError:
        shown.length > 1 && newest.data === undefined && newest.result?.status === 'error'
          ? newest.result.error
          : undefined,
    };
    if (first?.status === 'error' && first.data === undefined) state.error = first.error;
    for (const query of shown) {
      query.render({
        pending: () => undefined,
        error: () => undefined,
        success: (_data, success: SuccessState) => {
          if (!success.refreshError) return;
          if (!state.stale || success.updatedAt < state.stale.updatedAt) {
            state.stale = { updatedAt: success.updatedAt, error: success.refreshError };
          }
        },
      });
    }
    return state;
  }

  /**
   * Concatenates the ranges' events, dropping repeated ids: providers that
   * treat `to` as inclusive return a boundary event in two ranges. Returns
   * the same array while no range changed, so views can cache by identity.
   */
  private mergeEvents(sources: (HistoryEvent[] | undefined)[]): HistoryEvent[] | undefined {
    if (sources[0] === undefined) return undefined;
    const unchanged =
      sources.length === this.mergedSources.length &&
      sources.every((source, index) => source === this.mergedSources[index]);
    if (unchanged && this.merged) return this.merged;
    const seen = new Set<string>();
    const events: HistoryEvent[] = [];
    for (const source of sources) {
      for (const event of source ?? []) {
        const id = String(event.id);
        if (seen.has(id)) continue;
        seen.add(id);
        events.push(event);
      }
    }
    this.mergedSources = sources;
    this.merged = events;
    return events;
  }
}
