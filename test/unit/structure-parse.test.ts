import { expect } from '@open-wc/testing';
import { parseStructure, toJsonPath } from '../../src/structure/parse.ts';

const minimal = { version: 1, tabs: [{ id: 'customer', kind: 'customer', label: 'Cliente' }] };

describe('parseStructure', () => {
  it('accepts a minimal structure', () => {
    const result = parseStructure(minimal);

    expect(result.ok).to.equal(true);
  });

  it('rejects "[object Object]" text', () => {
    const result = parseStructure('[object Object]');

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues[0].path).to.equal('$');
    expect(result.issues[0].message).to.contain('expected the structure as JSON');
  });

  it('names the path of an unknown kind', () => {
    const result = parseStructure({ ...minimal, tabs: [{ id: 'x', kind: 'weird', label: 'X' }] });

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['$.tabs[0].kind']);
  });

  it('formats JSON paths', () => {
    expect(toJsonPath(['tabs', 2, 'sections', 0, 'fields'])).to.equal(
      '$.tabs[2].sections[0].fields',
    );
    expect(toJsonPath(['a b'])).to.equal('$["a b"]');
  });
});
