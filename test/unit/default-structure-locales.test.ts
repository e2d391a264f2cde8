import { expect } from '@open-wc/testing';
import { defaultStructure } from '../../src/structure/default-structure.ts';
import { defaultStructureFor, mapLabels } from '../../src/structure/default-structure-locales.ts';
import { parseStructure } from '../../src/structure/parse.ts';

/** Collects every string under a `label` or `title` key, in document order. */
function labelsOf(value: unknown): string[] {
  const labels: string[] = [];
  mapLabels(value, (text) => {
    labels.push(text);
    return text;
  });
  return labels;
}

const portugueseLabels = new Set(labelsOf(defaultStructure));
/** Names that read the same in every language: a score and two Brazilian documents. */
const sameInEveryLanguage = new Set(['Score', 'CPF', 'CNPJ']);

describe('defaultStructureFor', () => {
  it('writes every English label', () => {
    const structure = defaultStructureFor('en');

    const untranslated = labelsOf(structure).filter(
      (label) => portugueseLabels.has(label) && !sameInEveryLanguage.has(label),
    );

    expect(untranslated).to.deep.equal([]);
    expect(structure.locale).to.equal('en');
  });

  it('names the tabs in Spanish', () => {
    const structure = defaultStructureFor('es');

    expect(structure.tabs.map((tab) => tab.label)).to.deep.equal([
      'Cliente',
      'Facturas',
      'Cobranza',
      'Tarea',
      'Historial',
    ]);
    expect(structure.locale).to.equal('es');
  });

  it('keeps a regional locale', () => {
    const structure = defaultStructureFor('en-GB');

    expect(structure.locale).to.equal('en-GB');
    expect(structure.tabs[0].label).to.equal('Customer');
  });

  it('gives pt-BR for other languages', () => {
    expect(defaultStructureFor('de')).to.equal(defaultStructure);
    expect(defaultStructureFor('pt-BR')).to.equal(defaultStructure);
  });

  for (const locale of ['en', 'es']) {
    it(`passes validation in ${locale}`, () => {
      const result = parseStructure(defaultStructureFor(locale));

      expect(result.ok).to.equal(true);
    });
  }

  it('leaves the pt-BR structure unchanged', () => {
    const before = JSON.stringify(defaultStructure);

    defaultStructureFor('en');

    expect(JSON.stringify(defaultStructure)).to.equal(before);
    expect(labelsOf(defaultStructureFor('en'))).to.have.length(labelsOf(defaultStructure).length);
  });
});

describe('mapLabels', () => {
  it('translates option labels and section titles', () => {
    const input = {
      title: 'Dados',
      fields: [{ label: 'Sexo', options: { female: { label: 'Feminino' } }, path: 'label' }],
    };

    const output = mapLabels(input, (text) => text.toUpperCase());

    expect(output).to.deep.equal({
      title: 'DADOS',
      fields: [{ label: 'SEXO', options: { female: { label: 'FEMININO' } }, path: 'label' }],
    });
  });
});
