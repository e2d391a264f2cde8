import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { registerLocale } from '../../src/core/i18n.ts';
import {
  customIssue,
  describeIssue,
  formatIssueMessage,
  issueText,
  schemaMessage,
  type IssueMessage,
} from '../../src/core/i18n-validation.ts';
import {
  englishValidationMessages,
  validationMessages,
} from '../../src/core/i18n-validation-messages.ts';
import { calendarDateSchema, customerSchema, decimalSchema } from '../../src/core/records.ts';

/** Describes the first issue of parsing `value` with `schema`, keeping the input as parseStructure does. */
function firstIssue(schema: z.ZodMiniType, value: unknown, reportInput = true): IssueMessage {
  const result = schema.safeParse(value, { reportInput });
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  return describeIssue(result.error.issues[0]);
}

describe('validation catalog', () => {
  it('has the same keys in pt-BR, en and es', () => {
    const keys = Object.keys(validationMessages.en).sort();

    expect(Object.keys(validationMessages['pt-BR']).sort()).to.deep.equal(keys);
    expect(Object.keys(validationMessages.es).sort()).to.deep.equal(keys);
  });

  it('keeps the placeholders of each message in pt-BR and es', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

    for (const [key, english] of Object.entries(validationMessages.en)) {
      const name = key as keyof typeof validationMessages.en;
      expect(placeholders(validationMessages['pt-BR'][name]), `pt-BR ${key}`).to.deep.equal(
        placeholders(english),
      );
      expect(placeholders(validationMessages.es[name]), `es ${key}`).to.deep.equal(
        placeholders(english),
      );
    }
  });

  it('has a distinct English text for each key without placeholders', () => {
    const texts = Object.values(englishValidationMessages).filter((text) => !text.includes('{'));

    expect(new Set(texts).size).to.equal(texts.length);
  });
});

describe('describeIssue', () => {
  it('names a missing value', () => {
    expect(firstIssue(z.object({ name: z.string() }), {})).to.deep.equal({
      messageKey: 'missingValue',
      values: {},
    });
    expect(firstIssue(z.object({ version: z.literal(1) }), {}).messageKey).to.equal('missingValue');
  });

  it('names the expected and received types', () => {
    expect(firstIssue(z.string(), 5)).to.deep.equal({
      messageKey: 'invalidType',
      values: { expected: 'string', received: 'number' },
    });
    expect(firstIssue(z.object({}), []).values.received).to.equal('array');
    expect(firstIssue(z.string(), null).values.received).to.equal('null');
  });

  it('names only the expected type without the input', () => {
    expect(firstIssue(z.string(), 5, false)).to.deep.equal({
      messageKey: 'invalidTypeExpected',
      values: { expected: 'string' },
    });
  });

  it('reports a fraction where an integer is expected', () => {
    expect(firstIssue(z.number().check(z.int()), 1.5).messageKey).to.equal('notInteger');
  });

  it('lists the accepted values', () => {
    expect(firstIssue(z.literal(1), 2)).to.deep.equal({
      messageKey: 'invalidValueOne',
      values: { expected: '1' },
    });
    expect(firstIssue(z.enum(['start', 'end']), 'left')).to.deep.equal({
      messageKey: 'invalidValueOneOf',
      values: { options: '"start", "end"' },
    });
  });

  it('describes sizes of text, lists and numbers', () => {
    expect(firstIssue(z.string().check(z.minLength(1)), '').messageKey).to.equal('emptyText');
    expect(firstIssue(z.string().check(z.minLength(3)), 'ab')).to.deep.equal({
      messageKey: 'tooShortText',
      values: { minimum: '3' },
    });
    expect(firstIssue(z.string().check(z.length(3)), 'ab')).to.deep.equal({
      messageKey: 'exactLengthText',
      values: { length: '3' },
    });
    expect(firstIssue(z.array(z.number()).check(z.minLength(1)), []).messageKey).to.equal(
      'emptyList',
    );
    expect(firstIssue(z.array(z.number()).check(z.maxLength(2)), [1, 2, 3])).to.deep.equal({
      messageKey: 'tooManyItems',
      values: { maximum: '2' },
    });
    expect(firstIssue(z.number().check(z.minimum(1)), 0)).to.deep.equal({
      messageKey: 'tooSmallNumber',
      values: { minimum: '1' },
    });
    expect(firstIssue(z.number().check(z.gt(0)), 0).messageKey).to.equal('tooSmallNumberExclusive');
    expect(firstIssue(z.number().check(z.maximum(4)), 5)).to.deep.equal({
      messageKey: 'tooBigNumber',
      values: { maximum: '4' },
    });
  });

  it('names the pattern or format a text missed', () => {
    expect(firstIssue(z.string().check(z.regex(/^[A-Z]{3}$/)), 'brl')).to.deep.equal({
      messageKey: 'regexMismatch',
      values: { pattern: '/^[A-Z]{3}$/' },
    });
    expect(firstIssue(z.iso.datetime({ offset: true }), 'yesterday')).to.deep.equal({
      messageKey: 'invalidFormat',
      values: { format: 'ISO 8601 date-time' },
    });
  });

  it('lists unrecognized keys', () => {
    expect(firstIssue(z.strictObject({}), { colour: 'red' })).to.deep.equal({
      messageKey: 'unrecognizedKey',
      values: { keys: '"colour"' },
    });
    expect(firstIssue(z.strictObject({}), { a: 1, b: 2 })).to.deep.equal({
      messageKey: 'unrecognizedKeys',
      values: { keys: '"a", "b"' },
    });
  });

  it('reports a value that matches no form of a union', () => {
    expect(firstIssue(z.union([z.string(), z.number()]), true).messageKey).to.equal('noUnionMatch');
  });

  it('reports a multiple of a divisor', () => {
    expect(firstIssue(z.number().check(z.multipleOf(5)), 7)).to.deep.equal({
      messageKey: 'notMultipleOf',
      values: { divisor: '5' },
    });
  });

  it('keeps the key of a check message from schemaMessage', () => {
    expect(firstIssue(calendarDateSchema, '2027-02-30').messageKey).to.equal('calendarDateExists');
    expect(firstIssue(calendarDateSchema, '04/12/2026').messageKey).to.equal('calendarDateFormat');
    expect(firstIssue(decimalSchema, '1,5').messageKey).to.equal('decimalString');
  });

  it('keeps the key and values of a custom issue', () => {
    const schema = z.string().check(
      z.superRefine((value: string, context) => {
        context.addIssue(customIssue('duplicateTabId', { id: value, index: '0' }, []));
      }),
    );

    expect(firstIssue(schema, 'invoices')).to.deep.equal({
      messageKey: 'duplicateTabId',
      values: { id: 'invoices', index: '0' },
    });
  });

  it('uses "invalid value" for an unknown custom message', () => {
    const schema = z.string().check(z.refine(() => false, 'host text'));

    expect(firstIssue(schema, 'x')).to.deep.equal({ messageKey: 'invalidValue', values: {} });
  });
});

