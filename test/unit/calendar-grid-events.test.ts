import { expect } from '@open-wc/testing';
import type { HistoryEvent } from '../../src/core/records.ts';
import { toCalendarDateIn } from '../../src/dates/calendar-date.ts';
import { eventsByDay } from '../../src/history-timeline/history-data.ts';

function event(id: number, at: string): HistoryEvent {
  return { id: `e${id}`, customerId: 'c1', kind: 'note', title: `Nota ${id}`, at, status: 'done' };
}

/** Events every 37 minutes from `from`, so they cross midnights and offset changes. */
function eventsFrom(from: string, count: number): HistoryEvent[] {
  const start = new Date(from).getTime();
  return Array.from({ length: count }, (_, index) =>
    event(index, new Date(start + index * 37 * 60_000).toISOString()),
  );
}

const idsOf = (days: Map<string, HistoryEvent[]>, date: string) =>
  (days.get(date) ?? []).map((entry) => entry.id);

describe('eventsByDay', () => {
  it('puts 02:30Z under the previous day in São Paulo', () => {
    const days = eventsByDay([event(1, '2026-12-03T02:30:00Z')], 'America/Sao_Paulo');

    expect([...days.keys()]).to.deep.equal(['2026-12-02']);
  });

  it('orders each day by time', () => {
    const days = eventsByDay(
      [
        event(1, '2026-12-03T15:00:00Z'),
        event(2, '2026-12-03T11:00:00Z'),
        event(3, '2026-12-03T13:00:00Z'),
      ],
      'UTC',
    );

    expect(idsOf(days, '2026-12-03')).to.deep.equal(['e2', 'e3', 'e1']);
  });

  for (const [timeZone, from] of [
    ['America/Sao_Paulo', '2018-11-01T00:00:00Z'], // midnight skipped on 2018-11-04
    ['America/New_York', '2026-03-06T00:00:00Z'], // spring forward on 2026-03-08
    ['Australia/Adelaide', '2026-04-03T00:00:00Z'], // UTC+10:30 to +09:30 on 2026-04-05
    ['Pacific/Kiritimati', '2026-12-01T00:00:00Z'], // UTC+14
    ['Asia/Kolkata', '2026-12-01T00:00:00Z'], // UTC+05:30
  ]) {
    it(`matches the day of each event in ${timeZone}`, () => {
      const events = eventsFrom(from, 400);

      const days = eventsByDay(events, timeZone);

      for (const entry of events) {
        const expected = toCalendarDateIn(entry.at, timeZone);
        expect(idsOf(days, expected), `${entry.at} in ${timeZone}`).to.include(entry.id);
      }
      expect([...days.values()].flat()).to.have.length(events.length);
    });
  }
});
