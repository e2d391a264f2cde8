import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { QueryCache } from '../../src/data-layer/query-cache.ts';
import { QueryObserver } from '../../src/data-layer/query-observer.ts';
import { hashKey } from '../../src/data-layer/query-keys.ts';
import { replaceEqualDeep } from '../../src/data-layer/replace-equal-deep.ts';

function cache(retries = 0, retryDelay = 5) {
  return new QueryCache({
    staleTime: 30_000,
    gcTime: 300_000,
    retry: (failures) => failures < retries,
    retryDelay: () => retryDelay,
    timeout: Infinity,
  });
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** Copies `value` with the keys of every object in reverse insertion order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).reverse();
  return Object.fromEntries(entries.map(([name, item]) => [name, reverseKeys(item)]));
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('hashKey', () => {
  it('ignores the order of object keys', () => {
    expect(hashKey(['customers', 'getList', { b: 1, a: { d: 2, c: 3 } }])).to.equal(
      hashKey(['customers', 'getList', { a: { c: 3, d: 2 }, b: 1 }]),
    );
  });

  it('keeps the order of array items', () => {
    expect(hashKey(['x', [1, 2]])).not.to.equal(hashKey(['x', [2, 1]]));
  });

  it('hashes reordered objects alike', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(hashKey(['key', reverseKeys(value)])).to.equal(hashKey(['key', value]));
      }),
    );
  });

  it('tells apart different params', () => {
    expect(hashKey(['customers', 'getOne', { id: '1' }])).not.to.equal(
      hashKey(['customers', 'getOne', { id: 1 }]),
    );
  });
});

describe('replaceEqualDeep', () => {
  it('returns the previous object for an equal answer', () => {
    const previous = { data: [{ id: 1, name: 'Ana' }], total: 1 };
    const next = { data: [{ id: 1, name: 'Ana' }], total: 1 };

    expect(replaceEqualDeep(previous, next)).to.equal(previous);
  });

  it('keeps unchanged rows of a changed answer', () => {
    const previous = { data: [{ id: 1 }, { id: 2 }], total: 2 };
    const next = { data: [{ id: 1 }, { id: 3 }], total: 2 };

    const shared = replaceEqualDeep(previous, next);

    expect(shared).not.to.equal(previous);
    expect(shared.data[0]).to.equal(previous.data[0]);
    expect(shared.data[1]).to.deep.equal({ id: 3 });
  });

  it('sees a removed key as a change', () => {
    expect(replaceEqualDeep({ a: 1, b: 2 }, { a: 1 })).to.deep.equal({ a: 1 });
    expect(replaceEqualDeep({ a: 1 }, { a: 1, b: undefined })).to.have.property('b');
  });

  it('sees a longer sparse array as a change', () => {
    const previous = [1];
    const next = [1];
    next.length = 3;

    const shared = replaceEqualDeep(previous, next);

    expect(shared).not.to.equal(previous);
    expect(shared).to.have.length(3);
  });

  it('keeps a __proto__ key as data', () => {
    const next = JSON.parse('{"__proto__": null, "name": "Ana"}') as Record<string, unknown>;
    const nested = JSON.parse('{"__proto__": {"isAdmin": true}}') as Record<string, unknown>;

    const shared = replaceEqualDeep({}, next);
    const sharedNested = replaceEqualDeep({ a: 1 }, nested);

    expect(Object.getPrototypeOf(shared)).to.equal(Object.prototype);
    expect(Object.hasOwn(shared, '__proto__')).to.equal(true);
    expect(shared).to.deep.equal(next);
    expect(Object.getPrototypeOf(sharedNested)).to.equal(Object.prototype);
    expect((sharedNested as { isAdmin?: boolean }).isAdmin).to.equal(undefined);
    expect(Object.getOwnPropertyDescriptor(sharedNested, '__proto__')?.value).to.deep.equal({
      isAdmin: true,
    });
  });

  it('keeps an equal __proto__ key of both answers', () => {
    const previous = JSON.parse('{"__proto__": {"a": 1}}') as object;
    const next = JSON.parse('{"__proto__": {"a": 1}}') as object;

    expect(replaceEqualDeep(previous, next)).to.equal(previous);
  });

  it('always deep-equals the new answer', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (previous, next) => {
        expect(replaceEqualDeep(previous, next)).to.deep.equal(next);
      }),
    );
  });
});

