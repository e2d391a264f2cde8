import { expect } from '@open-wc/testing';
import { holidayLookupFor } from '../../src/holidays/holiday-lookup.ts';
import { parseStructure } from '../../src/structure/parse.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';

function holidays() {
  const result = parseStructure(defaultStructure);
  if (!result.ok) throw new Error('default structure is invalid');
  return result.structure.holidays;
}

describe('holidayLookupFor', () => {
  before(async function () {
    this.timeout(60_000);
    await holidayLookupFor(holidays());
  });

  it('uses the customer region', async () => {
    // Carnaval Tuesday is a public holiday in Rio de Janeiro state only.
    const lookup = await holidayLookupFor(holidays(), { address: { state: 'RJ' } });

    expect(lookup!('2027-02-09')).to.be.a('string').and.not.empty;
  });

  it('falls back to the structure region', async () => {
    const lookup = await holidayLookupFor(holidays(), { address: { state: 'not a code' } });

    expect(lookup!('2027-02-09')).to.equal(undefined);
    expect(lookup!('2027-01-25')).to.equal(undefined);
    expect(lookup!('2027-11-20')).to.be.a('string');
  });

  it('ignores an unknown customer region', async () => {
    const lookup = await holidayLookupFor(holidays(), { address: { state: 'ZZ' } });

    expect(lookup!('2027-12-25')).to.be.a('string');
  });
});
