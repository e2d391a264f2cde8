import { expect } from '@open-wc/testing';
import { parseStructure, toJsonPath } from '../../src/structure/parse.ts';

const minimal = { version: 1, tabs: [{ id: 'customer', kind: 'customer', label: 'Cliente' }] };

describe('parseStructure', () => {
  it('accepts a minimal structure', () => {
    const result = parseStructure(minimal);

    expect(result.ok).to.equal(true);
  });

  it('rejects "[object Object]" text', () => {
    const result = parseStructure('[object Object]');

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues[0].path).to.equal('$');
    expect(result.issues[0].message).to.equal(
      'expected the structure as JSON, but the character at line 1, column 2 is invalid: "[object Obj…"',
    );
  });

  it('locates a JSON error in Portuguese', () => {
    const result = parseStructure('{\n  "version": 1,\n  "tabs": [,]\n}', 'pt-BR');

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues[0].messageKey).to.equal('structureJsonSyntax');
    expect(result.issues[0].message).to.equal(
      'esperada a estrutura em JSON, mas o caractere na linha 3, coluna 12 é inválido: "  "tabs": [,]"',
    );
  });

  it('reports JSON that ends early', () => {
    const result = parseStructure('{"version": 1, "tabs": [', 'es');

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues[0].message).to.equal(
      'se esperaba la estructura en JSON, pero el texto termina en la línea 1, columna 25 antes de completar el JSON',
    );
  });

  it('names the path of an unknown kind', () => {
    const result = parseStructure({ ...minimal, tabs: [{ id: 'x', kind: 'weird', label: 'X' }] });

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['$.tabs[0].kind']);
  });

  it('reports a structure whose getter throws', () => {
    const hostile = {
      version: 1,
      get tabs(): never {
        throw new Error('getter failed');
      },
    };

    const result = parseStructure(hostile, 'en');

    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path, issue.message])).to.deep.equal([
      ['$', 'invalid value'],
    ]);
  });

  it('formats JSON paths', () => {
    expect(toJsonPath(['tabs', 2, 'sections', 0, 'fields'])).to.equal(
      '$.tabs[2].sections[0].fields',
    );
    expect(toJsonPath(['a b'])).to.equal('$["a b"]');
  });
});
