import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareForSort, packPrefix, sortPositions } from '../../src/data/customer-index-sort.ts';
import { foldName } from '../../src/data/customer-index.ts';
import { foldForSearch } from '../../src/data/names.ts';

/** Sorts every position with the full comparison: the reference order for sortPositions. */
function referenceOrder(values: unknown[], folded: unknown[]): number[] {
  const positions = values.map((_, position) => position);
  return positions.sort((left, right) => compareForSort(values, folded, left, right));
}

const fold = (value: unknown) => (typeof value === 'string' ? foldName(value) : value);

describe('sortPositions', () => {
  it('matches the comparison on random texts', () => {
    // Few characters, so long shared prefixes, ties and sub-runs are common.
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', 'z', ' ', 'Á', '1', '~', 'ç'),
      maxLength: 20,
    });
    const value = fc.oneof(text, text, text, fc.constant(''), fc.constant(null));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (values) => {
        const folded = values.map(fold);
        expect(Array.from(sortPositions(values, folded))).to.deep.equal(
          referenceOrder(values, folded),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('sorts runs past the first packed characters', () => {
    const values = Array.from({ length: 500 }, (_, index) => `ana almeida ${(index * 7919) % 500}`);
    const folded = values.map(fold);

    const order = Array.from(sortPositions(values, folded));

    expect(order).to.deep.equal(referenceOrder(values, folded));
    expect(values[order[0]]).to.equal('ana almeida 0');
  });

  it('falls back to the comparison for numbers', () => {
    const values = [5, 3, null, 9, 3];

    expect(Array.from(sortPositions(values, values))).to.deep.equal([1, 4, 0, 3, 2]);
  });
});

describe('packPrefix', () => {
  it('orders packed keys as the texts', () => {
    const texts = ['', ' a', '1z', '2a', 'a', 'a b', 'ab', 'b', 'z', 'za'];
    const keys = texts.map((text) => packPrefix(text, 0, 7));

    for (let index = 1; index < texts.length; index += 1) {
      expect(keys[index - 1] <= keys[index], texts[index]).to.equal(true);
    }
    expect(packPrefix('1z', 0, 7)).to.equal(packPrefix('2a', 0, 7));
  });
});

describe('foldName', () => {
  it('folds like foldForSearch', () => {
    for (const name of ['Ana Souza', 'JOÃO Conceição', 'Kelvin \u212a', 'Zoë']) {
      expect(foldName(name)).to.equal(foldForSearch(name));
    }
  });
});
