import { expect } from '@open-wc/testing';
import { fieldFormats, type FieldFormat } from '../../src/structure/schema.ts';
import {
  enumColor,
  formatCnpj,
  formatCpf,
  formatPhone,
  formatValue,
  isMissing,
  missingValue,
  safeUrl,
  type FormatValueOptions,
} from '../../src/format/format.ts';

const ptBR: FormatValueOptions = {
  locale: 'pt-BR',
  currency: 'BRL',
  timeZone: 'America/Sao_Paulo',
};
const enUS: FormatValueOptions = {
  locale: 'en-US',
  currency: 'USD',
  timeZone: 'America/Los_Angeles',
};

describe('isMissing', () => {
  it('detects missing values', () => {
    for (const value of [undefined, null, '', ' ', '\u00A0\n', Number.NaN]) {
      expect(isMissing(value), JSON.stringify(value)).to.equal(true);
    }
  });

  it('keeps present values', () => {
    for (const value of [0, -0, false, '0', ' a ', 'null', [], {}]) {
      expect(isMissing(value), String(value)).to.equal(false);
    }
  });
});

describe('formatValue', () => {
  it('shows missing values as a dash', () => {
    for (const format of [...fieldFormats, undefined]) {
      for (const value of [undefined, null, '', '  ', Number.NaN]) {
        expect(formatValue(value, format, ptBR), `${format} ${String(value)}`).to.equal('—');
      }
    }
    expect(missingValue).to.equal('—');
  });

  it('shows objects as a dash', () => {
    const objects = [{ a: 1 }, [1, 2], new Date(Number.NaN), () => 1, Symbol('x')];
    for (const format of [...fieldFormats, undefined]) {
      for (const value of objects) {
        expect(formatValue(value, format, ptBR), `${format} ${typeof value}`).to.equal('—');
      }
    }
  });

  it('never shows placeholder words', () => {
    const values = [
      'abc',
      0,
      -1,
      1.5,
      true,
      false,
      'true',
      Number.POSITIVE_INFINITY,
      '2024-02-30',
      10n,
    ];
    for (const format of fieldFormats) {
      for (const value of values) {
        const text = formatValue(value, format, ptBR);
        expect(text, `${format} ${String(value)}`).to.not.match(/undefined|null|NaN|\[object/);
        expect(text, `${format} ${String(value)}`).to.not.equal('');
      }
    }
  });

  it('keeps text as given', () => {
    expect(formatValue('  Ana Souza ', 'text', ptBR)).to.equal('  Ana Souza ');
    expect(formatValue(42, 'text', ptBR)).to.equal('42');
    expect(formatValue(false, 'text', ptBR)).to.equal('false');
    expect(formatValue('Ana', undefined, ptBR)).to.equal('Ana');
  });

  it('formats numbers', () => {
    expect(formatValue(1234567.891, 'number', ptBR)).to.equal('1.234.567,891');
    expect(formatValue('1234.5', 'number', ptBR)).to.equal('1.234,5');
    expect(formatValue('12345678901234567890.12', 'number', enUS)).to.equal(
      '12,345,678,901,234,567,890.12',
    );
    expect(formatValue(-0.5, 'number', enUS)).to.equal('-0.5');
    expect(formatValue(0, 'number', ptBR)).to.equal('0');
  });

  it('shows non-numbers as text', () => {
    expect(formatValue('abc', 'number', ptBR)).to.equal('abc');
    expect(formatValue(Number.POSITIVE_INFINITY, 'number', ptBR)).to.equal('Infinity');
    expect(formatValue(true, 'number', ptBR)).to.equal('true');
  });

  it('formats currency from major units', () => {
    expect(formatValue(1234.56, 'currency', ptBR)).to.equal('R$\u00A01.234,56');
    expect(formatValue('1234.56', 'currency', ptBR)).to.equal('R$\u00A01.234,56');
    expect(formatValue(-0, 'currency', ptBR)).to.equal('R$\u00A00,00');
    expect(formatValue(0, 'currency', ptBR)).to.equal('R$\u00A00,00');
    expect(formatValue(-12.5, 'currency', ptBR)).to.equal('-R$\u00A012,50');
    expect(formatValue(1.005, 'currency', ptBR)).to.equal('R$\u00A01,01');
    expect(formatValue(0.1 + 0.2, 'currency', ptBR)).to.equal('R$\u00A00,30');
  });

  it('formats currency in the given code', () => {
    expect(formatValue(1234.5, 'currency', { ...ptBR, currency: 'TWD' })).to.equal(
      'NT$\u00A01.234,50',
    );
    expect(formatValue(1234, 'currency', { ...enUS, currency: 'JPY' })).to.equal('¥1,234');
    expect(formatValue('1.234', 'currency', { ...enUS, currency: 'BHD' })).to.equal(
      'BHD\u00A01.234',
    );
  });

  it('shows invalid currency values as text', () => {
    expect(formatValue('abc', 'currency', ptBR)).to.equal('abc');
    expect(formatValue(1e21, 'currency', ptBR)).to.equal('1e+21');
    expect(formatValue(Number.POSITIVE_INFINITY, 'currency', ptBR)).to.equal('Infinity');
    expect(formatValue(true, 'currency', ptBR)).to.equal('true');
    expect(formatValue(10, 'currency', { ...ptBR, currency: 'REAL' })).to.equal('10');
    expect(
      formatValue(10, 'currency', { ...ptBR, currency: undefined as unknown as string }),
    ).to.equal('10');
  });

  it('formats ratios as percent', () => {
    expect(formatValue(0.25, 'percent', ptBR)).to.equal('25%');
    expect(formatValue(0.25, 'percent', enUS)).to.equal('25%');
    expect(formatValue('0.125', 'percent', ptBR)).to.equal('12,5%');
    expect(formatValue(1.5, 'percent', enUS)).to.equal('150%');
    expect(formatValue(0.12345, 'percent', enUS)).to.equal('12.3%');
    expect(formatValue(0.25, 'percent', { ...ptBR, locale: 'fr-FR' })).to.equal('25\u00A0%');
    expect(formatValue('half', 'percent', enUS)).to.equal('half');
  });

  it('formats calendar dates in any zone', () => {
    expect(formatValue('2024-03-10', 'date', ptBR)).to.equal('10/03/2024');
    expect(formatValue('2024-03-10', 'date', { ...ptBR, timeZone: 'Pacific/Kiritimati' })).to.equal(
      '10/03/2024',
    );
    expect(formatValue('2024-03-10', 'date', enUS)).to.equal('03/10/2024');
  });

  it('formats an instant date in zone', () => {
    expect(formatValue('2027-02-10T01:30:00Z', 'date', ptBR)).to.equal('09/02/2027');
    expect(formatValue('2027-02-10T01:30:00Z', 'date', { ...ptBR, timeZone: 'UTC' })).to.equal(
      '10/02/2027',
    );
    expect(formatValue(new Date('2027-02-10T01:30:00Z'), 'date', ptBR)).to.equal('09/02/2027');
  });

  it('shows invalid dates as text', () => {
    expect(formatValue('2024-02-30', 'date', ptBR)).to.equal('2024-02-30');
    expect(formatValue('amanhã', 'date', ptBR)).to.equal('amanhã');
    expect(formatValue(1700000000000, 'date', ptBR)).to.equal('1700000000000');
  });

  it('formats date and time in the zone', () => {
    expect(formatValue('2027-02-10T01:30:00Z', 'datetime', ptBR)).to.equal('09/02/2027, 22:30');
    expect(formatValue('2027-02-10T01:30:00Z', 'datetime', enUS)).to.equal('02/09/2027, 05:30 PM');
    expect(formatValue('2024-03-10', 'datetime', ptBR)).to.equal('10/03/2024');
    expect(formatValue('2024-03-10T10:00:00', 'datetime', ptBR)).to.equal('2024-03-10T10:00:00');
  });

  it('formats booleans in the locale', () => {
    expect(formatValue(true, 'boolean', ptBR)).to.equal('Sim');
    expect(formatValue(false, 'boolean', ptBR)).to.equal('Não');
    expect(formatValue('true', 'boolean', ptBR)).to.equal('Sim');
    expect(formatValue('FALSE', 'boolean', ptBR)).to.equal('Não');
    expect(formatValue(true, 'boolean', enUS)).to.equal('Yes');
    expect(formatValue('false', 'boolean', enUS)).to.equal('No');
    expect(formatValue(true, 'boolean', { ...ptBR, locale: 'pt-PT' })).to.equal('Sim');
    expect(formatValue(true, 'boolean', { ...ptBR, locale: 'de-DE' })).to.equal('Yes');
  });

  it('shows non-booleans as text', () => {
    expect(formatValue('maybe', 'boolean', ptBR)).to.equal('maybe');
    expect(formatValue(1, 'boolean', ptBR)).to.equal('1');
  });

  it('shows enum labels', () => {
    const options = {
      graduate: { label: 'Pós-graduação', color: '#1a7f37' },
      '1': { label: 'Atrasado' },
    };

    expect(formatValue('graduate', 'enum', { ...ptBR, options })).to.equal('Pós-graduação');
    expect(formatValue(1, 'enum', { ...ptBR, options })).to.equal('Atrasado');
    expect(formatValue('unknown', 'enum', { ...ptBR, options })).to.equal('unknown');
    expect(formatValue('constructor', 'enum', { ...ptBR, options })).to.equal('constructor');
    expect(formatValue('graduate', 'enum', ptBR)).to.equal('graduate');
  });

  it('formats Brazilian phones', () => {
    expect(formatValue('+5511987654321', 'phone', ptBR)).to.equal('+55 11 98765-4321');
    expect(formatValue('11987654321', 'phone', ptBR)).to.equal('(11) 98765-4321');
    expect(formatValue(11987654321, 'phone', ptBR)).to.equal('(11) 98765-4321');
    expect(formatValue('+1 415 555 0100', 'phone', ptBR)).to.equal('+1 415 555 0100');
  });

  it('keeps email and url text', () => {
    expect(formatValue('ana@example.com', 'email', ptBR)).to.equal('ana@example.com');
    expect(formatValue('https://example.com/a', 'url', ptBR)).to.equal('https://example.com/a');
    expect(formatValue('javascript:alert(1)', 'url', ptBR)).to.equal('javascript:alert(1)');
  });

  it('formats tax ids', () => {
    expect(formatValue('12345678909', 'cpf', ptBR)).to.equal('123.456.789-09');
    expect(formatValue('12345678000195', 'cnpj', ptBR)).to.equal('12.345.678/0001-95');
    expect(formatValue('123', 'cpf', ptBR)).to.equal('123');
  });

  it('formats scores', () => {
    expect(formatValue(0, 'score', ptBR)).to.equal('0');
    expect(formatValue(742, 'score', ptBR)).to.equal('742');
    expect(formatValue(1000, 'score', ptBR)).to.equal('1000');
    expect(formatValue('815', 'score', ptBR)).to.equal('815');
  });

  it('shows invalid scores as text', () => {
    expect(formatValue(1001, 'score', ptBR)).to.equal('1001');
    expect(formatValue(-1, 'score', ptBR)).to.equal('-1');
    expect(formatValue(7.5, 'score', ptBR)).to.equal('7.5');
    expect(formatValue('high', 'score', ptBR)).to.equal('high');
  });

  it('shows unknown formats as text', () => {
    expect(formatValue(12, 'money' as FieldFormat, ptBR)).to.equal('12');
  });

  it('shows text for invalid locale or zone', () => {
    expect(formatValue('2024-03-10', 'date', { ...ptBR, locale: 'not a locale' })).to.equal(
      '2024-03-10',
    );
    expect(
      formatValue('2027-02-10T01:30:00Z', 'date', { ...ptBR, timeZone: 'Mars/Olympus' }),
    ).to.equal('2027-02-10T01:30:00Z');
  });
});

describe('formatCpf', () => {
  it('punctuates eleven digits', () => {
    expect(formatCpf('12345678909')).to.equal('123.456.789-09');
    expect(formatCpf('123.456.789-09')).to.equal('123.456.789-09');
    expect(formatCpf(' 123 456 789 09 ')).to.equal('123.456.789-09');
  });

  it('restores leading zeros of numbers', () => {
    expect(formatCpf(1234567890)).to.equal('012.345.678-90');
  });

  it('keeps other values as given', () => {
    expect(formatCpf('1234567890')).to.equal('1234567890');
    expect(formatCpf('123456789012')).to.equal('123456789012');
    expect(formatCpf('abc.def.ghi-jk')).to.equal('abc.def.ghi-jk');
    expect(formatCpf('123,456,789,09')).to.equal('123,456,789,09');
    expect(formatCpf(-1)).to.equal('-1');
  });
});

describe('formatCnpj', () => {
  it('punctuates fourteen digits', () => {
    expect(formatCnpj('12345678000195')).to.equal('12.345.678/0001-95');
    expect(formatCnpj('12.345.678/0001-95')).to.equal('12.345.678/0001-95');
    expect(formatCnpj(1345678000195)).to.equal('01.345.678/0001-95');
  });

  it('punctuates alphanumeric ids', () => {
    expect(formatCnpj('12ABC34501DE35')).to.equal('12.ABC.345/01DE-35');
    expect(formatCnpj('12abc34501de35')).to.equal('12.ABC.345/01DE-35');
  });

  it('keeps other values as given', () => {
    expect(formatCnpj('1234567800019')).to.equal('1234567800019');
    expect(formatCnpj('12ABC34501DEAB')).to.equal('12ABC34501DEAB');
    expect(formatCnpj('12345678909')).to.equal('12345678909');
  });
});

describe('formatPhone', () => {
  it('formats numbers with the country code', () => {
    expect(formatPhone('+5511987654321')).to.equal('+55 11 98765-4321');
    expect(formatPhone('+55 (11) 98765-4321')).to.equal('+55 11 98765-4321');
    expect(formatPhone('5511987654321')).to.equal('+55 11 98765-4321');
    expect(formatPhone('+551134567890')).to.equal('+55 11 3456-7890');
  });

  it('formats numbers with the area code', () => {
    expect(formatPhone('11987654321')).to.equal('(11) 98765-4321');
    expect(formatPhone('(11) 98765-4321')).to.equal('(11) 98765-4321');
    expect(formatPhone('11 98765 4321')).to.equal('(11) 98765-4321');
    expect(formatPhone('1134567890')).to.equal('(11) 3456-7890');
    expect(formatPhone(21987654321)).to.equal('(21) 98765-4321');
  });

  it('keeps other numbers as given', () => {
    const others = [
      '+1 415 555 0100',
      '+44 20 7946 0958',
      '987654321',
      '01987654321',
      '11887654321',
      'ramal 204',
      '+55 11 1234',
    ];
    for (const phone of others) expect(formatPhone(phone), phone).to.equal(phone);
  });
});

describe('safeUrl', () => {
  it('allows web, mail and phone links', () => {
    expect(safeUrl('https://example.com/a?b=1')).to.equal('https://example.com/a?b=1');
    expect(safeUrl('http://example.com')).to.equal('http://example.com/');
    expect(safeUrl(' HTTPS://Example.com ')).to.equal('https://example.com/');
    expect(safeUrl('mailto:ana@example.com')).to.equal('mailto:ana@example.com');
    expect(safeUrl('tel:+5511987654321')).to.equal('tel:+5511987654321');
  });

  it('rejects scripts and other schemes', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com',
      '//example.com',
      '/relative/path',
      'example.com',
      '',
      42,
      null,
    ];
    for (const value of unsafe) expect(safeUrl(value), String(value)).to.equal(null);
  });
});

describe('enumColor', () => {
  const options = { paid: { label: 'Pago', color: '#1a7f37' }, open: { label: 'Aberto' } };

  it('returns the option colour', () => {
    expect(enumColor('paid', options)).to.equal('#1a7f37');
  });

  it('returns undefined without a colour', () => {
    expect(enumColor('open', options)).to.equal(undefined);
    expect(enumColor('other', options)).to.equal(undefined);
    expect(enumColor('toString', options)).to.equal(undefined);
    expect(enumColor(null, options)).to.equal(undefined);
    expect(enumColor('paid', undefined)).to.equal(undefined);
  });
});
