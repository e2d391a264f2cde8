import { expect } from '@open-wc/testing';
import {
  ageInvoices,
  agingBucketIndex,
  createAgingBuckets,
  type InvoiceLike,
} from '../../src/invoices/summary.ts';

function due(dueDate: string, overrides: Partial<InvoiceLike> = {}): InvoiceLike {
  return { amount: '10.00', paidAmount: 0, dueDate, currency: 'BRL', ...overrides };
}

describe('createAgingBuckets', () => {
  it('builds the default buckets', () => {
    const buckets = createAgingBuckets();

    expect(buckets.map((bucket) => bucket.key)).to.deep.equal([
      'current',
      '1-30',
      '31-60',
      '61-90',
      '91+',
    ]);
    expect(buckets.map((bucket) => bucket.label)).to.deep.equal([
      '',
      '1–30',
      '31–60',
      '61–90',
      '> 90',
    ]);
  });

  it('builds buckets from any increasing edges', () => {
    const buckets = createAgingBuckets([15, 45]);

    expect(buckets.map((bucket) => bucket.label)).to.deep.equal(['', '1–15', '16–45', '> 45']);
    expect(buckets[3].minDays).to.equal(46);
    expect(buckets[3].maxDays).to.equal(undefined);
  });

  it('accepts a single edge', () => {
    expect(createAgingBuckets([1]).map((bucket) => bucket.label)).to.deep.equal(['', '1–1', '> 1']);
  });

  it('rejects edges out of order', () => {
    expect(() => createAgingBuckets([30, 30])).to.throw(RangeError, 'increasing');
    expect(() => createAgingBuckets([60, 30])).to.throw(RangeError, 'increasing');
  });

  it('rejects empty, zero and fractional edges', () => {
    expect(() => createAgingBuckets([])).to.throw(RangeError);
    expect(() => createAgingBuckets([0, 30])).to.throw(RangeError);
    expect(() => createAgingBuckets([1.5])).to.throw(RangeError);
  });
});

describe('agingBucketIndex', () => {
  const cases: Array<[number, number]> = [
    [-5, 0],
    [0, 0],
    [1, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [61, 3],
    [90, 3],
    [91, 4],
    [5000, 4],
  ];
  for (const [days, index] of cases) {
    it(`puts ${days} days in bucket ${index}`, () => {
      expect(agingBucketIndex(days)).to.equal(index);
    });
  }
});

describe('ageInvoices', () => {
  const today = '2025-11-24';

  it('counts and sums the pending invoices per bucket', () => {
    const buckets = ageInvoices(
      [
        due('2025-11-24'),
        due('2025-12-10', { paidAmount: '2.50' }),
        due('2025-11-23'),
        due('2025-10-25'),
        due('2025-10-24'),
        due('2025-08-26'),
        due('2025-08-25', { amount: '0.30', paidAmount: '0.10' }),
      ],
      today,
    );

    expect(buckets.map((bucket) => bucket.count)).to.deep.equal([2, 2, 1, 1, 1]);
    expect(buckets.map((bucket) => bucket.balance)).to.deep.equal([1750, 2000, 1000, 1000, 20]);
  });

  it('leaves out paid, canceled and credit invoices', () => {
    const buckets = ageInvoices(
      [
        due('2025-01-01', { paidAmount: '10.00' }),
        due('2025-01-01', { canceled: true }),
        due('2025-01-01', { amount: -3 }),
      ],
      today,
    );

    expect(buckets.every((bucket) => bucket.count === 0 && bucket.balance === 0)).to.equal(true);
  });

  it('uses custom edges', () => {
    const buckets = ageInvoices([due('2025-11-10'), due('2025-10-01')], today, [15, 45]);

    expect(buckets.map((bucket) => bucket.count)).to.deep.equal([0, 1, 0, 1]);
  });
});