describe('schema messages', () => {
  it('stay readable English on the zod issue', () => {
    const result = calendarDateSchema.safeParse('2027-02-30');

    expect(result.success).to.equal(false);
    if (result.success) return;
    expect(result.error.issues[0].message).to.equal('expected a calendar date that exists');
    expect(schemaMessage('calendarDateExists')).to.equal('expected a calendar date that exists');
  });

  it('fill the placeholders of a custom issue in English', () => {
    const issue = customIssue('sectionsOnlyOnCustomer', { kind: 'invoice' }, ['tabs', 1]);

    expect(issue.message).to.equal(
      'sections are only allowed on tabs of kind "customer", not "invoice"',
    );
    expect(issue.path).to.deep.equal(['tabs', 1]);
  });
});

describe('formatIssueMessage', () => {
  const kind: IssueMessage = {
    messageKey: 'invalidValueOneOf',
    values: { options: '"customer", "invoice"' },
  };

  it('writes the message in pt-BR, en and es', () => {
    expect(formatIssueMessage(kind, 'pt-BR')).to.equal(
      'esperado um destes valores: "customer", "invoice"',
    );
    expect(formatIssueMessage(kind, 'en')).to.equal('expected one of "customer", "invoice"');
    expect(formatIssueMessage(kind, 'es')).to.equal(
      'se esperaba uno de estos valores: "customer", "invoice"',
    );
  });

  it('falls back by language, then to English', () => {
    expect(formatIssueMessage(kind, 'es-MX')).to.equal(formatIssueMessage(kind, 'es'));
    expect(formatIssueMessage(kind, 'de')).to.equal(formatIssueMessage(kind, 'en'));
  });

  it('uses a locale registered for the validation catalog', () => {
    registerLocale('it', { validation: { invalidValueOneOf: 'atteso uno di {options}' } });

    expect(formatIssueMessage(kind, 'it')).to.equal('atteso uno di "customer", "invoice"');
    expect(formatIssueMessage({ messageKey: 'emptyList', values: {} }, 'it')).to.equal(
      'expected at least one item',
    );
  });
});

describe('issueText', () => {
  it('describes a record issue in English by default', () => {
    const result = customerSchema.safeParse({ id: '7', name: 404 }, { reportInput: true });

    expect(result.success).to.equal(false);
    if (result.success) return;
    expect(issueText(result.error.issues[0])).to.equal(
      'expected a value of type string, received number',
    );
    expect(issueText(result.error.issues[0], 'pt-BR')).to.equal(
      'esperado um valor do tipo string, recebido number',
    );
  });
});
