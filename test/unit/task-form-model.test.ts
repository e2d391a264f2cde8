import { expect } from '@open-wc/testing';
import type { Task } from '../../src/core/records.ts';
import {
  datePattern,
  initialFormValues,
  moneyInputText,
  parseLocalizedNumber,
} from '../../src/task-tab/form-model.ts';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../../src/task-tab/draft-storage.ts';
import { ExecutionAttempt } from '../../src/task-tab/idempotency.ts';
import { outstandingOf } from '../../src/invoices/outstanding.ts';
import type { Invoice } from '../../src/core/records.ts';

describe('parseLocalizedNumber', () => {
  it('reads pt-BR and en numbers', () => {
    expect(parseLocalizedNumber('1.234,5', 'pt-BR')).to.equal(1234.5);
    expect(parseLocalizedNumber('1234,5', 'pt-BR')).to.equal(1234.5);
    expect(parseLocalizedNumber('1,234.5', 'en')).to.equal(1234.5);
    expect(parseLocalizedNumber(' -7 ', 'en')).to.equal(-7);
  });

  it('rejects other text', () => {
    expect(parseLocalizedNumber('1,2,3', 'pt-BR')).to.equal(null);
    expect(parseLocalizedNumber('12e3', 'en')).to.equal(null);
    expect(parseLocalizedNumber('', 'en')).to.equal(null);
  });
});

describe('initialFormValues', () => {
  it('writes stored values as the agent would type them', () => {
    const task = {
      fields: [
        { path: 'amount', label: 'A', type: 'currency' },
        { path: 'date', label: 'D', type: 'date' },
        { path: 'count', label: 'C', type: 'number' },
        { path: 'ok', label: 'O', type: 'boolean' },
        { path: 'note', label: 'N', type: 'text' },
        { path: 'missing', label: 'M', type: 'email' },
      ],
      values: { amount: '1234.5', date: '2026-03-10', count: 1500.25, ok: true, note: { nested: 1 } },
    } as unknown as Task;

    expect(initialFormValues(task, 'pt-BR', 'BRL')).to.deep.equal({
      amount: '1.234,50',
      date: '10/03/2026',
      count: '1.500,25',
      ok: true,
      note: '',
      missing: '',
    });
  });

  it('ignores inherited values', () => {
    const task = { fields: [{ path: 'toString', label: 'T', type: 'text' }], values: {} } as unknown as Task;

    expect(initialFormValues(task, 'en', 'USD')).to.deep.equal({ toString: '' });
  });
});

describe('moneyInputText', () => {
  it('formats without a symbol', () => {
    expect(moneyInputText(0.1 + 0.2, 'pt-BR', 'BRL')).to.equal('0,30');
    expect(moneyInputText('1000', 'en', 'JPY')).to.equal('1,000');
  });
});

describe('datePattern', () => {
  it('follows the locale order', () => {
    expect(datePattern('pt-BR', { day: 'dd', month: 'mm', year: 'aaaa' })).to.equal('dd/mm/aaaa');
    expect(datePattern('en-US', { day: 'dd', month: 'mm', year: 'yyyy' })).to.equal('mm/dd/yyyy');
  });
});

describe('task drafts', () => {
  beforeEach(() => sessionStorage.clear());

  it('round-trips through sessionStorage', () => {
    saveDraft('t1', { outcome: 'promise', values: { amount: '1,00', ok: true } });

    expect(sessionStorage.getItem(draftKey('t1'))).not.to.equal(null);
    expect(loadDraft('t1')).to.deep.equal({ outcome: 'promise', values: { amount: '1,00', ok: true } });
    clearDraft('t1');
    expect(loadDraft('t1')).to.equal(undefined);
  });

  it('ignores malformed drafts', () => {
    sessionStorage.setItem(draftKey(7), '{"values": {"a": {"b": 1}}}');
    sessionStorage.setItem(draftKey(8), 'not json');

    expect(loadDraft(7)).to.equal(undefined);
    expect(loadDraft(8)).to.equal(undefined);
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Storage;

    expect(loadDraft('t1', broken)).to.equal(undefined);
    expect(() => saveDraft('t1', { values: {} }, broken)).not.to.throw();
    expect(() => clearDraft('t1', broken)).not.to.throw();
  });
});

describe('ExecutionAttempt', () => {
  it('keeps one key until completed', () => {
    let count = 0;
    const attempt = new ExecutionAttempt(() => `key-${++count}`);

    expect(attempt.currentKey()).to.equal('key-1');
    expect(attempt.currentKey()).to.equal('key-1');
    attempt.complete();
    expect(attempt.currentKey()).to.equal('key-2');
  });

  it('creates UUIDs by default', () => {
    expect(new ExecutionAttempt().currentKey()).to.match(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('outstandingOf', () => {
  const base = { customerId: 'c1', number: 'n', issueDate: '2026-01-01', currency: 'BRL' };
  const invoices: Invoice[] = [
    { ...base, id: 1, dueDate: '2026-05-10', amount: 0.1, paidAmount: 0 },
    { ...base, id: 2, dueDate: '2026-03-10', amount: '0.20', paidAmount: 0 },
    { ...base, id: 3, dueDate: '2026-01-10', amount: 50, paidAmount: 50 },
    { ...base, id: 4, dueDate: '2026-01-05', amount: 80, paidAmount: 0, canceled: true },
    { ...base, id: 5, dueDate: '2026-01-01', amount: 90, paidAmount: 0, currency: 'USD' },
  ];

  it('adds balances exactly and finds the oldest due date', () => {
    expect(outstandingOf(invoices, 'BRL')).to.deep.equal({
      totalMinor: 30,
      oldestDueDate: '2026-03-10',
      currency: 'BRL',
    });
  });

  it('returns zero without invoices', () => {
    expect(outstandingOf([], 'BRL')).to.deep.equal({ totalMinor: 0, oldestDueDate: undefined, currency: 'BRL' });
  });
});
