/** Sign and digits of a decimal number, read from its text so no float rounding happens. */
export interface DecimalParts {
  negative: boolean;
  /** Digits before the decimal point, at least one ("0" for 0.5). */
  integer: string;
  /** Digits after the decimal point, possibly empty. */
  fraction: string;
}

const decimalTextPattern = /^([+-])?(\d+)(?:\.(\d+))?$/;
const numberTextPattern = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Splits a finite number or a decimal string ("-1234.56", "+0.5", " 12 ")
 * into sign and digits, or returns null. Numbers are read from their shortest
 * round-trip text (`String(1.005)` is "1.005"), including exponent forms such
 * as 1e21 and 1e-7. Strings accept only plain decimal notation.
 */
export function parseDecimal(value: number | string): DecimalParts | null {
  if (typeof value === 'number') return parseFiniteNumber(value);
  const match = decimalTextPattern.exec(value.trim());
  if (!match) return null;
  return { negative: match[1] === '-', integer: match[2], fraction: match[3] ?? '' };
}

function parseFiniteNumber(value: number): DecimalParts | null {
  if (!Number.isFinite(value)) return null;
  const match = numberTextPattern.exec(String(Math.abs(value)));
  if (!match) return null;
  const digits = match[1] + (match[2] ?? '');
  // Position of the decimal point within `digits` once the exponent is applied.
  const point = match[1].length + Number(match[3] ?? 0);
  const negative = value < 0;
  if (point <= 0) return { negative, integer: '0', fraction: '0'.repeat(-point) + digits };
  if (point >= digits.length) {
    return { negative, integer: digits + '0'.repeat(point - digits.length), fraction: '' };
  }
  return { negative, integer: digits.slice(0, point), fraction: digits.slice(point) };
}
