import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { DataProvider, LiveChange } from '../src/core/provider.ts';
import { ProviderQuery } from '../src/data-layer/provider-query.ts';
import {
  clearCache,
  configureCache,
  invalidateCustomer,
  prefillCache,
  queryClientFor,
} from '../src/data-layer/query-client.ts';
import { openLiveSubscriptions } from '../src/data-layer/live-updates.ts';
import { renderStaleBadge } from '../src/core/states.ts';

interface Call {
  resource: string;
  method: string;
  params: Record<string, unknown>;
  signal?: AbortSignal;
}

/** A provider whose getOne answers from `answers` and records every call. */
function recordingProvider(answer: (call: Call) => Promise<unknown>) {
  const calls: Call[] = [];
  const listeners = new Map<string, (change?: LiveChange) => void>();
  let subscriptions = 0;
  const provider: DataProvider & { calls: Call[]; push(resource: string): void; active(): number } =
    {
      calls,
      getList: (resource, params) => {
        const call = {
          resource,
          method: 'getList',
          params: params as never,
          signal: params.signal,
        };
        calls.push(call);
        return answer(call) as never;
      },
      getOne: (resource, params) => {
        const call = { resource, method: 'getOne', params: params as never, signal: params.signal };
        calls.push(call);
        return answer(call) as never;
      },
      update: () => Promise.reject(new Error('not used')),
      create: () => Promise.reject(new Error('not used')),
      subscribe: (resource, _params, callback) => {
        subscriptions += 1;
        listeners.set(resource, callback);
        return () => {
          subscriptions -= 1;
          listeners.delete(resource);
        };
      },
      push: (resource) => listeners.get(resource)?.({ resource }),
      active: () => subscriptions,
    };
  return provider;
}

class CustomerName extends LitElement {
  static override properties = {
    provider: { attribute: false },
    customerId: { attribute: 'customer-id' },
  };
  declare provider?: DataProvider;
  declare customerId?: string;

  private readonly query = new ProviderQuery<{ data: { name: string } }>(this, () =>
    this.provider && this.customerId
      ? {
          provider: this.provider,
          resource: 'customers',
          method: 'getOne',
          params: { id: this.customerId },
        }
      : undefined,
  );

  override render() {
    return this.query.render({
      idle: () => html`<p>idle</p>`,
      pending: () => html`<p>loading</p>`,
      error: (_error, retry) =>
        html`<p>error</p>
          <button @click=${retry}>retry</button>`,
      success: (answer, state) =>
        html`${
            state.refreshError
              ? renderStaleBadge('en', 'UTC', state.updatedAt, state.refreshError, state.retry)
              : null
          }
          <p class="name">${answer.data.name}</p>`,
    });
  }
}
customElements.define('test-customer-name', CustomerName);

