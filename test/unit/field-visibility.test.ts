import { expect } from '@open-wc/testing';
import { isFieldVisible, matchesCondition } from '../../src/customer-view360/field-visibility.ts';

const record = {
  score: 742,
  status: 'active',
  vip: false,
  company: { name: 'Souza Comércio' },
  note: '',
};

describe('isFieldVisible', () => {
  it('shows a field without rules', () => {
    expect(isFieldVisible({}, record, [])).to.equal(true);
  });

  it('needs one of the visibleTo roles', () => {
    const field = { visibleTo: ['supervisor', 'admin'] };

    expect(isFieldVisible(field, record, ['agent'])).to.equal(false);
    expect(isFieldVisible(field, record, [])).to.equal(false);
    expect(isFieldVisible(field, record, ['agent', 'admin'])).to.equal(true);
  });

  it('needs both rules to pass', () => {
    const field = { visibleTo: ['admin'], visibleWhen: { path: 'status', equals: 'active' } };

    expect(isFieldVisible(field, record, ['admin'])).to.equal(true);
    expect(isFieldVisible(field, { ...record, status: 'closed' }, ['admin'])).to.equal(false);
    expect(isFieldVisible(field, record, ['agent'])).to.equal(false);
  });
});

describe('matchesCondition', () => {
  it('compares equals strictly', () => {
    expect(matchesCondition({ path: 'score', equals: 742 }, record)).to.equal(true);
    expect(matchesCondition({ path: 'score', equals: '742' }, record)).to.equal(false);
    expect(matchesCondition({ path: 'vip', equals: false }, record)).to.equal(true);
    expect(matchesCondition({ path: 'company.name', equals: 'Souza Comércio' }, record)).to.equal(
      true,
    );
  });

  it('treats a missing value as equal to null', () => {
    expect(matchesCondition({ path: 'absent', equals: null }, record)).to.equal(true);
    expect(matchesCondition({ path: 'note', equals: null }, record)).to.equal(true);
    expect(matchesCondition({ path: 'score', equals: null }, record)).to.equal(false);
  });

  it('negates with notEquals', () => {
    expect(matchesCondition({ path: 'status', notEquals: 'closed' }, record)).to.equal(true);
    expect(matchesCondition({ path: 'status', notEquals: 'active' }, record)).to.equal(false);
    expect(matchesCondition({ path: 'absent', notEquals: null }, record)).to.equal(false);
  });

  it('matches any value listed in in', () => {
    expect(matchesCondition({ path: 'status', in: ['active', 'pending'] }, record)).to.equal(true);
    expect(matchesCondition({ path: 'status', in: ['closed'] }, record)).to.equal(false);
    expect(matchesCondition({ path: 'absent', in: ['active'] }, record)).to.equal(false);
  });

  it('checks presence', () => {
    expect(matchesCondition({ path: 'score', present: true }, record)).to.equal(true);
    expect(matchesCondition({ path: 'note', present: true }, record)).to.equal(false);
    expect(matchesCondition({ path: 'absent', present: false }, record)).to.equal(true);
    expect(matchesCondition({ path: 'score', present: false }, record)).to.equal(false);
  });

  it('never reads through the prototype', () => {
    expect(matchesCondition({ path: 'toString', present: true }, record)).to.equal(false);
  });
});
