import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/history-timeline/define.ts';
import type { HistoryTimeline } from '../src/history-timeline/history-timeline.ts';
import type { DataProvider } from '../src/core/provider.ts';
import {
  configureCache,
  invalidateCustomer,
  queryClientFor,
} from '../src/data-layer/query-client.ts';
import { loadHolidayCalendar } from '../src/holidays/holiday-calendar.ts';
import {
  fakeHistoryProvider,
  historyClock,
  historyEvent,
  historyStructure,
} from './helpers/fake-history.ts';

async function renderTimeline(provider: DataProvider): Promise<HistoryTimeline> {
  const element = await fixture<HistoryTimeline>(html`
    <history-timeline
      customer-id="c1"
      .provider=${provider}
      .structure=${historyStructure}
      .clock=${historyClock}
    ></history-timeline>
  `);
  await waitUntil(() => element.shadowRoot!.querySelector('.event'), 'history did not load');
  return element;
}

const titles = (element: HistoryTimeline) =>
  [...element.shadowRoot!.querySelectorAll('.event .title')].map((node) => node.textContent);

const historyCalls = (provider: ReturnType<typeof fakeHistoryProvider>) =>
  provider.calls.filter((call) => call.resource === 'history');

function loadMoreButton(element: HistoryTimeline): HTMLButtonElement {
  return element.shadowRoot!.querySelector<HTMLButtonElement>('.load-more button')!;
}

