import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fillTemplate, isSafePlaceholderName } from '../../src/templates/placeholders.ts';
import { taskPlaceholderResolver } from '../../src/templates/task-placeholders.ts';
import type { Customer } from '../../src/core/records.ts';
import { countGeneratedCases } from '../hardening/property-cases.ts';
import { describeCorpus } from '../hardening/reliability.ts';

const runs = { numRuns: 200 };

const prototypeNames = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
];

/** Placeholder names: customer paths, known names, prototype members and junk. */
const placeholderNames = fc.oneof(
  fc.constantFrom(
    'customer.name',
    'customer.company.name',
    'customer.missing',
    'invoice.total',
    'invoice.oldestDueDate',
    'task.dueDate',
    'task.name',
    'agent.name',
  ),
  fc.constantFrom(...prototypeNames).map((name) => `customer.${name}`),
  fc.constantFrom(...prototypeNames),
  fc.constantFrom(...prototypeNames).map((name) => `customer.company.${name}`),
  fc.string({ maxLength: 20 }),
);

/** Templates mixing text and placeholders. */
const templates = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      placeholderNames.map((name) => `{{${name}}}`),
    ),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));

const customers = fc.record({
  id: fc.constant('c1'),
  name: fc.oneof(fc.string(), fc.constant('')),
  company: fc.oneof(fc.record({ name: fc.string() }), fc.constant(undefined), fc.constant(null)),
  score: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN)),
  flag: fc.boolean(),
}) as fc.Arbitrary<Customer>;

function rendered(template: string, customer: Customer | undefined): string[] {
  const resolve = taskPlaceholderResolver({
    customer,
    locale: 'pt-BR',
    currency: 'BRL',
    invoiceTotalMinor: undefined,
  });
  return fillTemplate(template, resolve).flatMap((part) =>
    part.kind === 'value' ? [part.text] : [],
  );
}

const generated = countGeneratedCases();

describeCorpus(
  {
    name: 'property-placeholders',
    title: 'Property tests: placeholder renderer',
    size: () => generated.count,
    unit: 'generated cases',
    checks:
      'fast-check properties of the template placeholder renderer: no "undefined", "null" or "NaN", no prototype members, only safe names, literal text kept. Each test is one property or example.',
  },
  'placeholders properties',
  () => {
    describe('placeholder properties', () => {
      it('never fills "undefined", "null" or "NaN"', () => {
        fc.assert(
          fc.property(templates, fc.option(customers, { nil: undefined }), (template, customer) => {
            for (const value of rendered(template, customer)) {
              expect(value).to.not.be.oneOf(['undefined', 'null', 'NaN', '[object Object]']);
            }
          }),
          runs,
        );
      });

      it('never fills a prototype member', () => {
        fc.assert(
          fc.property(
            fc.constantFrom(...prototypeNames),
            fc.constantFrom('customer.', 'customer.company.', 'task.', 'agent.', 'invoice.', ''),
            customers,
            (member, prefix, customer) => {
              const values = rendered(`{{${prefix}${member}}}`, customer);
              expect(values, `${prefix}${member}`).to.deep.equal([]);
            },
          ),
          runs,
        );
      });

      it('fills only safe names', () => {
        fc.assert(
          fc.property(templates, customers, (template, customer) => {
            const resolve = taskPlaceholderResolver({ customer, locale: 'en', currency: 'USD' });
            for (const part of fillTemplate(template, resolve)) {
              if (part.kind === 'value')
                expect(isSafePlaceholderName(part.name), part.name).to.equal(true);
            }
          }),
          runs,
        );
      });

      it('keeps every literal character of the template', () => {
        fc.assert(
          fc.property(templates, (template) => {
            const parts = fillTemplate(template, () => undefined);
            const text = parts.map((part) => {
              if (part.kind === 'text') return part.text;
              if (part.kind === 'unknown') return part.raw;
              return '';
            });
            expect(text.join('')).to.equal(template);
          }),
          runs,
        );
      });

      it('shows a string value exactly as stored', () => {
        fc.assert(
          fc.property(fc.string(), (name) => {
            expect(rendered('{{customer.name}}', { id: 'c1', name })).to.deep.equal([name]);
          }),
          runs,
        );
      });
    });
  },
);
