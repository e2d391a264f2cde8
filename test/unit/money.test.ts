import { expect } from '@open-wc/testing';
import {
  addMinorUnits,
  currencyFractionDigits,
  formatMoney,
  fromMinorUnits,
  normalizeLocalizedDecimal,
  parseLocalizedMoney,
  toMinorUnits,
} from '../../src/money/money.ts';

describe('currencyFractionDigits', () => {
  it('reads digits from Intl', () => {
    expect(currencyFractionDigits('BRL')).to.equal(2);
    expect(currencyFractionDigits('USD')).to.equal(2);
    expect(currencyFractionDigits('JPY')).to.equal(0);
    expect(currencyFractionDigits('BHD')).to.equal(3);
    expect(currencyFractionDigits('KWD')).to.equal(3);
    expect(currencyFractionDigits('TWD')).to.equal(2);
    expect(currencyFractionDigits('brl')).to.equal(2);
  });

  it('rejects a malformed code', () => {
    expect(() => currencyFractionDigits('REAL')).to.throw(RangeError);
  });
});

describe('toMinorUnits', () => {
  it('converts decimal strings', () => {
    expect(toMinorUnits('1234.56', 'BRL')).to.equal(123456);
    expect(toMinorUnits('-0.05', 'BRL')).to.equal(-5);
    expect(toMinorUnits('7', 'BRL')).to.equal(700);
    expect(toMinorUnits(' 12.5 ', 'BRL')).to.equal(1250);
    expect(toMinorUnits('+3.10', 'BRL')).to.equal(310);
  });

  it('converts numbers without float drift', () => {
    expect(toMinorUnits(0.1, 'BRL') + toMinorUnits(0.2, 'BRL')).to.equal(toMinorUnits(0.3, 'BRL'));
    expect(toMinorUnits(0.1 + 0.2, 'BRL')).to.equal(30);
    expect(toMinorUnits(1.15, 'BRL')).to.equal(115);
    expect(toMinorUnits(4.35, 'BRL')).to.equal(435);
    expect(toMinorUnits(1234.56, 'BRL')).to.equal(123456);
    expect(toMinorUnits(19.99, 'USD')).to.equal(1999);
  });

  it('rounds half away from zero', () => {
    expect(toMinorUnits(1.005, 'BRL')).to.equal(101);
    expect(toMinorUnits(-1.005, 'BRL')).to.equal(-101);
    expect(toMinorUnits('1234.567', 'BRL')).to.equal(123457);
    expect(toMinorUnits('1234.565', 'BRL')).to.equal(123457);
    expect(toMinorUnits('1234.5649999', 'BRL')).to.equal(123456);
    expect(toMinorUnits('-1234.565', 'BRL')).to.equal(-123457);
    expect(toMinorUnits('0.5', 'JPY')).to.equal(1);
    expect(toMinorUnits('2.5', 'JPY')).to.equal(3);
    expect(toMinorUnits('0.0005', 'BHD')).to.equal(1);
  });

  it('uses the currency digits', () => {
    expect(toMinorUnits('1234', 'JPY')).to.equal(1234);
    expect(toMinorUnits('1.234', 'BHD')).to.equal(1234);
    expect(toMinorUnits('1.234', 'KWD')).to.equal(1234);
    expect(toMinorUnits('99.5', 'TWD')).to.equal(9950);
    expect(toMinorUnits(30000.25, 'TWD')).to.equal(3000025);
  });

  it('reads exponent forms of numbers', () => {
    expect(toMinorUnits(1e-7, 'BRL')).to.equal(0);
    expect(toMinorUnits(1.5e3, 'BRL')).to.equal(150000);
    expect(toMinorUnits(9e13, 'BRL')).to.equal(9e15);
  });

  it('never returns negative zero', () => {
    expect(Object.is(toMinorUnits(-0, 'BRL'), 0)).to.equal(true);
    expect(Object.is(toMinorUnits('-0.001', 'BRL'), 0)).to.equal(true);
  });

  it('rejects invalid values naming them', () => {
    const invalid: [unknown, string][] = [
      ['abc', '"abc"'],
      ['', '""'],
      ['1,5', '"1,5"'],
      ['1e3', '"1e3"'],
      ['12.', '"12."'],
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
    ];
    for (const [value, shown] of invalid) {
      expect(() => toMinorUnits(value as string, 'BRL'), shown)
        .to.throw(RangeError)
        .with.property('message')
        .that.contains(`Invalid money amount ${shown}`);
    }
  });

  it('rejects amounts beyond safe integers', () => {
    expect(() => toMinorUnits(1e21, 'BRL')).to.throw(RangeError, /1e\+21 BRL is out of range/);
    expect(() => toMinorUnits('90071992547409.92', 'BRL')).to.throw(RangeError, /out of range/);
    expect(toMinorUnits('90071992547409.91', 'BRL')).to.equal(Number.MAX_SAFE_INTEGER);
    expect(toMinorUnits(String(Number.MAX_SAFE_INTEGER), 'JPY')).to.equal(Number.MAX_SAFE_INTEGER);
  });
});