describe('<history-timeline> on the shared cache', () => {
  before(async function () {
    this.timeout(60_000);
    await loadHolidayCalendar({ country: 'BR', region: 'SP' });
  });

  it('shows an event added after an outside invalidation', async () => {
    const provider = fakeHistoryProvider({ events: [historyEvent({ title: 'Ligação' })] });
    const element = await renderTimeline(provider);

    provider.events.push(
      historyEvent({ kind: 'task', title: 'Promessa de pagamento', at: '2026-12-04T14:30:00Z' }),
    );
    await invalidateCustomer(provider, 'c1');

    await waitUntil(() => titles(element).includes('Promessa de pagamento'), 'no new event');
    expect(titles(element)).to.deep.equal(['Promessa de pagamento', 'Ligação']);
  });

  it('leaves another customer alone on invalidation', async () => {
    const provider = fakeHistoryProvider({ events: [historyEvent()] });
    await renderTimeline(provider);
    const before = historyCalls(provider).length;

    await invalidateCustomer(provider, 'c2');

    expect(historyCalls(provider).length).to.equal(before);
  });

  it('refetches every loaded range on invalidation', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({ title: 'Recente' }),
        historyEvent({ title: 'Antigo', at: '2025-06-10T13:00:00Z' }),
      ],
    });
    const element = await renderTimeline(provider);
    loadMoreButton(element).click();
    await waitUntil(() => titles(element).includes('Antigo'), 'older events did not load');

    provider.events.push(historyEvent({ title: 'Mais antigo', at: '2025-03-02T13:00:00Z' }));
    await invalidateCustomer(provider, 'c1');

    await waitUntil(() => titles(element).includes('Mais antigo'), 'older range not refetched');
    expect(titles(element)).to.deep.equal(['Recente', 'Antigo', 'Mais antigo']);
  });

  it('keeps events with a stale badge when a refresh fails', async () => {
    const provider = fakeHistoryProvider({ events: [historyEvent({ title: 'Ligação' })] });
    configureCache(provider, { retry: 0 });
    const element = await renderTimeline(provider);

    provider.failNext(1);
    await queryClientFor(provider).refetchQueries();
    await waitUntil(() => element.shadowRoot!.querySelector('[part="stale"]'), 'no stale badge');

    const badge = element.shadowRoot!.querySelector('[part="stale"]')!;
    expect(badge.textContent).to.contain('Não atualizado desde');
    expect(badge.getAttribute('title')).to.equal('Serviço indisponível');
    expect(titles(element)).to.deep.equal(['Ligação']);
    await expect(element).to.be.accessible();
  });

  it('drops the stale badge after a good refresh', async () => {
    const provider = fakeHistoryProvider({ events: [historyEvent({ title: 'Ligação' })] });
    configureCache(provider, { retry: 0 });
    const element = await renderTimeline(provider);
    provider.failNext(1);
    await queryClientFor(provider).refetchQueries();
    await waitUntil(() => element.shadowRoot!.querySelector('[part="stale"]'), 'no stale badge');

    provider.events.push(
      historyEvent({ title: 'Nota nova', kind: 'note', at: '2026-12-04T14:00:00Z' }),
    );
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="stale"] button')!.click();

    await waitUntil(() => !element.shadowRoot!.querySelector('[part="stale"]'), 'badge stayed');
    expect(titles(element)).to.deep.equal(['Nota nova', 'Ligação']);
  });

  it('reads once for two timelines of one customer', async () => {
    const provider = fakeHistoryProvider({ events: [historyEvent()] });
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <history-timeline
          customer-id="c1"
          .provider=${provider}
          .structure=${historyStructure}
          .clock=${historyClock}
        ></history-timeline>
        <history-timeline
          customer-id="c1"
          .provider=${provider}
          .structure=${historyStructure}
          .clock=${historyClock}
        ></history-timeline>
      </div>
    `);
    const [first, second] = root.querySelectorAll<HistoryTimeline>('history-timeline');

    await waitUntil(() => titles(first).length === 1 && titles(second).length === 1);

    expect(historyCalls(provider)).to.have.length(1);
    expect(provider.calls.filter((call) => call.resource === 'agents')).to.have.length(1);
  });

  it('loads a range of its own on "Carregar mais"', async () => {
    const provider = fakeHistoryProvider({ events: [historyEvent({ title: 'Recente' })] });
    const element = await renderTimeline(provider);

    loadMoreButton(element).click();
    await waitUntil(() => element.shadowRoot!.textContent?.includes('04/12/2024'), 'no 2024 range');
    loadMoreButton(element).click();
    await waitUntil(() => element.shadowRoot!.textContent?.includes('04/12/2023'), 'no 2023 range');

    expect(historyCalls(provider).map((call) => call.params.filter)).to.deep.equal([
      { customerId: 'c1', from: '2025-12-04T03:00:00.000Z', to: '2027-12-04T03:00:00.000Z' },
      { customerId: 'c1', from: '2024-12-04T03:00:00.000Z', to: '2025-12-04T03:00:00.000Z' },
      { customerId: 'c1', from: '2023-12-04T03:00:00.000Z', to: '2024-12-04T03:00:00.000Z' },
    ]);
  });

  it('shows a failed "Carregar mais" and retries it', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({ title: 'Recente' }),
        historyEvent({ title: 'Antigo', at: '2025-06-10T13:00:00Z' }),
      ],
    });
    configureCache(provider, { retry: 0 });
    const element = await renderTimeline(provider);

    provider.failNext(1);
    loadMoreButton(element).click();
    await waitUntil(
      () => element.shadowRoot!.querySelector('.load-more [role="alert"]'),
      'no error',
    );

    expect(element.shadowRoot!.querySelector('.load-more [role="alert"]')!.textContent).to.equal(
      'Serviço indisponível',
    );
    expect(element.shadowRoot!.querySelector('.load-more')!.textContent).to.contain('04/12/2025');
    expect(titles(element)).to.deep.equal(['Recente']);

    loadMoreButton(element).click();
    await waitUntil(() => titles(element).includes('Antigo'), 'retry did not load');

    const ranges = historyCalls(provider).map((call) => call.params.filter?.from);
    expect(ranges).to.deep.equal([
      '2025-12-04T03:00:00.000Z',
      '2024-12-04T03:00:00.000Z',
      '2024-12-04T03:00:00.000Z',
    ]);
  });

  it('starts over with the first range for another customer', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({ title: 'Do c1' }),
        historyEvent({ customerId: 'c2', title: 'Do c2' }),
      ],
    });
    const element = await renderTimeline(provider);
    loadMoreButton(element).click();
    await waitUntil(() => historyCalls(provider).length === 2);

    element.customerId = 'c2';
    await waitUntil(() => titles(element).includes('Do c2'), 'c2 did not load');

    const last = historyCalls(provider).at(-1)!;
    expect(last.params.filter).to.deep.include({
      customerId: 'c2',
      from: '2025-12-04T03:00:00.000Z',
    });
    expect(
      historyCalls(provider).filter((call) => call.params.filter?.customerId === 'c2'),
    ).to.have.length(1);
    expect(element.shadowRoot!.querySelector('.load-more')!.textContent).to.contain('04/12/2025');
  });
});
