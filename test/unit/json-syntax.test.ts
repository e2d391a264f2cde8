import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { findJsonSyntaxError } from '../../src/structure/json-syntax.ts';

const runs = { numRuns: 500 };

/** Matches a surrogate code unit that is not part of a pair. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Returns the offset named by the browser parser's "at position N", if its message has one. */
function parserPosition(text: string): number | undefined {
  try {
    JSON.parse(text);
  } catch (error) {
    const match = /at position (\d+)/.exec((error as Error).message);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Returns whether the browser's parser accepts `text`. */
function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON', () => {
    for (const text of [
      '{}',
      '[]',
      ' {"tabs": [1, -0.5e+3, true, false, null, "a\\u00e9\\n"]} ',
      '"text"',
      '0',
      '{"a":{"b":[[],{}]}}',
    ]) {
      expect(findJsonSyntaxError(text), text).to.equal(undefined);
    }
  });

  it('locates errors by line and column', () => {
    const cases: Array<[string, number, number, string]> = [
      ['[object Object]', 1, 2, '[object Obj…'],
      ['{"tabs": [}', 1, 11, '{"tabs": [}'],
      ['{\n  "a": 1,\n  b: 2\n}', 3, 3, '  b: 2'],
      ['{\r\n  "a": 1,\r\n  b: 2\r\n}', 3, 3, '  b: 2'],
      ['{\r  "a": 1,\r  b: 2\r}', 3, 3, '  b: 2'],
      ['{"a": 1,  x234567890\r\n}', 1, 11, '{"a": 1,  x234567890'],
      ['{"a":"line\nnext"}', 1, 11, '{"a":"line\\nnext"}'],
      ['["\u0000"]', 1, 3, '["\\u0000"]'],
      ['{"a": 1,}', 1, 9, '{"a": 1,}'],
      ['{"a" 1}', 1, 6, '{"a" 1}'],
      ['{"a": 1} x', 1, 10, '{"a": 1} x'],
      ['{"a": "\\x"}', 1, 9, '{"a": "\\x"}'],
      ['[01]', 1, 3, '[01]'],
      ['[1.]', 1, 4, '[1.]'],
      ['[tru]', 1, 5, '[tru]'],
      ['undefined', 1, 1, 'undefined'],
      ['"\\u00zz"', 1, 6, '"\\u00zz"'],
      ['[1;2]', 1, 3, '[1;2]'],
    ];
    for (const [text, line, column, excerpt] of cases) {
      const error = findJsonSyntaxError(text);
      expect(error?.line, text).to.equal(line);
      expect(error?.column, text).to.equal(column);
      expect(error?.excerpt, text).to.equal(excerpt);
      expect(error?.endsEarly, text).to.equal(false);
    }
  });

  it('reports text that ends early', () => {
    for (const text of ['', '   ', '{"tabs": [', '{"a": "open', '[1,\n2,', '-', '"\\u00']) {
      const error = findJsonSyntaxError(text);
      expect(error?.endsEarly, JSON.stringify(text)).to.equal(true);
      expect(error?.offset, JSON.stringify(text)).to.equal(text.length);
    }
    expect(findJsonSyntaxError('[1,\n2,')?.line).to.equal(2);
    expect(findJsonSyntaxError('[1,\n2,')?.column).to.equal(3);
  });

  it('escapes invisible characters in excerpts', () => {
    expect(findJsonSyntaxError('\ufeff{}')?.excerpt).to.equal('\\ufeff{}');
    expect(findJsonSyntaxError('{"version":\u00a01}')?.excerpt).to.equal('{"version":\\u00a01}');
    expect(findJsonSyntaxError('[1,\u200b2]')?.excerpt).to.equal('[1,\\u200b2]');
  });

  it('rejects control characters in strings', () => {
    expect(findJsonSyntaxError('["a\tb"]')?.column).to.equal(4);
  });

  it('shortens long lines around the error', () => {
    const text = `{"label": "${'x'.repeat(40)}" "next": 12345}`;
    const error = findJsonSyntaxError(text);

    expect(error?.column).to.equal(54);
    expect(error?.excerpt).to.equal(`…${'x'.repeat(18)}" "next": 12…`);
  });

  it('keeps surrogate pairs whole in excerpts', () => {
    const emoji = '\u{1f600}'.repeat(10);
    for (const text of [`{"a":"${emoji}", x`, `{"é":1 x "${emoji}"}`]) {
      const error = findJsonSyntaxError(text);
      expect(error?.excerpt, text).to.not.match(loneSurrogate);
    }
  });

  it('scans deep nesting without recursion', () => {
    const depth = 200_000;
    expect(findJsonSyntaxError('['.repeat(depth) + ']'.repeat(depth))).to.equal(undefined);
    expect(findJsonSyntaxError('['.repeat(depth))?.endsEarly).to.equal(true);
  });

  it('agrees with JSON.parse on edited JSON', () => {
    const pieces = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      ';',
      '"',
      '\\',
      'u',
      'x',
      '0',
      '1',
      '-',
      '.',
      'e',
      '+',
      'true',
      'null',
      ' ',
      '\t',
      '\r',
      '\n',
      '\u0001',
      '\ufeff',
      '\u{1f600}',
    );
    const samples = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.constantFrom('{"a":"\\u00e9\\n","b":[1,-2.5e+3,true,false,null]}', '[0,{"k":[]}]'),
    );
    const edits = fc.record({
      at: fc.nat(),
      removed: fc.nat({ max: 2 }),
      inserted: fc.array(pieces, { maxLength: 2 }).map((parts) => parts.join('')),
    });
    fc.assert(
      fc.property(samples, edits, (sample, { at, removed, inserted }) => {
        const position = at % (sample.length + 1);
        const text = sample.slice(0, position) + inserted + sample.slice(position + removed);
        const error = findJsonSyntaxError(text);
        expect(error === undefined, JSON.stringify(text)).to.equal(parses(text));
        const reported = parserPosition(text);
        if (reported !== undefined) expect(error?.offset, JSON.stringify(text)).to.equal(reported);
        expect(error?.excerpt ?? '', JSON.stringify(text)).to.not.match(loneSurrogate);
      }),
      { numRuns: 5_000 },
    );
  });

  it('accepts what JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(findJsonSyntaxError(text), text).to.equal(undefined);
      }),
      runs,
    );
  });

  it('agrees with JSON.parse on cut JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value);
        const prefix = text.slice(0, cut % (text.length + 1));
        expect(findJsonSyntaxError(prefix) === undefined, prefix).to.equal(parses(prefix));
      }),
      runs,
    );
  });
});