describe('fromMinorUnits', () => {
  it('writes decimal strings', () => {
    expect(fromMinorUnits(123456, 'BRL')).to.equal('1234.56');
    expect(fromMinorUnits(-5, 'BRL')).to.equal('-0.05');
    expect(fromMinorUnits(7, 'BRL')).to.equal('0.07');
    expect(fromMinorUnits(-0, 'BRL')).to.equal('0.00');
    expect(fromMinorUnits(1234, 'JPY')).to.equal('1234');
    expect(fromMinorUnits(1234, 'BHD')).to.equal('1.234');
    expect(fromMinorUnits(-1, 'KWD')).to.equal('-0.001');
  });

  it('rejects non-integers', () => {
    expect(() => fromMinorUnits(1.5, 'BRL')).to.throw(RangeError, 'Invalid minor units 1.5');
    expect(() => fromMinorUnits(Number.NaN, 'BRL')).to.throw(RangeError, 'Invalid minor units NaN');
    expect(() => fromMinorUnits(2 ** 53, 'BRL')).to.throw(RangeError);
  });
});

describe('addMinorUnits', () => {
  it('adds cents exactly', () => {
    const total = addMinorUnits(toMinorUnits(0.1, 'BRL'), toMinorUnits(0.2, 'BRL'));

    expect(total).to.equal(toMinorUnits(0.3, 'BRL'));
    expect(formatMoney(total - toMinorUnits(0.3, 'BRL'), 'pt-BR', 'BRL')).to.equal('R$\u00A00,00');
  });

  it('totals three amounts', () => {
    const total = addMinorUnits(...[10.1, 20.2, 30.3].map((amount) => toMinorUnits(amount, 'BRL')));

    expect(total).to.equal(6060);
    expect(formatMoney(total, 'pt-BR', 'BRL')).to.equal('R$\u00A060,60');
  });

  it('rejects overflow', () => {
    expect(() => addMinorUnits(Number.MAX_SAFE_INTEGER, 1)).to.throw(RangeError);
  });
});

describe('formatMoney', () => {
  it('formats pt-BR reais', () => {
    expect(formatMoney(123456, 'pt-BR', 'BRL')).to.equal('R$\u00A01.234,56');
    expect(formatMoney(5, 'pt-BR', 'BRL')).to.equal('R$\u00A00,05');
    expect(formatMoney(123456789012, 'pt-BR', 'BRL')).to.equal('R$\u00A01.234.567.890,12');
  });

  it('shows zero without a sign', () => {
    expect(formatMoney(-0, 'pt-BR', 'BRL')).to.equal('R$\u00A00,00');
    expect(formatMoney(0, 'pt-BR', 'BRL')).to.equal('R$\u00A00,00');
    expect(formatMoney(-0, 'en-US', 'USD')).to.equal('$0.00');
  });

  it('uses the locale sign for negatives', () => {
    expect(formatMoney(-123456, 'pt-BR', 'BRL')).to.equal('-R$\u00A01.234,56');
    expect(formatMoney(-123456, 'en-US', 'USD')).to.equal('-$1,234.56');
    expect(formatMoney(-5, 'de-DE', 'EUR')).to.equal('-0,05\u00A0€');
  });

  it('formats currencies without cents', () => {
    expect(formatMoney(1234, 'ja-JP', 'JPY')).to.equal('￥1,234');
    expect(formatMoney(1234, 'en-US', 'JPY')).to.equal('¥1,234');
  });

  it('formats three-digit currencies', () => {
    expect(formatMoney(1234, 'en-US', 'BHD')).to.equal('BHD\u00A01.234');
    expect(formatMoney(-1, 'en-US', 'KWD')).to.equal('-KWD\u00A00.001');
  });

  it('formats New Taiwan dollars', () => {
    expect(formatMoney(toMinorUnits('1234.5', 'TWD'), 'pt-BR', 'TWD')).to.equal(
      'NT$\u00A01.234,50',
    );
    expect(formatMoney(toMinorUnits('1234.5', 'TWD'), 'zh-TW', 'TWD')).to.equal('$1,234.50');
  });

  it('keeps the largest amounts exact', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'en-US', 'USD')).to.equal('$90,071,992,547,409.91');
  });
});

describe('normalizeLocalizedDecimal', () => {
  it('writes plain decimal text', () => {
    expect(normalizeLocalizedDecimal('1.234,5678', 'pt-BR')).to.equal('1234.5678');
    expect(normalizeLocalizedDecimal('-1,234.5', 'en-US')).to.equal('-1234.5');
    expect(normalizeLocalizedDecimal(',5', 'pt-BR')).to.equal('0.5');
    expect(normalizeLocalizedDecimal('R$ 10', 'pt-BR')).to.equal(null);
    expect(normalizeLocalizedDecimal('R$ 10', 'pt-BR', 'BRL')).to.equal('10');
  });
});

