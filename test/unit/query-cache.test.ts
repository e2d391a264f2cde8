import { expect } from '@open-wc/testing';
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
    });
    client.setQueryData(['history'], { data: [] });
    expect(client.size).to.equal(1);

    await new Promise((resolve) => setTimeout(resolve, 30));

    expect(client.size).to.equal(0);
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
