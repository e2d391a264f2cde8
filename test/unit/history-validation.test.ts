import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { historyEventSchema } from '../../src/core/records.ts';
import {
  isWellFormedHistoryEvent,
  validateHistoryEvents,
} from '../../src/history-timeline/history-validation.ts';

const runs = { numRuns: 1000 };

const wellFormed = {
  id: 'e1',
  customerId: 'c1',
  kind: 'note',
  title: 'Nota',
  at: '2026-12-04T13:00:00Z',
  status: 'done',
};

/** Values near the edges of each field, valid and invalid. */
const ids = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      '',
      'e1',
      0,
      -0,
      7,
      1.5,
      NaN,
      Infinity,
      2 ** 53,
      null,
      undefined,
      true,
    ),
    weight: 4,
  },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
);
const instants = fc.oneof(
  fc.constantFrom(
    '2026-12-04T13:00:00Z',
    '2026-12-04T13:00:00.123Z',
    '2026-12-04T13:00:00.1234Z',
    '2026-12-04T13:00Z',
    '2026-12-04T24:00:00Z',
    '2026-02-29T10:00:00Z',
    '2028-02-29T10:00:00Z',
    '2000-02-29T10:00:00Z',
    '1900-02-29T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-02-30T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-12-04T13:00:00+03:00',
    '2026-12-04T13:00:00',
    '2026-12-04',
    ' 2026-12-04T13:00:00Z',
  ),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.string(),
);
/** Mostly the well-formed value, sometimes an edge case, so both paths get exercised. */
const field = <T>(valid: T, edge: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: fc.constant(valid), weight: 3 }, { arbitrary: edge, weight: 1 });

const records = fc.record(
  {
    id: field('e1', ids),
    customerId: field('c1', ids),
    kind: field('note', fc.oneof(fc.string(), fc.constantFrom(null, 3))),
    title: field('Nota', fc.oneof(fc.string(), fc.constantFrom(undefined, 0))),
    at: field('2026-12-04T13:00:00Z', instants),
    status: field('done', fc.constantFrom('upcoming', 'late', undefined)),
    agentId: field('agent-1', ids),
    outcome: field('Atendeu', fc.oneof(fc.string(), fc.constantFrom(undefined, null, 1))),
    taskId: field(4, ids),
    extra: fc.anything(),
  },
  { requiredKeys: ['id', 'customerId', 'kind', 'title', 'at', 'status'] },
);

describe('history event validation', () => {
  it('accepts only what the schema accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(records, (record) => {
        if (!isWellFormedHistoryEvent(record)) return;
        accepted += 1;
        const parsed = historyEventSchema.safeParse(record);
        expect(parsed.success, JSON.stringify(record)).to.equal(true);
        expect(parsed.data).to.deep.equal(record);
      }),
      runs,
    );
    // The generator must reach the fast path often enough to test it.
    expect(accepted).to.be.greaterThan(runs.numRuns / 10);
  });

  it('accepts a typical event', () => {
    expect(isWellFormedHistoryEvent(wellFormed)).to.equal(true);
    expect(isWellFormedHistoryEvent({ ...wellFormed, agentId: null, taskId: 4 })).to.equal(true);
  });

  it('leaves offsets and class instances to the schema', () => {
    const offset = { ...wellFormed, at: '2026-12-04T10:00:00-03:00' };
    class Event {
      constructor() {
        Object.assign(this, wellFormed);
      }
    }

    expect(isWellFormedHistoryEvent(offset)).to.equal(false);
    expect(isWellFormedHistoryEvent(new Event())).to.equal(false);
    expect(validateHistoryEvents([offset])).to.have.length(1);
  });

  it('matches the schema path on mixed lists', () => {
    fc.assert(
      fc.property(fc.array(records, { maxLength: 6 }), (list) => {
        const warn = console.warn;
        console.warn = () => {};
        try {
          const fast = validateHistoryEvents(list);
          const slow = list
            .map((record) => historyEventSchema.safeParse(record))
            .filter((result) => result.success)
            .map((result) => result.data)
            .filter(
              (event, index, all) =>
                all.findIndex((o) => String(o.id) === String(event.id)) === index,
            );
          expect(fast).to.deep.equal(slow);
        } finally {
          console.warn = warn;
        }
      }),
      runs,
    );
  });

  it('keeps the first of a repeated id', () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const events = validateHistoryEvents([wellFormed, { ...wellFormed, title: 'Outra' }]);

      expect(events.map((event) => event.title)).to.deep.equal(['Nota']);
      expect(warnings).to.deep.equal([
        'history-timeline: skipped history record "e1": repeated id',
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('returns well-formed lists in order', () => {
    const list = [wellFormed, { ...wellFormed, id: 2 }, { ...wellFormed, id: 'e3' }];

    expect(validateHistoryEvents(list)).to.deep.equal(list);
  });
});
