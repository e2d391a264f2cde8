import { expect } from '@open-wc/testing';
import type { Task, TaskField } from '../../src/core/records.ts';
import {
  fieldSchema,
  isWeekend,
  validateExecution,
  type ValidationContext,
} from '../../src/task-tab/validation.ts';
import type { FormValue } from '../../src/task-tab/form-model.ts';

const context: ValidationContext = {
  locale: 'pt-BR',
  currency: 'BRL',
  today: '2026-12-04',
  maxAmountMinor: 140050,
};

function field(type: TaskField['type'], extra: Partial<TaskField> = {}): TaskField {
  return { path: 'f', label: 'Campo', type, ...extra };
}

/** Parses one value; returns the sent value or the issue code. */
function check(type: TaskField['type'], value: FormValue, extra: Partial<TaskField> = {}, required = false) {
  const task = {
    eventOptions: [{ id: 'o', label: 'O', requiredFields: required ? ['f'] : [] }],
    fields: [field(type, extra)],
  } as unknown as Task;
  const result = validateExecution(task, 'o', { f: value }, context);
  return result.ok ? { value: result.values.f } : { issue: result.issues.f.code };
}

const options = [
  { value: 'sim', label: 'Sim' },
  { value: 'nao', label: 'Não' },
];

const cases: [TaskField['type'], FormValue, { value?: unknown; issue?: string }, Partial<TaskField>?][] = [
  ['text', '  olá  ', { value: 'olá' }],
  ['text', '   ', { value: undefined }],
  ['number', '1.234,5', { value: 1234.5 }],
  ['number', '-3', { value: -3 }],
  ['number', '12a', { issue: 'invalidNumber' }],
  ['number', '1,2,3', { issue: 'invalidNumber' }],
  ['currency', '1.234,56', { value: '1234.56' }],
  ['currency', 'R$ 10,5', { value: '10.50' }],
  ['currency', '1400,50', { value: '1400.50' }],
  ['currency', '1400,51', { issue: 'amountAboveBalance' }],
  ['currency', '0', { issue: 'amountNotPositive' }],
  ['currency', '-5,00', { issue: 'amountNotPositive' }],
  ['currency', '1.2.3', { issue: 'invalidAmount' }],
  ['currency', '10,555', { issue: 'invalidAmount' }],
  ['date', '07/12/2026', { value: '2026-12-07' }],
  ['date', '2026-12-04', { value: '2026-12-04' }],
  ['date', '03/12/2026', { issue: 'dateInPast' }],
  ['date', '05/12/2026', { issue: 'dateOnWeekend' }],
  ['date', '06/12/2026', { issue: 'dateOnWeekend' }],
  ['date', '31/11/2026', { issue: 'invalidDate' }],
  ['date', 'amanhã', { issue: 'invalidDate' }],
  ['select', 'sim', { value: 'sim' }, { options }],
  ['select', 'talvez', { issue: 'invalidOption' }, { options }],
  ['select', '__proto__', { issue: 'invalidOption' }, { options }],
  ['boolean', true, { value: true }],
  ['boolean', false, { value: false }],
  ['phone', '(11) 98765-4321', { value: '11987654321' }],
  ['phone', '+55 11 98765-4321', { value: '+5511987654321' }],
  ['phone', '98765', { issue: 'invalidPhone' }],
  ['phone', '11 9876x4321', { issue: 'invalidPhone' }],
  ['phone', '1234567890123456', { issue: 'invalidPhone' }],
  ['email', 'ana@example.com', { value: 'ana@example.com' }],
  ['email', 'ana@', { issue: 'invalidEmail' }],
  ['email', 'ana example.com', { issue: 'invalidEmail' }],
];

describe('validateExecution field types', () => {
  for (const [type, value, expected, extra] of cases) {
    it(`${type} ${JSON.stringify(value)}`, () => {
      expect(check(type, value, extra)).to.deep.equal(expected);
    });
  }

  it('requires a value when required', () => {
    expect(check('text', ' ', {}, true)).to.deep.equal({ issue: 'required' });
    expect(check('currency', '', {}, true)).to.deep.equal({ issue: 'required' });
    expect(check('boolean', false, {}, true)).to.deep.equal({ issue: 'mustBeChecked' });
    expect(check('select', '', { options }, true)).to.deep.equal({ issue: 'required' });
  });

  it('rejects holidays when given a calendar', () => {
    const holidayName = (date: string) => (date === '2026-12-25' ? 'Natal' : undefined);
    const task = { eventOptions: [{ id: 'o', label: 'O', requiredFields: [] }], fields: [field('date')] } as unknown as Task;

    const holiday = validateExecution(task, 'o', { f: '25/12/2026' }, { ...context, holidayName });
    const workday = validateExecution(task, 'o', { f: '24/12/2026' }, { ...context, holidayName });

    expect(holiday).to.deep.equal({
      ok: false,
      issues: { f: { code: 'dateOnHoliday', values: { field: 'Campo', date: '25/12/2026', holiday: 'Natal' } } },
    });
    expect(workday).to.deep.equal({ ok: true, values: { f: '2026-12-24' } });
  });

  it('rejects a value of the wrong type', () => {
    expect(fieldSchema(field('text'), false, context).safeParse(42 as never).success).to.equal(false);
  });
});

