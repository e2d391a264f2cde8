import { expect } from '@open-wc/testing';
import {
  decimalSchema,
  historyEventSchema,
  invoiceSchema,
  recordIdSchema,
  taskSchema,
} from '../../src/core/records.ts';
import { parseTaskExecution } from '../../src/data/task-execution.ts';

const task = {
  id: 't1',
  customerId: 'c1',
  name: 'Cobrança',
  status: 'open',
  dueDate: '2026-12-04',
  eventOptions: [{ id: 'no-answer', label: 'Não atendeu' }],
};

const invoice = {
  id: 'i1',
  customerId: 'c1',
  number: 'NF-1',
  issueDate: '2026-10-01',
  dueDate: '2026-11-10',
  amount: '250.00',
  paidAmount: 0,
  currency: 'BRL',
};

describe('record schemas', () => {
  it('accept text and integer ids', () => {
    expect(recordIdSchema.safeParse('a').success).to.equal(true);
    expect(recordIdSchema.safeParse(7).success).to.equal(true);
    expect(recordIdSchema.safeParse('').success).to.equal(false);
    expect(recordIdSchema.safeParse(1.5).success).to.equal(false);
  });

  it('reject amounts that are not finite decimals', () => {
    expect(decimalSchema.safeParse(12.5).success).to.equal(true);
    expect(decimalSchema.safeParse('-1234.56').success).to.equal(true);
    expect(decimalSchema.safeParse(Number.POSITIVE_INFINITY).success).to.equal(false);
    expect(decimalSchema.safeParse(Number.NaN).success).to.equal(false);
    expect(decimalSchema.safeParse('1,5').success).to.equal(false);
  });

  it('fill task defaults', () => {
    const parsed = taskSchema.parse(task);

    expect(parsed.template).to.equal('');
    expect(parsed.script).to.equal('');
    expect(parsed.fields).to.deep.equal([]);
    expect(parsed.eventOptions[0].requiredFields).to.deep.equal([]);
  });

  it('keep fields beyond the listed ones', () => {
    const parsed = taskSchema.parse({ ...task, priority: 'high', assigneeId: null });

    expect((parsed as Record<string, unknown>).priority).to.equal('high');
    expect(parsed.assigneeId).to.equal(null);
  });

  it('check invoice dates and currency', () => {
    expect(invoiceSchema.safeParse(invoice).success).to.equal(true);
    expect(invoiceSchema.safeParse({ ...invoice, dueDate: '2026-02-30' }).success).to.equal(false);
    expect(invoiceSchema.safeParse({ ...invoice, currency: 'BRLL' }).success).to.equal(false);
  });

  it('require an offset on history instants', () => {
    const event = {
      id: 'h1',
      customerId: 'c1',
      kind: 'contact',
      title: 'Ligação',
      status: 'done',
    };

    expect(historyEventSchema.safeParse({ ...event, at: '2026-12-03T13:00:00Z' }).success).to.equal(
      true,
    );
    expect(historyEventSchema.safeParse({ ...event, at: '2026-12-03T13:00:00' }).success).to.equal(
      false,
    );
  });
});

describe('parseTaskExecution', () => {
  it('marks a missing value as required', () => {
    const result = parseTaskExecution({ taskId: 't1', outcome: 'no-answer', values: {} });

    expect(result).to.deep.equal({ ok: false, errors: { idempotencyKey: 'Campo obrigatório.' } });
  });

  it('marks a value of the wrong type as invalid', () => {
    const result = parseTaskExecution({
      taskId: 't1',
      outcome: 5,
      values: {},
      idempotencyKey: 'k1',
    });

    expect(result).to.deep.equal({ ok: false, errors: { outcome: 'Valor inválido.' } });
  });
});
