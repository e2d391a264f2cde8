import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addMinorUnits,
  currencyFractionDigits,
  formatMoney,
  fromMinorUnits,
  parseLocalizedMoney,
  toMinorUnits,
} from '../../src/money/money.ts';
import { countGeneratedCases } from '../hardening/property-cases.ts';
import { describeCorpus } from '../hardening/reliability.ts';

const runs = { numRuns: 200 };
const currencies = ['BRL', 'USD', 'TWD', 'JPY', 'KWD', 'BHD'];

/** Minor-unit amounts up to ten billion major units, either sign. */
const minorUnits = fc.integer({ min: -1e12, max: 1e12 });

/** A decimal string with exactly the currency's fraction digits, built from minor units. */
function decimalText(minor: number, digits: number): string {
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? sign + text : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const generated = countGeneratedCases();

describeCorpus(
  {
    name: 'property-money',
    title: 'Property tests: money',
    size: () => generated.count,
    unit: 'generated cases',
    checks:
      'fast-check properties of money parsing (`toMinorUnits`, localized decimal input), formatting and sums in minor units. Each test is one property or example.',
  },
  'money properties',
  () => {
    describe('money properties', () => {
      it('round-trips minor units through decimal text', () => {
        fc.assert(
          fc.property(minorUnits, fc.constantFrom(...currencies), (minor, currency) => {
            expect(toMinorUnits(fromMinorUnits(minor, currency), currency)).to.equal(
              minor === 0 ? 0 : minor,
            );
          }),
          runs,
        );
      });

      it('round-trips decimal text through minor units', () => {
        fc.assert(
          fc.property(minorUnits, fc.constantFrom(...currencies), (minor, currency) => {
            const text = decimalText(minor, currencyFractionDigits(currency));
            const expected = minor === 0 ? decimalText(0, currencyFractionDigits(currency)) : text;
            expect(fromMinorUnits(toMinorUnits(text, currency), currency)).to.equal(expected);
          }),
          runs,
        );
      });

      it('sums minor units like the decimal sum', () => {
        fc.assert(
          fc.property(
            fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 30 }),
            fc.constantFrom(...currencies),
            (amounts, currency) => {
              const digits = currencyFractionDigits(currency);
              const texts = amounts.map((minor) => decimalText(minor, digits));
              // BigInt adds the decimal texts exactly, with no float step.
              const exact = texts.reduce((sum, text) => sum + BigInt(text.replace('.', '')), 0n);
              const sum = addMinorUnits(...texts.map((text) => toMinorUnits(text, currency)));
              expect(BigInt(sum)).to.equal(exact);
            },
          ),
          runs,
        );
      });

      it('never drifts on sums of cents', () => {
        fc.assert(
          fc.property(fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 200 }), (cents) => {
            const decimals = cents.map((cent) => `0.${String(cent).padStart(2, '0')}`);
            const total = addMinorUnits(...decimals.map((text) => toMinorUnits(text, 'BRL')));
            expect(total).to.equal(cents.reduce((sum, cent) => sum + cent, 0));
          }),
          runs,
        );
      });

      it('parses what it formats in pt-BR and en', () => {
        fc.assert(
          fc.property(
            minorUnits,
            fc.constantFrom('pt-BR', 'en', 'de-DE'),
            fc.constantFrom('BRL', 'USD', 'JPY'),
            (minor, locale, currency) => {
              const text = formatMoney(minor, locale, currency);
              expect(parseLocalizedMoney(text, locale, currency)).to.equal(minor === 0 ? 0 : minor);
            },
          ),
          runs,
        );
      });

      it('never formats a negative zero', () => {
        for (const locale of ['pt-BR', 'en']) {
          expect(formatMoney(-0, locale, 'BRL')).to.not.match(/[-\u2212]/);
        }
      });

      // toMinorUnits reads plain decimal text with an optional sign and
      // surrounding spaces ("+0.5", " 12 "); anything else is rejected.
      it('throws RangeError on any non-decimal text', () => {
        fc.assert(
          fc.property(
            fc.string().filter((text) => !/^\s*[+-]?\d+(\.\d+)?\s*$/.test(text)),
            (text) => {
              expect(() => toMinorUnits(text, 'BRL')).to.throw(RangeError);
            },
          ),
          runs,
        );
      });

      it('reads a leading plus sign', () => {
        expect(toMinorUnits('+0.5', 'BRL')).to.equal(50);
        expect(toMinorUnits(' +12 ', 'BRL')).to.equal(1200);
      });

      it('returns null or an integer for any typed text', () => {
        fc.assert(
          fc.property(fc.string(), fc.constantFrom('pt-BR', 'en'), (text, locale) => {
            const parsed = parseLocalizedMoney(text, locale, 'BRL');
            if (parsed !== null) expect(Number.isSafeInteger(parsed)).to.equal(true);
          }),
          runs,
        );
      });
    });
  },
);
