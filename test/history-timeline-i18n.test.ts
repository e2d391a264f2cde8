import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/history-timeline/define.ts';
import type { HistoryTimeline } from '../src/history-timeline/history-timeline.ts';
import {
  fakeHistoryProvider,
  historyClock,
  historyEvent,
  historyStructure,
} from './helpers/fake-history.ts';

async function renderIn(locale: string): Promise<HistoryTimeline> {
  const provider = fakeHistoryProvider({ events: [historyEvent({ title: 'Ligação' })] });
  const element = await fixture<HistoryTimeline>(html`
    <history-timeline
      customer-id="c1"
      locale=${locale}
      .provider=${provider}
      .structure=${historyStructure}
      .clock=${historyClock}
    ></history-timeline>
  `);
  await waitUntil(
    () => element.shadowRoot!.textContent!.includes('Ligação'),
    'history did not load',
  );
  return element;
}

describe('<history-timeline> text', () => {
  it('renders Spanish labels', async () => {
    const element = await renderIn('es');
    const text = element.shadowRoot!.textContent!;

    expect(text).to.contain('Cronología');
    expect(text).to.contain('Calendario');
    expect(text).to.contain('Todos los tipos');
  });

  it('renders English labels', async () => {
    const element = await renderIn('en');

    expect(element.shadowRoot!.textContent).to.contain('All kinds');
  });
});
