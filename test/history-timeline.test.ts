import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/history-timeline/define.ts';
import type { HistoryTimeline } from '../src/history-timeline/history-timeline.ts';
import type { DataProvider } from '../src/core/provider.ts';
import { configureCache } from '../src/data-layer/query-client.ts';
import { loadHolidayCalendar } from '../src/holidays/holiday-calendar.ts';
import {
  fakeHistoryProvider,
  historyClock,
  historyEvent,
  historyStructure,
} from './helpers/fake-history.ts';

async function renderTimeline(
  provider: DataProvider,
  structure: unknown = historyStructure,
): Promise<HistoryTimeline> {
  const element = await fixture<HistoryTimeline>(html`
    <history-timeline
      customer-id="c1"
      .provider=${provider}
      .structure=${structure}
      .clock=${historyClock}
    ></history-timeline>
  `);
  await waitUntil(
    () => !element.shadowRoot!.querySelector('[part="loading"]'),
    'history did not load',
  );
  await element.updateComplete;
  return element;
}

function groups(element: HistoryTimeline) {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('section.group')];
}

function titlesIn(group: HTMLElement) {
  return [...group.querySelectorAll('.event .title')].map((node) => node.textContent?.trim());
}

describe('<history-timeline> timeline', () => {
  // Loads date-holidays (a large module) once, so elements under test find it cached.
  before(async function () {
    this.timeout(60_000);
    await loadHolidayCalendar({ country: 'BR', region: 'SP' });
  });

  it('groups an event at 02:30Z under the previous day in São Paulo', async () => {
    const provider = fakeHistoryProvider({
      events: [historyEvent({ title: 'Madrugada', at: '2026-12-03T02:30:00Z' })],
    });

    const element = await renderTimeline(provider);

    const [group] = groups(element);
    expect(group.dataset.group).to.equal('2026-12-02');
    expect(group.querySelector('h3')?.textContent).to.contain('2 de dezembro de 2026');
    expect(group.querySelector('time')?.textContent?.trim()).to.equal('23:30');
  });

  it('groups the same event under its UTC day in UTC', async () => {
    const provider = fakeHistoryProvider({
      events: [historyEvent({ title: 'Madrugada', at: '2026-12-03T02:30:00Z' })],
    });

    const element = await renderTimeline(provider, { ...historyStructure, timeZone: 'UTC' });

    const [group] = groups(element);
    expect(group.dataset.group).to.equal('2026-12-03');
    expect(group.querySelector('h3')?.textContent?.trim()).to.equal('Ontem');
    expect(group.querySelector('time')?.textContent?.trim()).to.equal('02:30');
  });

  it('puts upcoming events above today', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({ title: 'Hoje cedo', at: '2026-12-04T12:00:00Z' }),
        historyEvent({
          title: 'Retorno',
          at: '2026-12-09T14:00:00Z',
          status: 'upcoming',
          kind: 'task',
        }),
        historyEvent({ title: 'Semana passada', at: '2026-11-27T14:00:00Z' }),
      ],
    });

    const element = await renderTimeline(provider);

    const titles = groups(element).map((group) => group.querySelector('h3')?.textContent?.trim());
    expect(titles[0]).to.equal('Próximos');
    expect(titles[1]).to.equal('Hoje');
    expect(titlesIn(groups(element)[0])).to.deep.equal(['Retorno']);
    expect(titlesIn(groups(element)[2])).to.deep.equal(['Semana passada']);
  });

  it('orders a day newest first', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({ title: 'Primeira', at: '2026-12-04T11:00:00Z' }),
        historyEvent({ title: 'Segunda', at: '2026-12-04T14:00:00Z' }),
      ],
    });

    const element = await renderTimeline(provider);

    expect(titlesIn(groups(element)[0])).to.deep.equal(['Segunda', 'Primeira']);
  });

  it('shows kind, agent and outcome', async () => {
    const provider = fakeHistoryProvider({
      events: [historyEvent({ kind: 'payment', title: 'Pagamento recebido', outcome: 'Pago' })],
    });

    const element = await renderTimeline(provider);

    const event = element.shadowRoot!.querySelector('.event')!;
    expect(event.querySelector('.kind')?.textContent).to.contain('Pagamento');
    expect(event.querySelector('.agent')?.textContent).to.contain('Ana Lima');
    expect(event.querySelector('.outcome')?.textContent).to.contain('Pago');
    expect(event.querySelector('time')?.textContent?.trim()).to.equal('10:00');
  });

  it('marks open tasks apart from done ones', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({
          id: 'open',
          kind: 'task',
          title: 'Ligar',
          status: 'upcoming',
          at: '2026-12-10T13:00:00Z',
        }),
        historyEvent({ id: 'done', kind: 'task', title: 'Cobrar', status: 'done' }),
      ],
    });

    const element = await renderTimeline(provider);

    const iconOf = (title: string) => {
      const event = [...element.shadowRoot!.querySelectorAll('.event')].find(
        (node) => node.querySelector('.title')?.textContent?.trim() === title,
      )!;
      return event.querySelector('.kind [aria-hidden="true"]')?.textContent;
    };
    expect(iconOf('Ligar')).to.equal('☐');
    expect(iconOf('Cobrar')).to.equal('☑');
  });

  it('requests the last 12 months and upcoming, newest first', async () => {
    const provider = fakeHistoryProvider({ events: [historyEvent()] });

    await renderTimeline(provider);

    const call = provider.calls.find((entry) => entry.resource === 'history')!;
    expect(call.params.filter).to.deep.equal({
      customerId: 'c1',
      from: '2025-12-04T03:00:00.000Z',
      to: '2027-12-04T03:00:00.000Z',
    });
    expect(call.params.sort).to.deep.equal({ field: 'at', order: 'DESC' });
    expect(call.params.signal).to.be.instanceOf(AbortSignal);
  });

  it('filters by kind and status', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({ kind: 'payment', title: 'Pagamento' }),
        historyEvent({ kind: 'note', title: 'Nota' }),
        historyEvent({
          kind: 'task',
          title: 'Tarefa futura',
          status: 'upcoming',
          at: '2026-12-08T13:00:00Z',
        }),
      ],
    });
    const element = await renderTimeline(provider);
    const kind = element.shadowRoot!.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    const status = element.shadowRoot!.querySelector<HTMLSelectElement>('select[name="status"]')!;

    kind.value = 'payment';
    kind.dispatchEvent(new Event('change'));
    await element.updateComplete;

    expect(
      [...element.shadowRoot!.querySelectorAll('.event .title')].map((node) => node.textContent),
    ).to.deep.equal(['Pagamento']);

    kind.value = '';
    kind.dispatchEvent(new Event('change'));
    status.value = 'upcoming';
    status.dispatchEvent(new Event('change'));
    await element.updateComplete;

    expect(
      [...element.shadowRoot!.querySelectorAll('.event .title')].map((node) => node.textContent),
    ).to.deep.equal(['Tarefa futura']);
  });

  it('labels both filters', async () => {
    const element = await renderTimeline(fakeHistoryProvider({ events: [historyEvent()] }));

    const kind = element.shadowRoot!.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    const status = element.shadowRoot!.querySelector<HTMLSelectElement>('select[name="status"]')!;
    expect(kind.labels?.[0]?.textContent).to.contain('Tipo');
    expect(status.labels?.[0]?.textContent).to.contain('Situação');
  });

  it('flags an upcoming task on a holiday', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({
          kind: 'task',
          title: 'Ligar',
          status: 'upcoming',
          at: '2026-12-25T13:00:00Z',
        }),
      ],
    });

    const element = await renderTimeline(provider);

    await waitUntil(() => element.shadowRoot!.querySelector('.warning'), 'no warning shown', {
      timeout: 5000,
    });
    expect(element.shadowRoot!.querySelector('.warning')?.textContent).to.contain(
      'Cai em feriado: Natal',
    );
  });

  it('flags an upcoming task on a weekend', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({
          kind: 'task',
          title: 'Ligar',
          status: 'upcoming',
          at: '2026-12-12T13:00:00Z',
        }),
      ],
    });

    const element = await renderTimeline(provider);

    expect(element.shadowRoot!.querySelector('.warning')?.textContent).to.contain(
      'Cai em fim de semana',
    );
  });

  it('shows the empty state', async () => {
    const element = await renderTimeline(fakeHistoryProvider());

    expect(element.shadowRoot!.querySelector('[part="empty"]')?.textContent).to.contain(
      'Nenhum evento',
    );
    await expect(element).to.be.accessible();
  });

  it('loads the year before on "Carregar mais"', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({ title: 'Recente' }),
        historyEvent({ title: 'Antigo', at: '2025-06-10T13:00:00Z' }),
      ],
    });
    const element = await renderTimeline(provider);
    expect(titlesIn(element.shadowRoot!.querySelector('.timeline') as HTMLElement)).to.deep.equal([
      'Recente',
    ]);

    const button = [...element.shadowRoot!.querySelectorAll('button')].find(
      (node) => node.textContent?.trim() === 'Carregar mais',
    )!;
    button.click();
    await waitUntil(
      () => element.shadowRoot!.textContent?.includes('Antigo'),
      'older events did not load',
    );

    const last = provider.calls.filter((entry) => entry.resource === 'history').at(-1)!;
    expect(last.params.filter).to.deep.equal({
      customerId: 'c1',
      from: '2024-12-04T03:00:00.000Z',
      to: '2025-12-04T03:00:00.000Z',
    });
    expect(element.shadowRoot!.querySelector('.load-more')?.textContent).to.contain('04/12/2024');
  });

  it('shows an error with retry', async () => {
    const provider = fakeHistoryProvider({
      events: [historyEvent({ title: 'Depois' })],
      failures: 1,
    });
    configureCache(provider, { retry: 0 });
    const errors: CustomEvent[] = [];
    document.addEventListener('crm-error', (event) => errors.push(event as CustomEvent), {
      once: true,
    });

    const element = await renderTimeline(provider);

    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Serviço indisponível');
    expect(errors[0].detail).to.deep.equal({
      kind: 'provider',
      message: 'Serviço indisponível',
      status: 503,
    });
    await expect(element).to.be.accessible();

    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('.event'), 'retry did not load');

    expect(element.shadowRoot!.querySelector('.event .title')?.textContent).to.equal('Depois');
  });

  it('shows loading while the provider is pending', async () => {
    const element = await fixture<HistoryTimeline>(html`
      <history-timeline
        customer-id="c1"
        .provider=${fakeHistoryProvider({ pending: true })}
        .structure=${historyStructure}
        .clock=${historyClock}
      ></history-timeline>
    `);

    expect(element.shadowRoot!.querySelector('[part="loading"]')?.textContent).to.contain(
      'Carregando',
    );
    await expect(element).to.be.accessible();
  });

  it('names the path of an invalid structure', async () => {
    const element = await fixture<HistoryTimeline>(html`
      <history-timeline
        customer-id="c1"
        .provider=${fakeHistoryProvider()}
        .structure=${{ ...historyStructure, tabs: [] }}
      ></history-timeline>
    `);

    const panel = element.shadowRoot!.querySelector('.structure-error')!;
    expect(panel.textContent).to.contain('Estrutura de dados inválida');
    expect(panel.textContent).to.contain('$.tabs');
  });

  it('writes English text for en', async () => {
    const provider = fakeHistoryProvider({ events: [historyEvent()] });

    const element = await renderTimeline(provider, { ...historyStructure, locale: 'en' });

    expect(groups(element)[0].querySelector('h3')?.textContent?.trim()).to.equal('Today');
    expect(element.shadowRoot!.textContent).to.contain('Load more');
  });

  it('passes axe in the timeline view', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent(),
        historyEvent({ status: 'upcoming', kind: 'task', at: '2026-12-12T13:00:00Z' }),
      ],
    });

    const element = await renderTimeline(provider);

    await expect(element).to.be.accessible();
  });
});