describe('QueryCache', () => {
  it('aborts and restarts a request in flight on invalidation', async () => {
    const client = cache();
    const answers = [deferred<string>(), deferred<string>()];
    const signals: AbortSignal[] = [];
    const observer = new QueryObserver(client, {
      queryKey: ['tasks'],
      queryFn: (signal) => {
        signals.push(signal);
        return answers[signals.length - 1].promise;
      },
    });
    const stop = observer.subscribe(() => {});

    const invalidated = client.invalidateQueries();
    answers[0].resolve('before the write');
    answers[1].resolve('after the write');
    await invalidated;

    expect(signals).to.have.length(2);
    expect(signals[0].aborted).to.equal(true);
    expect(observer.getCurrentResult().data).to.equal('after the write');
    stop();
  });

  it('keeps the state it had when the last observer leaves', async () => {
    const client = cache();
    const answer = deferred<string>();
    let signal: AbortSignal | undefined;
    const observer = new QueryObserver(client, {
      queryKey: ['customers'],
      queryFn: (received) => {
        signal = received;
        return answer.promise;
      },
    });
    const stop = observer.subscribe(() => {});
    expect(client.isFetching()).to.equal(1);

    stop();
    answer.resolve('too late');
    await tick();

    expect(signal?.aborted).to.equal(true);
    expect(client.isFetching()).to.equal(0);
    expect(client.getQueryState(['customers'])?.status).to.equal('pending');
    expect(client.getQueryData(['customers'])).to.equal(undefined);
  });

  it('retries at once when asked during the retry delay', async () => {
    const client = cache(1, 60_000);
    let attempts = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['agents'],
      queryFn: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('flaky');
        return 'ok';
      },
    });
    const stop = observer.subscribe(() => {});
    await tick();
    expect(attempts).to.equal(1);

    await observer.refetch();

    expect(attempts).to.equal(2);
    expect(observer.getCurrentResult().data).to.equal('ok');
    stop();
  });

  it('marks a failed refresh and keeps the data', async () => {
    const client = cache();
    let fail = false;
    const observer = new QueryObserver(client, {
      queryKey: ['invoices'],
      queryFn: async () => {
        if (fail) throw new Error('down');
        return ['i1'];
      },
    });
    const stop = observer.subscribe(() => {});
    await tick();

    fail = true;
    await client.refetchQueries();
    const result = observer.getCurrentResult();

    expect(result.status).to.equal('error');
    expect(result.isRefetchError).to.equal(true);
    expect(result.data).to.deep.equal(['i1']);
    stop();
  });

  it('drops an unused entry after gcTime', async () => {
    const client = new QueryCache({
      staleTime: 0,
      gcTime: 10,
      retry: () => false,
      retryDelay: () => 0,
      timeout: Infinity,
    });
    client.setQueryData(['history'], { data: [] });
    expect(client.size).to.equal(1);

    // Waits for the state with a 2 s deadline, rather than a fixed time that a busy machine can miss.
    await waitUntil(() => client.size === 0, 'the entry outlived gcTime', { timeout: 2_000 });
  });

  it('notifies once the answer of the current key arrives', async () => {
    const client = cache();
    const seen: Array<string | undefined> = [];
    const observer = new QueryObserver(client, {
      queryKey: ['customers', 1],
      queryFn: async () => 'Ana',
    });
    const stop = observer.subscribe((result) => seen.push(result.data));
    await tick();
    observer.setOptions({
      queryKey: ['customers', 2],
      queryFn: async () => 'Bia',
      keepPrevious: true,
    });
    expect(observer.getCurrentResult().isPlaceholderData).to.equal(true);
    await tick();

    expect(seen.at(-1)).to.equal('Bia');
    expect(observer.getCurrentResult().isPlaceholderData).to.equal(false);
    stop();
  });
});

