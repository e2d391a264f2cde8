/**
 * Money as integer minor units of an ISO 4217 currency (cents for BRL, yen
 * for JPY, fils for BHD). Amounts enter as numbers or decimal strings and are
 * converted by reading their decimal digits, never by multiplying floats, so
 * 0.1 + 0.2 adds up to exactly 30 minor units.
 *
 * Rounding rule: when an amount has more fraction digits than the currency
 * allows, `toMinorUnits` rounds half away from zero (1.005 BRL is 101 cents,
 * -1.005 BRL is -101). It is the rule of `Intl.NumberFormat` (its default
 * `roundingMode: 'halfExpand'`), so a stored amount matches what Intl shows.
 */
import { parseDecimal, type DecimalParts } from './decimal.ts';
import { normalizeLocalizedDecimal } from './localized-decimal.ts';

export { normalizeLocalizedDecimal } from './localized-decimal.ts';

/** A money amount in major units: a finite number or a decimal string such as "1234.56". */
export type Decimal = number | string;

const fractionDigitsCache = new Map<string, number>();
const moneyFormatCache = new Map<string, Intl.NumberFormat>();

/**
 * Returns how many fraction digits `currency` has in `Intl.NumberFormat`
 * (2 for BRL and USD, 0 for JPY, 3 for BHD and KWD).
 * Throws RangeError when `currency` is not a well-formed ISO 4217 code.
 */
export function currencyFractionDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = fractionDigitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits!;
    fractionDigitsCache.set(code, digits);
  }
  return digits;
}

/**
 * Converts an amount in major units to integer minor units of `currency`
 * ("1234.56" BRL is 123456). Extra fraction digits round half away from zero.
 * Throws RangeError naming the value when it is not a finite number or a
 * decimal string, or when the result exceeds `Number.MAX_SAFE_INTEGER`.
 */
export function toMinorUnits(value: Decimal, currency: string): number {
  const parts = typeof value === 'number' || typeof value === 'string' ? parseDecimal(value) : null;
  if (!parts) {
    throw new RangeError(
      `Invalid money amount ${describe(value)}: ` +
        `expected a finite number or a decimal string such as "1234.56".`,
    );
  }
  const minor = partsToMinorUnits(parts, currencyFractionDigits(currency), 'half-away-from-zero');
  if (minor === null) {
    throw new RangeError(
      `Money amount ${describe(value)} ${currency} is out of range: ` +
        `its minor units exceed Number.MAX_SAFE_INTEGER.`,
    );
  }
  return minor;
}

/**
 * Converts integer minor units to a decimal string in major units with the
 * currency's fraction digits ("1234.56", "-0.05", "1234" for JPY). Zero never
 * carries a sign. Throws RangeError unless `minor` is a safe integer.
 */
export function fromMinorUnits(minor: number, currency: string): string {
  assertMinorUnits(minor);
  const digits = currencyFractionDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * Formats minor units as money in `locale` with Intl
 * (pt-BR BRL 123456 is "R$\u00A01.234,56"). Negative amounts use the locale's
 * sign, and zero (also -0) never shows a minus sign.
 * Throws RangeError unless `minor` is a safe integer.
 */
export function formatMoney(minor: number, locale: string, currency: string): string {
  // Intl.NumberFormat formats a decimal string exactly, without a float step.
  return moneyFormat(locale, currency).format(fromMinorUnits(minor, currency) as `${number}`);
}

/**
 * Parses money typed in `locale` into minor units of `currency`, or returns
 * null when the text is not a valid amount. Accepts the locale's group and
 * decimal separators ("1.234,56" and "R$ 1.234,56" in pt-BR, "1,234.56" in
 * en), text without groups ("1234,56"), surrounding spaces, the currency
 * symbol or code, and a leading or trailing minus sign.
 *
 * Rejects misplaced group separators ("1,2,3" and "12.34.56" in pt-BR), a
 * second decimal separator, and amounts that need more fraction digits than
 * the currency has ("10,555" BRL; "10,500" is accepted), rather than
 * silently changing what the user typed.
 */
export function parseLocalizedMoney(text: string, locale: string, currency: string): number | null {
  if (typeof text !== 'string') return null;
  const normalized = normalizeLocalizedDecimal(text, locale, currency);
  if (normalized === null) return null;
  const parts = parseDecimal(normalized);
  if (!parts) return null;
  return partsToMinorUnits(parts, currencyFractionDigits(currency), 'exact');
}

/** Adds amounts in minor units. Throws RangeError when the sum is not a safe integer. */
export function addMinorUnits(...amounts: number[]): number {
  let total = 0;
  for (const amount of amounts) {
    assertMinorUnits(amount);
    total += amount;
  }
  assertMinorUnits(total);
  return total === 0 ? 0 : total;
}

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}`;
  let format = moneyFormatCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    moneyFormatCache.set(key, format);
  }
  return format;
}

/**
 * Scales parsed decimal digits to minor units. `exact` returns null when
 * digits past the currency's precision are not zeros. Returns null when the
 * result is not a safe integer.
 */
function partsToMinorUnits(
  parts: DecimalParts,
  fractionDigits: number,
  rounding: 'half-away-from-zero' | 'exact',
): number | null {
  const minorDigits = parts.fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0');
  const droppedDigits = parts.fraction.slice(fractionDigits);
  let magnitude = BigInt(parts.integer + minorDigits);
  if (rounding === 'exact' && /[1-9]/.test(droppedDigits)) return null;
  if (rounding === 'half-away-from-zero' && droppedDigits.charAt(0) >= '5') magnitude += 1n;
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const minor = Number(magnitude);
  return parts.negative && minor !== 0 ? -minor : minor;
}

function assertMinorUnits(minor: number): void {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`Invalid minor units ${describe(minor)}: expected a safe integer.`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return Object.prototype.toString.call(value);
}
