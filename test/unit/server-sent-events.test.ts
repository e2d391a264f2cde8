import { expect } from '@open-wc/testing';
import type { DataProvider, LiveChange } from '../../src/core/provider.ts';
import { withServerSentEvents, type EventSourceLike } from '../../src/live/server-sent-events.ts';

class FakeEventSource implements EventSourceLike {
  readonly listeners = new Map<string, Array<(event: MessageEvent | Event) => void>>();
  closed = false;

  addEventListener(type: string, listener: (event: MessageEvent | Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close() {
    this.closed = true;
  }

  emit(type: string, data?: string) {
    const event = data === undefined ? new Event(type) : new MessageEvent(type, { data });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

const baseProvider: DataProvider = {
  getList: async () => ({ data: [], total: 0 }),
  getOne: async () => ({ data: { id: 1 } as never }),
  update: async () => ({ data: {} as never }),
  create: async () => ({ data: {} as never }),
};

function setup() {
  const sources: FakeEventSource[] = [];
  const provider = withServerSentEvents(baseProvider, '/events', {
    connect: () => {
      const source = new FakeEventSource();
      sources.push(source);
      return source;
    },
  });
  return { provider, sources };
}

describe('withServerSentEvents', () => {
  it('keeps the base provider methods', async () => {
    const { provider } = setup();

    expect(
      await provider.getList('customers', { pagination: { page: 1, perPage: 1 } }),
    ).to.deep.equal({
      data: [],
      total: 0,
    });
  });

  it('opens one connection for many subscribers', () => {
    const { provider, sources } = setup();

    provider.subscribe('invoices', { filter: { customerId: '1' } }, () => {});
    provider.subscribe('invoices', { filter: { customerId: '2' } }, () => {});

    expect(sources.length).to.equal(1);
  });

  it('delivers a change to the matching customer only', () => {
    const { provider, sources } = setup();
    const received: Array<[string, LiveChange | undefined]> = [];
    provider.subscribe('invoices', { filter: { customerId: '1' } }, (change) =>
      received.push(['1', change]),
    );
    provider.subscribe('invoices', { filter: { customerId: '2' } }, (change) =>
      received.push(['2', change]),
    );
    provider.subscribe('tasks', { filter: { customerId: '1' } }, (change) =>
      received.push(['tasks', change]),
    );

    sources[0].emit('change', '{"resource":"invoices","customerId":1}');

    expect(received.map(([who]) => who)).to.deep.equal(['1']);
    expect(received[0][1]).to.deep.equal({ resource: 'invoices', customerId: 1 });
  });

  it('ignores data that is not JSON', () => {
    const { provider, sources } = setup();
    let calls = 0;
    provider.subscribe('invoices', {}, () => (calls += 1));

    sources[0].emit('change', '<script>');

    expect(calls).to.equal(0);
  });

  it('notifies everyone after a reconnect', () => {
    const { provider, sources } = setup();
    let calls = 0;
    provider.subscribe('invoices', { filter: { customerId: '1' } }, () => (calls += 1));
    provider.subscribe('history', { filter: { customerId: '1' } }, () => (calls += 1));

    sources[0].emit('open');
    sources[0].emit('error');
    sources[0].emit('open');

    expect(calls).to.equal(2);
  });

  it('closes when the last subscriber leaves', () => {
    const { provider, sources } = setup();
    const first = provider.subscribe('invoices', {}, () => {});
    const second = provider.subscribe('tasks', {}, () => {});

    first();
    expect(sources[0].closed).to.equal(false);
    second();

    expect(sources[0].closed).to.equal(true);
  });
});

describe('withServerSentEvents over a class provider', () => {
  it('calls methods that use private fields', async () => {
    class PrivateProvider {
      #name = 'Ana';
      getList = baseProvider.getList;
      update = baseProvider.update;
      create = baseProvider.create;
      async getOne() {
        return { data: { id: 1, name: this.#name } };
      }
    }
    const provider = withServerSentEvents(
      new PrivateProvider() as unknown as DataProvider,
      '/events',
      {
        connect: () => new FakeEventSource(),
      },
    );

    const answer = await provider.getOne('customers', { id: 1 });

    expect(answer.data).to.deep.equal({ id: 1, name: 'Ana' });
  });
});