describe('QueryCache edge cases', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  function settings(gcTime: number, retries: number, retryDelay: number, timeout = Infinity) {
    return new QueryCache({
      staleTime: 0,
      gcTime,
      retry: (failures) => failures < retries,
      retryDelay: () => retryDelay,
      timeout,
    });
  }

  it('follows the entry after the cache dropped it', async () => {
    const client = settings(10, 0, 0);
    let calls = 0;
    const queryFn = async () => `answer ${(calls += 1)}`;
    const first = new QueryObserver(client, { queryKey: ['customers', 1], queryFn });
    let stop = first.subscribe(() => {});
    await tick();
    stop();
    await waitUntil(() => client.size === 0, 'the entry outlived gcTime', { timeout: 2_000 });

    stop = first.subscribe(() => {});
    const second = new QueryObserver(client, { queryKey: ['customers', 1], queryFn });
    const stopSecond = second.subscribe(() => {});
    await client.invalidateQueries();

    expect(calls).to.equal(3);
    expect(first.getCurrentResult().data).to.equal('answer 3');
    expect(second.getCurrentResult().data).to.equal('answer 3');
    stop();
    stopSecond();
  });

  it('follows a new entry after clear', async () => {
    const client = settings(300_000, 0, 0);
    let name = 'Ana';
    const observer = new QueryObserver(client, {
      queryKey: ['customers', 2],
      queryFn: async () => name,
    });
    const stop = observer.subscribe(() => {});
    await tick();

    client.clear();
    await observer.refetch();
    name = 'Ana Souza';
    await client.invalidateQueries();

    expect(observer.getCurrentResult().data).to.equal('Ana Souza');
    stop();
  });

  it('turns an undefined answer into an error', async () => {
    const client = settings(300_000, 3, 0);
    let calls = 0;
    const observer = new QueryObserver<string>(client, {
      queryKey: ['tasks'],
      queryFn: async () => {
        calls += 1;
        return undefined as unknown as string;
      },
    });
    const stop = observer.subscribe(() => {});
    await tick();

    const result = observer.getCurrentResult();
    expect(result.status).to.equal('error');
    expect(String(result.error)).to.contain('resolved with undefined');
    expect(calls).to.equal(1);
    stop();
  });

  it('keeps the retry delay when the page becomes visible', async () => {
    const client = settings(300_000, 2, 60_000);
    let attempts = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['agents'],
      queryFn: async () => {
        attempts += 1;
        throw new Error('down');
      },
    });
    const stop = observer.subscribe(() => {});
    await tick();

    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await tick();
    const joining = new QueryObserver(client, { queryKey: ['agents'], queryFn: async () => 'x' });
    const stopJoining = joining.subscribe(() => {});
    await tick();

    expect(attempts).to.equal(1);
    expect(observer.getCurrentResult().status).to.equal('pending');
    stop();
    stopJoining();
  });

  it('settles earlier waiters when a request restarts', async () => {
    const client = settings(300_000, 1, 60_000);
    let attempts = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['invoices'],
      queryFn: async () => {
        attempts += 1;
        if (attempts <= 2) throw new Error('down');
        return 'ok';
      },
    });
    const stop = observer.subscribe(() => {});
    await tick();
    const first = client.invalidateQueries();
    await tick();

    const second = client.invalidateQueries();
    const settled = await Promise.race([
      Promise.all([first, second]).then(() => true),
      sleep(500).then(() => false),
    ]);

    expect(attempts).to.equal(3);
    expect(settled).to.equal(true);
    expect(observer.getCurrentResult().data).to.equal('ok');
    stop();
  });

  it('restarts a hanging refresh on a user retry', async () => {
    const client = settings(300_000, 0, 0);
    const signals: AbortSignal[] = [];
    const answers = [
      Promise.resolve('first'),
      new Promise<string>(() => {}),
      Promise.resolve('third'),
    ];
    const observer = new QueryObserver(client, {
      queryKey: ['customers', 3],
      queryFn: (signal) => {
        signals.push(signal);
        return answers[signals.length - 1];
      },
    });
    const stop = observer.subscribe(() => {});
    await tick();
    void client.refetchQueries();
    await tick();

    await observer.refetch();

    expect(signals).to.have.length(3);
    expect(signals[1].aborted).to.equal(true);
    expect(observer.getCurrentResult().data).to.equal('third');
    stop();
  });

  it('fails an attempt that outlives the timeout', async () => {
    const client = settings(300_000, 0, 0, 20);
    let signal: AbortSignal | undefined;
    const observer = new QueryObserver(client, {
      queryKey: ['customers', 4],
      queryFn: (received) => {
        signal = received;
        return new Promise<string>(() => {});
      },
    });
    const stop = observer.subscribe(() => {});

    await waitUntil(() => observer.getCurrentResult().status !== 'pending', 'no timeout', {
      timeout: 2_000,
    });

    const result = observer.getCurrentResult();
    expect(result.status).to.equal('error');
    expect((result.error as DOMException).name).to.equal('TimeoutError');
    expect(signal?.aborted).to.equal(true);
    stop();
  });

  it('retries after a timeout', async () => {
    const client = settings(300_000, 1, 0, 20);
    let attempts = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['customers', 5],
      queryFn: () => {
        attempts += 1;
        return attempts === 1 ? new Promise<string>(() => {}) : Promise.resolve('second');
      },
    });
    const stop = observer.subscribe(() => {});

    await waitUntil(() => observer.getCurrentResult().status !== 'pending', 'no response', {
      timeout: 2_000,
    });

    expect(attempts).to.equal(2);
    expect(observer.getCurrentResult().data).to.equal('second');
    stop();
  });

  it('drops an entry whose unobserved request ended', async () => {
    const client = settings(10, 0, 0);
    const answer = deferred<string>();
    const observer = new QueryObserver(client, {
      queryKey: ['history'],
      queryFn: () => answer.promise,
    });
    void observer.refetch();
    await sleep(30);

    expect(client.size).to.equal(1);
    answer.resolve('late');

    await waitUntil(() => client.size === 0, 'the entry outlived its request', { timeout: 2_000 });
  });

  it('invalidates only the reads under a key prefix', async () => {
    const client = settings(300_000, 0, 0);
    const calls: string[] = [];
    const read = (key: unknown[]) =>
      new QueryObserver(client, {
        queryKey: key,
        queryFn: async () => {
          calls.push(JSON.stringify(key));
          return 'x';
        },
      });
    const stops = [
      read(['invoices', 'getList', { filter: { customerId: '1' } }]).subscribe(() => {}),
      read(['invoices', 'getList', { filter: { customerId: '2' } }]).subscribe(() => {}),
      read(['tasks', 'getList', { filter: { customerId: '1' } }]).subscribe(() => {}),
    ];
    await tick();
    calls.length = 0;

    await client.invalidateQueries({
      queryKey: ['invoices', 'getList', { filter: { customerId: '1' } }],
    });

    expect(calls).to.deep.equal(['["invoices","getList",{"filter":{"customerId":"1"}}]']);
    for (const stop of stops) stop();
  });
});
