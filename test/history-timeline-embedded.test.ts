import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/history-timeline/define.ts';
import type { HistoryTimeline } from '../src/history-timeline/history-timeline.ts';
import type { HistoryEvent } from '../src/core/records.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { toCalendarDateIn } from '../src/dates/calendar-date.ts';
import { embeddedProvider, testClock } from './helpers/embedded.ts';

describe('<history-timeline> over the embedded provider', () => {
  it('shows a real customer history in both views', async function () {
    this.timeout(60_000);
    const provider = await embeddedProvider();
    const sample = await provider.getList<HistoryEvent>('history', {
      filter: { from: '2025-12-04T03:00:00.000Z', to: '2026-12-04T03:00:00.000Z' },
      pagination: { page: 1, perPage: 1 },
    });
    const event = sample.data[0];
    expect(event, 'the dataset has history in the last year').to.not.equal(undefined);

    const element = await fixture<HistoryTimeline>(html`
      <history-timeline
        customer-id=${String(event.customerId)}
        .provider=${provider}
        .structure=${defaultStructure}
        .clock=${testClock}
      ></history-timeline>
    `);
    await waitUntil(() => element.shadowRoot!.querySelector('.event'), 'no events rendered', {
      timeout: 20_000,
    });

    const day = toCalendarDateIn(event.at, 'America/Sao_Paulo');
    const group = element.shadowRoot!.querySelector(`section[data-group="${day}"]`);
    expect(group?.textContent).to.contain(event.title);
    await expect(element).to.be.accessible();

    element.view = 'calendar';
    element.month = day.slice(0, 7);
    await element.updateComplete;

    const cell = element.shadowRoot!.querySelector(`td[data-date="${day}"]`)!;
    expect(cell.querySelectorAll('.day-event').length).to.be.greaterThan(0);
  });
});