const textOf = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('ProviderQuery', () => {
  it('runs one request for two elements', async () => {
    const provider = recordingProvider(async (call) => ({
      data: { name: `Ana ${call.params.id}` },
    }));
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <test-customer-name .provider=${provider} customer-id="7"></test-customer-name>
        <test-customer-name .provider=${provider} customer-id="7"></test-customer-name>
      </div>`,
    );
    const [first, second] = root.querySelectorAll('test-customer-name');

    await waitUntil(() => textOf(first) === 'Ana 7' && textOf(second) === 'Ana 7');

    expect(provider.calls.length).to.equal(1);
  });

  it('aborts the request when the element is removed', async () => {
    const pending = deferred<unknown>();
    const provider = recordingProvider(() => pending.promise);
    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="7"></test-customer-name>`,
    );
    await waitUntil(() => provider.calls.length === 1);

    element.remove();

    await waitUntil(() => provider.calls[0].signal?.aborted === true, 'signal not aborted');
  });

  it('keeps the newest customer when answers cross', async () => {
    const answers = new Map([
      ['1', deferred<unknown>()],
      ['2', deferred<unknown>()],
    ]);
    const provider = recordingProvider((call) => answers.get(String(call.params.id))!.promise);
    const element = await fixture<CustomerName>(
      html`<test-customer-name .provider=${provider} customer-id="1"></test-customer-name>`,
    );

    element.customerId = '2';
    await element.updateComplete;
    answers.get('2')!.resolve({ data: { name: 'Bruno' } });
    answers.get('1')!.resolve({ data: { name: 'Ana' } });
    await waitUntil(() => textOf(element) === 'Bruno');
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(textOf(element)).to.equal('Bruno');
    expect(provider.calls[0].signal?.aborted).to.equal(true);
  });

  it('shows the error and recovers on retry', async () => {
    let fail = true;
    const provider = recordingProvider(async () => {
      if (fail) throw Object.assign(new Error('down'), { status: 503 });
      return { data: { name: 'Carla' } };
    });
    configureCache(provider, { retry: 0 });
    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="3"></test-customer-name>`,
    );
    await waitUntil(() => textOf(element).startsWith('error'));

    fail = false;
    element.shadowRoot!.querySelector('button')!.click();

    await waitUntil(() => textOf(element) === 'Carla');
  });

  it('keeps data with a stale badge when a refresh fails', async () => {
    let fail = false;
    const provider = recordingProvider(async () => {
      if (fail) throw new Error('backend down');
      return { data: { name: 'Dora' } };
    });
    configureCache(provider, { retry: 0 });
    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="4"></test-customer-name>`,
    );
    await waitUntil(() => textOf(element) === 'Dora');

    fail = true;
    await queryClientFor(provider).refetchQueries();
    await waitUntil(() => textOf(element).includes('Not up to date since'));

    expect(element.shadowRoot!.querySelector('.name')!.textContent).to.equal('Dora');
    expect(element.shadowRoot!.querySelector('[part=stale]')!.getAttribute('title')).to.equal(
      'backend down',
    );
  });

  it('retries a failing read with back-off', async () => {
    let attempts = 0;
    const provider = recordingProvider(async () => {
      attempts += 1;
      if (attempts < 3) throw new Error('flaky');
      return { data: { name: 'Eva' } };
    });
    configureCache(provider, { retry: 2, retryDelay: 10 });
    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="5"></test-customer-name>`,
    );

    await waitUntil(() => textOf(element) === 'Eva');

    expect(attempts).to.equal(3);
  });

  it('does not retry a 404', async () => {
    const provider = recordingProvider(async () => {
      throw Object.assign(new Error('not found'), { status: 404 });
    });
    configureCache(provider, { retry: 3, retryDelay: 10 });
    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="9"></test-customer-name>`,
    );

    await waitUntil(() => textOf(element).startsWith('error'));

    expect(provider.calls.length).to.equal(1);
  });

  it('refreshes stale data when the window regains focus', async () => {
    let name = 'Fabio';
    const provider = recordingProvider(async () => ({ data: { name } }));
    configureCache(provider, { staleTime: 0 });
    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="6"></test-customer-name>`,
    );
    await waitUntil(() => textOf(element) === 'Fabio');

    name = 'Fabio Souza';
    // Browsers fire it at the document, and it bubbles to the window.
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));

    await waitUntil(() => textOf(element) === 'Fabio Souza');
  });

  it('refreshes stale data when the browser goes online', async () => {
    let name = 'Gabi';
    const provider = recordingProvider(async () => ({ data: { name } }));
    configureCache(provider, { staleTime: 0 });
    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="16"></test-customer-name>`,
    );
    await waitUntil(() => textOf(element) === 'Gabi');

    name = 'Gabi Reis';
    window.dispatchEvent(new Event('online'));

    await waitUntil(() => textOf(element) === 'Gabi Reis');
  });

  it('keeps fresh data when the window regains focus', async () => {
    const provider = recordingProvider(async () => ({ data: { name: 'Hugo' } }));
    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="17"></test-customer-name>`,
    );
    await waitUntil(() => textOf(element) === 'Hugo');

    // Browsers fire it at the document, and it bubbles to the window.
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(provider.calls.length).to.equal(1);
  });

  it('applies a pushed change', async () => {
    let name = 'Gil';
    const provider = recordingProvider(async () => ({ data: { name } }));
    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="8"></test-customer-name>`,
    );
    await waitUntil(() => textOf(element) === 'Gil');

    name = 'Gil Prado';
    provider.push('customers');

    await waitUntil(() => textOf(element) === 'Gil Prado');
  });

  it('closes subscriptions when every element is gone', async () => {
    const provider = recordingProvider(async () => ({ data: { name: 'Hana' } }));
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <test-customer-name .provider=${provider} customer-id="10"></test-customer-name>
        <test-customer-name .provider=${provider} customer-id="10"></test-customer-name>
        <test-customer-name .provider=${provider} customer-id="11"></test-customer-name>
      </div>`,
    );
    await waitUntil(() => provider.calls.length === 2);
    expect(provider.active()).to.equal(2);

    root.replaceChildren();

    expect(provider.active()).to.equal(0);
    expect(openLiveSubscriptions(queryClientFor(provider))).to.equal(0);
  });

  it('refetches a customer after invalidation', async () => {
    let name = 'Iris';
    const provider = recordingProvider(async () => ({ data: { name } }));
    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="12"></test-customer-name>`,
    );
    await waitUntil(() => textOf(element) === 'Iris');

    name = 'Iris Lima';
    await invalidateCustomer(provider, '12');

    await waitUntil(() => textOf(element) === 'Iris Lima');
  });

  it('shows prefilled data without a request', async () => {
    const provider = recordingProvider(async () => ({ data: { name: 'from server' } }));
    prefillCache(provider, 'customers', 'getOne', { id: '13' }, { data: { name: 'Joana' } });

    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="13"></test-customer-name>`,
    );

    expect(textOf(element)).to.equal('Joana');
    expect(provider.calls.length).to.equal(0);
  });

  it('loads again after the cache is cleared', async () => {
    const provider = recordingProvider(async () => ({ data: { name: 'Kleber' } }));
    const first = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="14"></test-customer-name>`,
    );
    await waitUntil(() => textOf(first) === 'Kleber');
    first.remove();

    clearCache(provider);
    const second = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="14"></test-customer-name>`,
    );

    expect(textOf(second)).to.equal('loading');
    await waitUntil(() => textOf(second) === 'Kleber');
    expect(provider.calls.length).to.equal(2);
  });

  it('turns a synchronous throw into the error state', async () => {
    const provider = recordingProvider(() => {
      throw new Error('sync failure');
    });
    configureCache(provider, { retry: 0 });

    const element = await fixture(
      html`<test-customer-name .provider=${provider} customer-id="15"></test-customer-name>`,
    );

    await waitUntil(() => textOf(element).startsWith('error'));
  });
});

class CustomerPage extends LitElement {
  static override properties = { provider: { attribute: false }, page: { type: Number } };
  declare provider?: DataProvider;
  declare page: number;

  private readonly query = new ProviderQuery<{ data: Array<{ name: string }> }>(this, () =>
    this.provider
      ? {
          provider: this.provider,
          resource: 'customers',
          method: 'getList',
          params: { pagination: { page: this.page, perPage: 1 } },
          keepPrevious: true,
        }
      : undefined,
  );

  override render() {
    return this.query.render({
      pending: () => html`loading`,
      error: () => html`error`,
      success: (answer, state) =>
        html`${answer.data[0].name}${state.isPlaceholder ? ' (busy)' : ''}`,
    });
  }
}
customElements.define('test-customer-page', CustomerPage);

describe('ProviderQuery with keepPrevious', () => {
  it('shows the previous page while the next loads', async () => {
    const second = deferred<unknown>();
    const provider = recordingProvider((call) => {
      const page = (call.params.pagination as { page: number }).page;
      return page === 1 ? Promise.resolve({ data: [{ name: 'Ana' }], total: 2 }) : second.promise;
    });
    const element = await fixture<CustomerPage>(
      html`<test-customer-page .provider=${provider} page="1"></test-customer-page>`,
    );
    await waitUntil(() => textOf(element) === 'Ana');

    element.page = 2;
    await element.updateComplete;

    expect(textOf(element)).to.equal('Ana (busy)');
    second.resolve({ data: [{ name: 'Bia' }], total: 2 });
    await waitUntil(() => textOf(element) === 'Bia');
  });
});

class ZonedReader extends LitElement {
  static override properties = { provider: { attribute: false } };
  declare provider?: DataProvider;
  private zone = 'UTC';

  private readonly query = new ProviderQuery<{ data: { name: string } }>(this, () =>
    this.provider
      ? {
          provider: this.provider,
          resource: 'customers',
          method: 'getOne',
          params: { id: this.zone },
        }
      : undefined,
  );

  protected override willUpdate(): void {
    this.zone = 'America/Sao_Paulo';
  }

  override render() {
    return this.query.render({
      pending: () => html`loading`,
      error: () => html`error`,
      success: () => html`ok`,
    });
  }
}
customElements.define('test-zoned-reader', ZonedReader);

describe('ProviderQuery start', () => {
  it('reads after the host validated its inputs', async () => {
    const provider = recordingProvider(async () => ({ data: { name: 'x' } }));

    const element = await fixture(
      html`<test-zoned-reader .provider=${provider}></test-zoned-reader>`,
    );
    await waitUntil(() => textOf(element) === 'ok');

    expect(provider.calls.map((call) => call.params.id)).to.deep.equal(['America/Sao_Paulo']);
  });
});
