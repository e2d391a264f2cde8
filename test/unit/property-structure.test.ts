import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseStructure } from '../../src/structure/parse.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';
import { countGeneratedCases } from '../hardening/property-cases.ts';
import { describeCorpus } from '../hardening/reliability.ts';

const runs = { numRuns: 200 };

/** Sets `value` at a random path of a deep copy of `base`. */
function mutate(base: unknown, choices: number[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  let node: unknown = copy;
  for (const choice of choices) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length];
    const child = (node as Record<string, unknown>)[key];
    if (typeof child !== 'object' || child === null || choice % 3 === 0) {
      (node as Record<string, unknown>)[key] = value;
      return copy;
    }
    node = child;
  }
  return copy;
}

const generated = countGeneratedCases();

describeCorpus(
  {
    name: 'property-structure',
    title: 'Property tests: structure parser',
    size: () => generated.count,
    unit: 'generated cases',
    checks:
      'fast-check properties of the structure parser: never throws on any value or text, names a JSON path under `$` for a mutated structure, accepts the default structure. Each test is one property or example.',
  },
  'structure properties',
  () => {
    describe('structure parser properties', () => {
      it('never throws on any JSON value', () => {
        fc.assert(
          fc.property(fc.jsonValue(), (value) => {
            const result = parseStructure(value);
            if (!result.ok) {
              expect(result.issues.length).to.be.greaterThan(0);
              for (const issue of result.issues) expect(issue.path).to.match(/^\$/);
            }
          }),
          runs,
        );
      });

      it('never throws on any text', () => {
        fc.assert(
          fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
            const result = parseStructure(text);
            if (!result.ok) for (const issue of result.issues) expect(issue.path).to.match(/^\$/);
          }),
          runs,
        );
      });

      it('never throws on any value at all', () => {
        fc.assert(
          fc.property(
            fc.anything({ withMap: true, withSet: true, withBigInt: true, withDate: true }),
            (value) => {
              const result = parseStructure(value);
              if (!result.ok) for (const issue of result.issues) expect(issue.path).to.match(/^\$/);
            },
          ),
          runs,
        );
      });

      it('names a path under $ for a mutated structure', () => {
        fc.assert(
          fc.property(
            fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }),
            fc.oneof(
              fc.constant(null),
              fc.integer(),
              fc.string(),
              fc.constant([]),
              fc.constant({}),
            ),
            (choices, value) => {
              const result = parseStructure(mutate(defaultStructure, choices, value));
              if (result.ok) return;
              for (const issue of result.issues) {
                expect(issue.path).to.match(/^\$/);
                expect(issue.message).to.be.a('string').and.not.equal('');
              }
            },
          ),
          runs,
        );
      });

      it('accepts the default structure as object and JSON text', () => {
        expect(parseStructure(defaultStructure).ok).to.equal(true);
        expect(parseStructure(JSON.stringify(defaultStructure)).ok).to.equal(true);
      });

      it('ignores inherited prototype keys', () => {
        const hostile = JSON.parse('{"__proto__": {"tabs": 5}, "version": 1}');
        const result = parseStructure(hostile);
        expect(({} as Record<string, unknown>).tabs).to.equal(undefined);
        if (!result.ok) for (const issue of result.issues) expect(issue.path).to.match(/^\$/);
      });
    });
  },
);
