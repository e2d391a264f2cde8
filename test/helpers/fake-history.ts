import { fixedClock } from '../../src/core/clock.ts';
import { ProviderError, type DataProvider, type GetListParams } from '../../src/core/provider.ts';
import type { Agent, HistoryEvent } from '../../src/core/records.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';

/** A Friday: today is 2026-12-04 in America/Sao_Paulo and in UTC. */
export const historyClock = fixedClock('2026-12-04T15:00:00Z');

/** The default structure: pt-BR, America/Sao_Paulo, holidays of BR-SP. */
export const historyStructure = { ...defaultStructure };

export const historyAgents: Agent[] = [
  { id: 'agent-1', name: 'Ana Lima' },
  { id: 'agent-2', name: 'Bruno Costa' },
];

let nextId = 1;

/** A done event of customer c1; override what the test needs. */
export function historyEvent(overrides: Partial<HistoryEvent> = {}): HistoryEvent {
  return {
    id: `h${nextId++}`,
    customerId: 'c1',
    kind: 'contact',
    title: 'Ligação',
    at: '2026-12-04T13:00:00Z',
    status: 'done',
    agentId: 'agent-1',
    ...overrides,
  };
}

export interface FakeHistoryOptions {
  events?: HistoryEvent[];
  agents?: Agent[];
  /** How many `history` calls reject before the provider starts answering. */
  failures?: number;
  /** A `history` call never answers while true. */
  pending?: boolean;
}

export interface FakeHistoryProvider extends DataProvider {
  /** Every `getList` call, in order. */
  calls: { resource: string; params: GetListParams }[];
  /** The events served; push to add one, as another user's write would. */
  events: HistoryEvent[];
  /** Makes the next `count` `history` calls reject with a 503. */
  failNext(count: number): void;
}

/**
 * An in-memory provider of `history` and `agents` that filters by customer
 * and by the `from` (included) and `to` (excluded) instants, sorts newest
 * first and pages, as a backend would.
 */
export function fakeHistoryProvider(options: FakeHistoryOptions = {}): FakeHistoryProvider {
  const events = options.events ?? [];
  let failures = options.failures ?? 0;
  const calls: FakeHistoryProvider['calls'] = [];
  const unsupported = () => Promise.reject(new ProviderError('Not supported by the fake', 501));
  return {
    calls,
    events,
    failNext(count) {
      failures = count;
    },
    async getList<T>(resource: string, params: GetListParams) {
      calls.push({ resource, params });
      if (resource === 'agents')
        return { data: (options.agents ?? historyAgents) as T[], total: 2 };
      if (resource !== 'history') throw new ProviderError(`Unknown resource ${resource}`, 404);
      if (options.pending) return new Promise<never>(() => {});
      if (failures > 0) {
        failures--;
        throw new ProviderError('Serviço indisponível', 503);
      }
      const filter = params.filter ?? {};
      const from = new Date(String(filter.from)).getTime();
      const to = new Date(String(filter.to)).getTime();
      const matching = events
        .filter((event) => String(event.customerId) === String(filter.customerId))
        .filter((event) => {
          const time = new Date(event.at).getTime();
          return time >= from && time < to;
        })
        .sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime());
      const { page, perPage } = params.pagination;
      const data = matching.slice((page - 1) * perPage, page * perPage);
      return { data: data as T[], total: matching.length };
    },
    getOne: unsupported,
    update: unsupported,
    create: unsupported,
  };
}