describe('validateExecution outcomes', () => {
  const task = {
    eventOptions: [
      { id: 'promise', label: 'Promessa', requiredFields: ['promiseDate', 'promiseAmount'] },
      { id: 'no-answer', label: 'Não atendeu', requiredFields: [] },
    ],
    fields: [
      { path: 'promiseDate', label: 'Data', type: 'date' },
      { path: 'promiseAmount', label: 'Valor', type: 'currency' },
      { path: 'note', label: 'Nota', type: 'text', required: true },
    ],
  } as unknown as Task;

  it('requires an outcome', () => {
    const result = validateExecution(task, undefined, { note: 'x' }, context);

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.outcome.code).to.equal('outcomeRequired');
  });

  it('rejects an outcome not in the task', () => {
    const result = validateExecution(task, 'toString', { note: 'x' }, context);

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.outcome.code).to.equal('unknownOutcome');
  });

  it('requires the outcome fields and the field flags', () => {
    const result = validateExecution(task, 'promise', {}, context);

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(Object.keys(result.issues)).to.deep.equal(['promiseDate', 'promiseAmount', 'note']);
    expect(result.issues.promiseDate).to.deep.equal({ code: 'required', values: { field: 'Data' } });
  });

  it('leaves the promise fields optional for other outcomes', () => {
    const result = validateExecution(task, 'no-answer', { note: 'x', promiseDate: '' }, context);

    expect(result).to.deep.equal({ ok: true, values: { note: 'x' } });
  });

  it('still checks optional fields that have a value', () => {
    const result = validateExecution(task, 'no-answer', { note: 'x', promiseAmount: '0' }, context);

    expect(result.ok).to.equal(false);
  });

  it('names the balance when an amount exceeds it', () => {
    const result = validateExecution(task, 'promise', { note: 'x', promiseDate: '07/12/2026', promiseAmount: '2000' }, context);

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.promiseAmount.values).to.deep.equal({ field: 'Valor', total: 'R$\u00A01.400,50' });
  });
});

describe('validateExecution changed fields', () => {
  const task = {
    eventOptions: [
      {
        id: 'wrong-number',
        label: 'Número errado',
        requiredFields: ['phone'],
        changedFields: ['phone'],
      },
      { id: 'no-answer', label: 'Não atendeu', requiredFields: [] },
    ],
    fields: [
      { path: 'phone', label: 'Telefone', type: 'phone' },
      { path: 'note', label: 'Nota', type: 'text' },
    ],
    values: { phone: '+5511987654321' },
  } as unknown as Task;

  const onRecord = ['+5511987654321', '(11) 98765-4321', '11 98765 4321', '+55 (11) 98765-4321'];
  for (const phone of onRecord) {
    it(`rejects the phone on record as ${phone}`, () => {
      const result = validateExecution(task, 'wrong-number', { phone }, context);

      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.issues.phone).to.deep.equal({
        code: 'unchangedValue',
        values: { field: 'Telefone', current: '+55 11 98765-4321' },
      });
    });
  }

  it('accepts a new phone', () => {
    const result = validateExecution(task, 'wrong-number', { phone: '(11) 91234-5678' }, context);

    expect(result).to.deep.equal({ ok: true, values: { phone: '11912345678' } });
  });

  it('accepts the same digits in another area', () => {
    const result = validateExecution(task, 'wrong-number', { phone: '(21) 98765-4321' }, context);

    expect(result.ok).to.equal(true);
  });

  it('keeps the phone for other outcomes', () => {
    const result = validateExecution(task, 'no-answer', { phone: '(11) 98765-4321' }, context);

    expect(result).to.deep.equal({ ok: true, values: { phone: '11987654321' } });
  });

  it('accepts any phone without one on record', () => {
    const withoutPhone = { ...task, values: {} } as Task;

    const result = validateExecution(
      withoutPhone,
      'wrong-number',
      { phone: '(11) 98765-4321' },
      context,
    );

    expect(result.ok).to.equal(true);
  });

  it('compares text fields after trimming', () => {
    const noteTask = {
      ...task,
      eventOptions: [{ id: 'o', label: 'O', requiredFields: [], changedFields: ['note'] }],
      values: { note: 'ligar à tarde' },
    } as unknown as Task;

    const same = validateExecution(noteTask, 'o', { note: '  ligar à tarde ' }, context);
    const other = validateExecution(noteTask, 'o', { note: 'ligar de manhã' }, context);

    expect(same.ok).to.equal(false);
    expect(other.ok).to.equal(true);
  });
});

describe('isWeekend', () => {
  it('reads calendar dates in any zone', () => {
    expect(isWeekend('2026-12-04')).to.equal(false);
    expect(isWeekend('2026-12-05')).to.equal(true);
    expect(isWeekend('2026-12-06')).to.equal(true);
    expect(isWeekend('2026-12-07')).to.equal(false);
  });
});
