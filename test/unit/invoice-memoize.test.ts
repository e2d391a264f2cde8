import { expect } from '@open-wc/testing';
import { memoizeLast } from '../../src/invoices/memoize-last.ts';

describe('memoizeLast', () => {
  it('reuses the result for the same arguments', () => {
    let runs = 0;
    const rows = [3, 1, 2];
    const sorted = memoizeLast((values: number[], order: 'ASC' | 'DESC') => {
      runs += 1;
      const copy = [...values].sort((a, b) => a - b);
      return order === 'ASC' ? copy : copy.reverse();
    });

    const first = sorted(rows, 'ASC');
    const second = sorted(rows, 'ASC');

    expect(second).to.equal(first);
    expect(runs).to.equal(1);
  });

  it('computes again when an argument changes', () => {
    let runs = 0;
    const rows = [3, 1, 2];
    const sorted = memoizeLast((values: number[], order: 'ASC' | 'DESC') => {
      runs += 1;
      const copy = [...values].sort((a, b) => a - b);
      return order === 'ASC' ? copy : copy.reverse();
    });

    sorted(rows, 'ASC');
    const descending = sorted(rows, 'DESC');
    const otherArray = sorted([...rows], 'DESC');

    expect(descending).to.deep.equal([3, 2, 1]);
    expect(otherArray).to.not.equal(descending);
    expect(runs).to.equal(3);
  });

  it('keeps only the latest arguments', () => {
    let runs = 0;
    const double = memoizeLast((value: number) => {
      runs += 1;
      return value * 2;
    });

    double(1);
    double(2);
    double(1);

    expect(runs).to.equal(3);
  });
});
