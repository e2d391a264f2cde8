import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/customer-view360/define.ts';
import type { CustomerView360 } from '../src/customer-view360/define.ts';
import { ProviderError, type GetOneParams } from '../src/core/provider.ts';
import { configureCache, queryClientFor } from '../src/data-layer/query-client.ts';
import { providerQueryKey } from '../src/data-layer/query-keys.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { LiveCustomerProvider, sampleCustomers } from './helpers/view360-fake-provider.ts';

function makeProvider(): LiveCustomerProvider {
  const { customers, tasks } = sampleCustomers();
  return new LiveCustomerProvider(customers, tasks);
}

function view(provider: LiveCustomerProvider, customerId: string) {
  return html`<customer-view360
    .provider=${provider}
    .structure=${defaultStructure}
    customer-id=${customerId}
  ></customer-view360>`;
}

async function renderView(
  provider: LiveCustomerProvider,
  customerId: string,
): Promise<CustomerView360> {
  return fixture<CustomerView360>(view(provider, customerId));
}

function text(el: CustomerView360): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

function heading(el: CustomerView360): string | undefined {
  return el.shadowRoot!.querySelector('[part="header"] h2')?.textContent ?? undefined;
}

async function waitForHeading(el: CustomerView360, name: string): Promise<void> {
  await waitUntil(() => heading(el) === name, `heading never became ${name}`);
}

function customerSignals(provider: LiveCustomerProvider): AbortSignal[] {
  return provider
    .callsOf('getOne', 'customers')
    .map((call) => (call.params as GetOneParams).signal!);
}

/** Records every text the element shows until `stop` is called. */
function recordTexts(el: CustomerView360): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(text(el)));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

describe('<customer-view360> on the shared cache', () => {
  it('reads a customer once for two views', async () => {
    const provider = makeProvider();

    const root = await fixture<HTMLDivElement>(
      html`<div>${view(provider, '7')} ${view(provider, '7')}</div>`,
    );
    const [first, second] = root.querySelectorAll('customer-view360');
    await waitForHeading(first, 'Ana Souza');
    await waitForHeading(second, 'Ana Souza');

    expect(provider.callsOf('getOne', 'customers')).to.have.length(1);
    expect(provider.callsOf('getList', 'tasks')).to.have.length(1);
  });

  it('shares its reads with the task tab', async () => {
    const provider = makeProvider();

    const el = await fixture<CustomerView360>(
      html`<customer-view360
        .provider=${provider}
        .structure=${defaultStructure}
        customer-id="7"
        active-tab="tasks"
      ></customer-view360>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('task-tab'), 'no task tab');
    const taskTab = el.shadowRoot!.querySelector('task-tab')!;
    await waitUntil(
      () => !taskTab.shadowRoot!.querySelector('[part~="loading"]'),
      'the task tab kept loading',
    );

    expect(provider.callsOf('getList', 'agents'), 'the task tab read nothing').to.have.length(1);
    expect(provider.callsOf('getOne', 'customers')).to.have.length(1);
    expect(provider.callsOf('getList', 'tasks')).to.have.length(1);
  });

  it('shows a cached customer at once on a switch', async () => {
    const provider = makeProvider();
    const el = await renderView(provider, '7');
    await waitForHeading(el, 'Ana Souza');
    el.customerId = '8';
    await waitForHeading(el, 'Bruno Lima');
    provider.delays.set('7', 10_000);

    el.customerId = '7';
    await el.updateComplete;

    expect(heading(el)).to.equal('Ana Souza');
    expect(text(el)).not.to.contain('Bruno Lima');
    expect(provider.callsOf('getOne', 'customers')).to.have.length(2);
  });

  it('aborts the request of a removed view', async () => {
    const provider = makeProvider();
    provider.delays.set('7', 10_000);
    const el = await renderView(provider, '7');
    await waitUntil(() => provider.callsOf('getOne', 'customers').length === 1, 'no request');

    el.remove();

    await waitUntil(() => customerSignals(provider)[0].aborted, 'the request was not aborted');
  });

  it('refetches stale data on window focus', async () => {
    const provider = makeProvider();
    configureCache(provider, { staleTime: 0 });
    const el = await renderView(provider, '7');
    await waitForHeading(el, 'Ana Souza');
    const recording = recordTexts(el);

    provider.customers[0].name = 'Ana Souza Prado';
    window.dispatchEvent(new Event('visibilitychange'));
    await waitForHeading(el, 'Ana Souza Prado');
    recording.stop();

    expect(provider.callsOf('getOne', 'customers')).to.have.length(2);
    expect(recording.texts.some((snapshot) => snapshot.includes('Carregando'))).to.equal(false);
  });

  it('keeps the customer under a stale badge when a refresh fails', async () => {
    const provider = makeProvider();
    configureCache(provider, { retry: 0 });
    const el = await renderView(provider, '7');
    await waitForHeading(el, 'Ana Souza');
    const updatedAt = queryClientFor(provider).getQueryState(
      providerQueryKey('customers', 'getOne', { id: '7' }),
    )!.dataUpdatedAt;
    const time = new Intl.DateTimeFormat('pt-BR', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'America/Sao_Paulo',
    }).format(updatedAt);

    provider.failure = new ProviderError('Servidor indisponível', 503);
    const failure = oneEvent(el, 'crm-error');
    void queryClientFor(provider).refetchQueries();
    const { detail } = await failure;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"]'), 'no stale badge');

    const badge = el.shadowRoot!.querySelector('[part="stale"]')!;
    expect(badge.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Não atualizado desde ${time} Atualizar`,
    );
    expect(badge.getAttribute('title')).to.equal('Servidor indisponível');
    expect(detail).to.deep.equal({
      kind: 'provider',
      message: 'Servidor indisponível',
      status: 503,
    });
    expect(heading(el)).to.equal('Ana Souza');
    expect(el.shadowRoot!.querySelector('[role="tablist"]')).to.exist;
    await expect(el).to.be.accessible();

    provider.failure = undefined;
    badge.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="stale"]'), 'badge stayed');
    expect(heading(el)).to.equal('Ana Souza');
  });

  it('applies a pushed change in place', async () => {
    const provider = makeProvider();
    const el = await renderView(provider, '7');
    await waitForHeading(el, 'Ana Souza');
    const recording = recordTexts(el);

    provider.customers[0].name = 'Ana Souza Reis';
    provider.push('customers');
    await waitForHeading(el, 'Ana Souza Reis');
    recording.stop();

    expect(recording.texts.some((snapshot) => snapshot.includes('Carregando'))).to.equal(false);
    const [subscription] = provider.subscriptions.filter((entry) => entry.resource === 'customers');
    expect(subscription.params).to.deep.equal({ id: '7' });
  });

  it('releases every subscription once the views are gone', async () => {
    const provider = makeProvider();
    const root = await fixture<HTMLDivElement>(
      html`<div>${view(provider, '7')} ${view(provider, '8')}</div>`,
    );
    const [first, second] = root.querySelectorAll('customer-view360');
    await waitForHeading(first, 'Ana Souza');
    await waitForHeading(second, 'Bruno Lima');
    for (const tab of ['invoices', 'billing', 'tasks', 'history']) {
      first.activeTab = tab;
      await first.updateComplete;
    }
    second.customerId = '7';
    await waitForHeading(second, 'Ana Souza');
    expect(provider.openSubscriptions().length).to.be.greaterThan(0);

    root.replaceChildren();

    expect(provider.subscriptions.length).to.be.greaterThan(2);
    expect(provider.openSubscriptions()).to.deep.equal([]);
  });
});
