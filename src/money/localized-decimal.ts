/**
 * Reads numbers typed in a locale's notation, using the separators, digits and
 * grouping that `Intl.NumberFormat` reports for that locale.
 */

/** Separators, digits and currency markers of one locale, read from `formatToParts`. */
interface NumberSymbols {
  decimal: string;
  group: string;
  /** Digits per group: the group next to the decimal point, then every other group. */
  primaryGroupSize: number;
  secondaryGroupSize: number;
  /** The locale's digits 0 to 9, when they are not ASCII. */
  nativeDigits: string[] | null;
  /** Currency symbols and codes to ignore, longest first. */
  currencyMarkers: string[];
}

const minusSigns = ['-', '\u2212'];
const spaceLikeSeparators = new Set([' ', '\u00A0', '\u202F', '\u2009']);
const symbolsCache = new Map<string, NumberSymbols>();

/**
 * Converts a number written in `locale` ("1.234,56" in pt-BR, "R$ -1.234,56",
 * "1,234.56" in en) to plain decimal text ("1234.56", "-1234.56"), or returns
 * null when the text is not a well-formed number. Group separators must sit
 * where the locale puts them. With `currency`, its symbols and code are ignored.
 */
export function normalizeLocalizedDecimal(
  text: string,
  locale: string,
  currency?: string,
): string | null {
  const symbols = numberSymbols(locale, currency);
  // Bidirectional marks come from copying text formatted in right-to-left locales.
  let rest = toAsciiDigits(text, symbols.nativeDigits)
    .replace(/[\u200E\u200F\u061C]/g, '')
    .trim();
  for (const marker of symbols.currencyMarkers) rest = removeMarker(rest, marker);
  rest = rest.trim();

  let negative = false;
  const sign = stripSign(rest);
  if (sign) {
    negative = sign.negative;
    rest = sign.rest;
  }
  for (const marker of symbols.currencyMarkers) rest = removeMarker(rest, marker);
  rest = normalizeGroupSeparators(rest.trim(), symbols.group);

  const [integerText, fraction, extra] = rest.split(symbols.decimal);
  if (extra !== undefined) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const integer = readGroupedInteger(integerText, symbols);
  if (integer === null) return null;
  if (integer === '' && fraction === undefined) return null;

  const decimal = fraction === undefined ? integer : `${integer || '0'}.${fraction}`;
  return negative ? `-${decimal}` : decimal;
}

/** Returns the digits of an integer part written with or without the locale's groups. */
function readGroupedInteger(text: string, symbols: NumberSymbols): string | null {
  if (/^\d*$/.test(text)) return text;
  const runs = text.split(symbols.group);
  if (!runs.every((run) => /^\d+$/.test(run))) return null;
  const last = runs.length - 1;
  for (let index = 0; index <= last; index++) {
    const length = runs[index].length;
    if (index === last) {
      if (length !== symbols.primaryGroupSize) return null;
    } else if (index === 0) {
      if (length > symbols.secondaryGroupSize) return null;
    } else if (length !== symbols.secondaryGroupSize) {
      return null;
    }
  }
  return runs.join('');
}

function stripSign(text: string): { negative: boolean; rest: string } | null {
  for (const sign of [...minusSigns, '+']) {
    if (text.startsWith(sign)) return { negative: sign !== '+', rest: text.slice(sign.length) };
    if (text.endsWith(sign)) return { negative: sign !== '+', rest: text.slice(0, -sign.length) };
  }
  return null;
}

/** Accepts a plain space for space-like groups and an apostrophe for "’" (de-CH). */
function normalizeGroupSeparators(text: string, group: string): string {
  if (spaceLikeSeparators.has(group))
    return text.replace(/(\d)[ \u00A0\u202F\u2009](?=\d)/g, `$1${group}`);
  if (group === '\u2019') return text.replace(/'/g, group);
  return text;
}

function removeMarker(text: string, marker: string): string {
  const index = text.toUpperCase().indexOf(marker.toUpperCase());
  return index === -1 ? text : text.slice(0, index) + text.slice(index + marker.length);
}

function toAsciiDigits(text: string, nativeDigits: string[] | null): string {
  if (!nativeDigits) return text;
  let result = text;
  nativeDigits.forEach((digit, value) => {
    result = result.split(digit).join(String(value));
  });
  return result;
}

function numberSymbols(locale: string, currency?: string): NumberSymbols {
  const key = `${locale}\u0000${currency ?? ''}`;
  let symbols = symbolsCache.get(key);
  if (!symbols) {
    symbols = readNumberSymbols(locale, currency);
    symbolsCache.set(key, symbols);
  }
  return symbols;
}

function readNumberSymbols(locale: string, currency?: string): NumberSymbols {
  const format = new Intl.NumberFormat(locale, { useGrouping: 'always' });
  const parts = format.formatToParts(123456789.5);
  const integerRuns = parts.filter((part) => part.type === 'integer').map((part) => part.value);
  const nativeDigits = Array.from({ length: 10 }, (_, digit) => format.format(digit));
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    primaryGroupSize: integerRuns.at(-1)?.length ?? 3,
    secondaryGroupSize: integerRuns.at(-2)?.length ?? 3,
    nativeDigits: nativeDigits.join('') === '0123456789' ? null : nativeDigits,
    currencyMarkers: currency ? readCurrencyMarkers(locale, currency) : [],
  };
}

function readCurrencyMarkers(locale: string, currency: string): string[] {
  const markers = new Set([currency.toUpperCase()]);
  for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const) {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay });
    for (const part of format.formatToParts(1)) {
      if (part.type === 'currency') markers.add(part.value.trim());
    }
  }
  return [...markers].filter(Boolean).sort((a, b) => b.length - a.length);
}