describe('parseLocalizedMoney', () => {
  it('parses pt-BR text', () => {
    expect(parseLocalizedMoney('1.234,56', 'pt-BR', 'BRL')).to.equal(123456);
    expect(parseLocalizedMoney('R$ 1.234,56', 'pt-BR', 'BRL')).to.equal(123456);
    expect(parseLocalizedMoney('R$\u00A01.234,56', 'pt-BR', 'BRL')).to.equal(123456);
    expect(parseLocalizedMoney('1234,56', 'pt-BR', 'BRL')).to.equal(123456);
    expect(parseLocalizedMoney('1234', 'pt-BR', 'BRL')).to.equal(123400);
    expect(parseLocalizedMoney(' 0,5 ', 'pt-BR', 'BRL')).to.equal(50);
    expect(parseLocalizedMoney('1.234.567', 'pt-BR', 'BRL')).to.equal(123456700);
    expect(parseLocalizedMoney('BRL 10', 'pt-BR', 'BRL')).to.equal(1000);
    expect(parseLocalizedMoney('R$1.234,56', 'pt-BR', 'BRL')).to.equal(123456);
    expect(parseLocalizedMoney('1.234,56 R$', 'pt-BR', 'BRL')).to.equal(123456);
  });

  it('parses English text', () => {
    expect(parseLocalizedMoney('1,234.56', 'en', 'BRL')).to.equal(123456);
    expect(parseLocalizedMoney('$1,234.56', 'en-US', 'USD')).to.equal(123456);
    expect(parseLocalizedMoney('1234.56', 'en-US', 'USD')).to.equal(123456);
    expect(parseLocalizedMoney('R$1,234.56', 'en-US', 'BRL')).to.equal(123456);
    expect(parseLocalizedMoney('NT$30,000', 'en-US', 'TWD')).to.equal(3000000);
  });

  it('parses negative amounts', () => {
    expect(parseLocalizedMoney('-R$ 1.234,56', 'pt-BR', 'BRL')).to.equal(-123456);
    expect(parseLocalizedMoney('R$ -1.234,56', 'pt-BR', 'BRL')).to.equal(-123456);
    expect(parseLocalizedMoney('\u22125,00', 'pt-BR', 'BRL')).to.equal(-500);
    expect(Object.is(parseLocalizedMoney('-0,00', 'pt-BR', 'BRL'), 0)).to.equal(true);
  });

  it('reads what formatMoney writes', () => {
    const locales = ['pt-BR', 'en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'ar-EG', 'ja-JP'];
    for (const locale of locales) {
      for (const [currency, minor] of [
        ['BRL', -123456789],
        ['JPY', 1234567],
        ['BHD', 1234567],
      ] as const) {
        const text = formatMoney(minor, locale, currency);
        expect(parseLocalizedMoney(text, locale, currency), `${locale} ${text}`).to.equal(minor);
      }
    }
  });

  it('accepts typed group spaces and apostrophes', () => {
    expect(parseLocalizedMoney('1 234,56', 'fr-FR', 'EUR')).to.equal(123456);
    expect(parseLocalizedMoney("1'234.56", 'de-CH', 'CHF')).to.equal(123456);
    expect(parseLocalizedMoney('12,34,567.00', 'en-IN', 'INR')).to.equal(123456700);
  });

  it('accepts extra zero digits only', () => {
    expect(parseLocalizedMoney('10,500', 'pt-BR', 'BRL')).to.equal(1050);
    expect(parseLocalizedMoney('10,555', 'pt-BR', 'BRL')).to.equal(null);
    expect(parseLocalizedMoney('100', 'ja-JP', 'JPY')).to.equal(100);
    expect(parseLocalizedMoney('100.5', 'ja-JP', 'JPY')).to.equal(null);
  });

  it('returns null for invalid text', () => {
    const invalid = [
      'abc',
      '',
      '   ',
      'R$',
      '-',
      '1,2,3',
      '12.34.56',
      '1.23',
      '12,34,56',
      '1.234.56',
      '1 234',
      '12,',
      '1e3',
      '--5',
      '5 reais',
      '(1.234,56)',
      'US$ 5',
    ];
    for (const text of invalid) {
      expect(parseLocalizedMoney(text, 'pt-BR', 'BRL'), JSON.stringify(text)).to.equal(null);
    }
    expect(parseLocalizedMoney('1,2,3', 'en-US', 'USD')).to.equal(null);
    expect(parseLocalizedMoney('1.234,56', 'en-US', 'USD')).to.equal(null);
  });

  it('returns null beyond safe integers', () => {
    expect(parseLocalizedMoney('90.071.992.547.409,92', 'pt-BR', 'BRL')).to.equal(null);
    expect(parseLocalizedMoney('90.071.992.547.409,91', 'pt-BR', 'BRL')).to.equal(
      Number.MAX_SAFE_INTEGER,
    );
  });
});
