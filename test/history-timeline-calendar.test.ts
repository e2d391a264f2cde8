import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/history-timeline/define.ts';
import type { HistoryTimeline } from '../src/history-timeline/history-timeline.ts';
import type { DataProvider } from '../src/core/provider.ts';
import { loadHolidayCalendar } from '../src/holidays/holiday-calendar.ts';
import {
  fakeHistoryProvider,
  historyClock,
  historyEvent,
  historyStructure,
} from './helpers/fake-history.ts';

async function renderCalendar(
  provider: DataProvider,
  options: { month?: string; structure?: unknown } = {},
): Promise<HistoryTimeline> {
  const element = await fixture<HistoryTimeline>(html`
    <history-timeline
      customer-id="c1"
      view="calendar"
      month=${options.month ?? '2026-12'}
      .provider=${provider}
      .structure=${options.structure ?? historyStructure}
      .clock=${historyClock}
    ></history-timeline>
  `);
  await waitUntil(
    () => element.shadowRoot!.querySelector('[role="grid"]'),
    'calendar did not render',
  );
  return element;
}

function cell(element: HistoryTimeline, date: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`td[data-date="${date}"]`);
  if (!found) throw new Error(`No cell for ${date} in month ${element.month}`);
  return found;
}

function focusedDate(element: HistoryTimeline): string | undefined {
  return (element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.date;
}

function title(element: HistoryTimeline): string | undefined {
  return element.shadowRoot!.querySelector('.month-title')?.textContent?.trim();
}

async function press(element: HistoryTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}

describe('<history-timeline> calendar', () => {
  // Loads date-holidays (a large module) once, so elements under test find it cached.
  before(async function () {
    this.timeout(60_000);
    await loadHolidayCalendar({ country: 'BR', region: 'SP' });
  });

  it('shows the month title and pt-BR weekdays from Sunday', async () => {
    const element = await renderCalendar(fakeHistoryProvider());

    expect(title(element)).to.equal('dezembro de 2026');
    const headers = [...element.shadowRoot!.querySelectorAll('[role="columnheader"]')];
    expect(headers).to.have.length(7);
    expect(headers[0].getAttribute('abbr')).to.equal('domingo');
    expect(element.shadowRoot!.querySelector('td[data-date]')?.getAttribute('data-date')).to.equal(
      '2026-11-29',
    );
  });

  it('starts weeks on Monday for de', async () => {
    const element = await renderCalendar(fakeHistoryProvider(), {
      structure: { ...historyStructure, locale: 'de' },
    });

    expect(title(element)).to.equal('Dezember 2026');
    expect(
      element.shadowRoot!.querySelector('[role="columnheader"]')?.getAttribute('abbr'),
    ).to.equal('Montag');
    expect(element.shadowRoot!.querySelector('td[data-date]')?.getAttribute('data-date')).to.equal(
      '2026-11-30',
    );
  });

  it('defaults the month to the clock in the zone', async () => {
    const element = await fixture<HistoryTimeline>(html`
      <history-timeline
        customer-id="c1"
        view="calendar"
        .provider=${fakeHistoryProvider()}
        .structure=${historyStructure}
        .clock=${historyClock}
      ></history-timeline>
    `);
    await waitUntil(() => element.shadowRoot!.querySelector('[role="grid"]'));

    expect(element.getAttribute('month')).to.equal('2026-12');
    expect(cell(element, '2026-12-04').getAttribute('aria-current')).to.equal('date');
    expect(cell(element, '2026-12-04').tabIndex).to.equal(0);
  });

  it('replaces an invalid month with the current one', async () => {
    const element = await renderCalendar(fakeHistoryProvider(), { month: '2026-13' });

    expect(element.getAttribute('month')).to.equal('2026-12');
    expect(title(element)).to.equal('dezembro de 2026');
  });

  it('marks 2027-11-20 as a holiday for BR-SP', async () => {
    const element = await renderCalendar(fakeHistoryProvider(), { month: '2027-11' });

    await waitUntil(
      () => cell(element, '2027-11-20').querySelector('.holiday'),
      'no holiday shown',
      {
        timeout: 5000,
      },
    );

    const holiday = cell(element, '2027-11-20').querySelector('.holiday')!;
    expect(holiday.textContent).to.contain('Dia da Consciência Negra');
    expect(holiday.textContent).to.contain('Feriado');
    expect(cell(element, '2027-11-19').querySelector('.holiday')).to.equal(null);
  });

  it('puts events in the day of the zone, at most three', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent({ title: 'Madrugada', at: '2026-12-03T02:30:00Z' }),
        ...[11, 12, 13, 14, 15].map((hour) =>
          historyEvent({ title: `Às ${hour}`, at: `2026-12-01T${hour}:00:00Z` }),
        ),
      ],
    });

    const element = await renderCalendar(provider);

    expect(cell(element, '2026-12-02').textContent).to.contain('Madrugada');
    expect(cell(element, '2026-12-03').textContent).not.to.contain('Madrugada');
    const first = cell(element, '2026-12-01');
    expect(first.querySelectorAll('.day-event')).to.have.length(3);
    expect(first.querySelector('.more')?.textContent).to.equal('+2 mais');
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

    const element = await renderCalendar(provider);

    await waitUntil(() => cell(element, '2026-12-25').querySelector('.warning'), 'no warning', {
      timeout: 5000,
    });
    expect(cell(element, '2026-12-25').querySelector('.warning')?.textContent).to.contain('Natal');
  });

  it('greys a holiday of the next month', async () => {
    // The December 2026 grid ends on Saturday 2027-01-02, so New Year's Day is an outside day.
    const element = await renderCalendar(fakeHistoryProvider());
    await waitUntil(() => cell(element, '2026-12-25').querySelector('.holiday'), 'no holiday', {
      timeout: 5000,
    });
    const background = (date: string) => getComputedStyle(cell(element, date)).backgroundColor;
    const outsideHoliday = cell(element, '2027-01-01');
    const name = outsideHoliday.querySelector('.holiday');

    expect(outsideHoliday.hasAttribute('data-outside')).to.equal(true);
    expect(background('2027-01-01')).to.equal(background('2027-01-02'));
    expect(background('2027-01-01')).not.to.equal(background('2026-12-25'));
    expect(background('2026-12-25')).not.to.equal(background('2026-12-24'));
    expect(name?.textContent).to.contain('Feriado');
    expect(name!.getBoundingClientRect().width).to.be.at.most(1);
    expect(
      cell(element, '2026-12-25').querySelector('.holiday')!.getBoundingClientRect().width,
    ).to.be.greaterThan(1);
  });

  it('flags upcoming tasks in both views', async () => {
    const provider = fakeHistoryProvider({
      events: [
        // 22:30 on 2026-12-25 in São Paulo, already the 26th in UTC.
        historyEvent({
          kind: 'task',
          title: 'Natal',
          status: 'upcoming',
          at: '2026-12-26T01:30:00Z',
        }),
        historyEvent({
          kind: 'task',
          title: 'Sábado',
          status: 'upcoming',
          at: '2026-12-12T13:00:00Z',
        }),
        historyEvent({
          kind: 'task',
          title: 'Terça',
          status: 'upcoming',
          at: '2026-12-15T13:00:00Z',
        }),
      ],
    });
    const element = await renderCalendar(provider);
    await waitUntil(() => cell(element, '2026-12-25').querySelector('.warning'), 'no warning', {
      timeout: 5000,
    });
    const visible = (node: Element | null | undefined) => {
      const box = node?.getBoundingClientRect();
      const day = node?.closest('td')?.getBoundingClientRect();
      return Boolean(box && day && box.width > 1 && box.right <= day.right + 0.5);
    };

    const holidayWarning = cell(element, '2026-12-25').querySelector('.warning');
    const weekendWarning = cell(element, '2026-12-12').querySelector('.warning');
    expect(holidayWarning?.textContent).to.contain('Cai em feriado: Natal');
    expect(weekendWarning?.textContent).to.contain('Cai em fim de semana');
    expect(visible(holidayWarning), 'holiday warning inside its day').to.equal(true);
    expect(visible(weekendWarning), 'weekend warning inside its day').to.equal(true);
    expect(cell(element, '2026-12-15').querySelector('.warning')).to.equal(null);
    expect(cell(element, '2026-12-26').querySelector('.day-event')).to.equal(null);

    element.view = 'timeline';
    await element.updateComplete;

    const warnings = [...element.shadowRoot!.querySelectorAll('.event')].map((event) => [
      event.querySelector('.title')?.textContent,
      event.querySelector('.warning')?.textContent?.trim(),
    ]);
    expect(warnings).to.deep.equal([
      ['Sábado', '⚠ Cai em fim de semana'],
      ['Terça', undefined],
      ['Natal', '⚠ Cai em feriado: Natal'],
    ]);
  });

  it('moves focus with arrows, Home and End', async () => {
    const element = await renderCalendar(fakeHistoryProvider());
    cell(element, '2026-12-04').focus();

    await press(element, 'ArrowRight');
    expect(focusedDate(element)).to.equal('2026-12-05');

    await press(element, 'ArrowUp');
    expect(focusedDate(element)).to.equal('2026-11-28');
    expect(element.month).to.equal('2026-11');

    await press(element, 'ArrowDown');
    expect(focusedDate(element)).to.equal('2026-12-05');
    expect(element.getAttribute('month')).to.equal('2026-12');

    await press(element, 'Home');
    expect(focusedDate(element)).to.equal('2026-11-29');

    await press(element, 'End');
    expect(focusedDate(element)).to.equal('2026-12-05');

    await press(element, 'ArrowLeft');
    expect(focusedDate(element)).to.equal('2026-12-04');
  });

  it('keeps one focusable day', async () => {
    const element = await renderCalendar(fakeHistoryProvider());
    cell(element, '2026-12-04').focus();

    await press(element, 'ArrowRight');

    const focusable = element.shadowRoot!.querySelectorAll('td[tabindex="0"]');
    expect(focusable).to.have.length(1);
    expect((focusable[0] as HTMLElement).dataset.date).to.equal('2026-12-05');
  });

  it('changes month with PageUp and PageDown', async () => {
    const element = await renderCalendar(fakeHistoryProvider(), { month: '2027-01' });
    cell(element, '2027-01-31').click();
    cell(element, '2027-01-31').focus();

    await press(element, 'PageDown');

    expect(focusedDate(element)).to.equal('2027-02-28');
    expect(element.getAttribute('month')).to.equal('2027-02');
    expect(title(element)).to.equal('fevereiro de 2027');

    await press(element, 'PageUp');

    expect(focusedDate(element)).to.equal('2027-01-28');
    expect(title(element)).to.equal('janeiro de 2027');
  });

  it('changes month with the buttons', async () => {
    const element = await renderCalendar(fakeHistoryProvider());
    const button = (label: string) =>
      [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.calendar-header button')].find(
        (node) => node.getAttribute('aria-label') === label || node.textContent?.trim() === label,
      )!;

    button('Próximo mês').click();
    await element.updateComplete;
    expect(element.getAttribute('month')).to.equal('2027-01');
    expect(title(element)).to.equal('janeiro de 2027');

    button('Mês anterior').click();
    button('Mês anterior').click();
    await element.updateComplete;
    expect(title(element)).to.equal('novembro de 2026');

    button('Hoje').click();
    await element.updateComplete;
    expect(element.month).to.equal('2026-12');
  });

  it('follows a month set from outside', async () => {
    const element = await renderCalendar(fakeHistoryProvider());

    element.setAttribute('month', '2027-03');
    await element.updateComplete;

    expect(title(element)).to.equal('março de 2027');
    expect(element.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    expect(cell(element, '2027-03-01').tabIndex).to.equal(0);
  });

  it('switches views and reflects the choice', async () => {
    const element = await renderCalendar(
      fakeHistoryProvider({ events: [historyEvent({ title: 'Ligação' })] }),
    );
    const timelineButton = [
      ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.view-switch button'),
    ][0];

    timelineButton.click();
    await element.updateComplete;

    expect(element.getAttribute('view')).to.equal('timeline');
    expect(timelineButton.getAttribute('aria-pressed')).to.equal('true');
    expect(element.shadowRoot!.querySelector('[role="grid"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('.event .title')?.textContent).to.equal('Ligação');
  });

  it('keeps the calendar when holidays fail to load', async () => {
    const structure = { ...historyStructure, holidays: { country: 'BR', region: 'ZZ' } };

    const element = await renderCalendar(fakeHistoryProvider(), { structure });

    await waitUntil(() => element.shadowRoot!.querySelector('[part="notice"]'), 'no notice', {
      timeout: 5000,
    });
    expect(element.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.contain(
      'Não foi possível carregar os feriados',
    );
    expect(element.shadowRoot!.querySelector('[role="grid"]')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('passes axe in the calendar view', async () => {
    const provider = fakeHistoryProvider({
      events: [
        historyEvent(),
        historyEvent({ status: 'upcoming', kind: 'task', at: '2026-12-25T13:00:00Z' }),
      ],
    });
    const element = await renderCalendar(provider);
    await waitUntil(() => cell(element, '2026-12-25').querySelector('.holiday'), 'no holiday', {
      timeout: 5000,
    });

    await expect(element).to.be.accessible();
  });
});
