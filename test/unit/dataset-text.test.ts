import { expect } from '@open-wc/testing';
import { interpolate } from '../../src/core/i18n.ts';
import { collectionTaskContent, outcomeLabel } from '../../src/data/collection-task.ts';
import { datasetLanguage, datasetLanguages, datasetTexts } from '../../src/data/dataset-text.ts';

/** Returns the sorted `{{...}}` and `{...}` placeholders of a text. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{?[\w.]+\}\}?/g)].map(([match]) => match).sort();
}

describe('dataset text', () => {
  it('picks a language for a tag', () => {
    expect(datasetLanguage(undefined)).to.equal('pt-BR');
    expect(datasetLanguage('pt')).to.equal('pt-BR');
    expect(datasetLanguage('pt-PT')).to.equal('pt-BR');
    expect(datasetLanguage('en-GB')).to.equal('en');
    expect(datasetLanguage('es-419')).to.equal('es');
    expect(datasetLanguage('es-AR')).to.equal('es');
    expect(datasetLanguage('de')).to.equal('en');
  });

  it('keeps pt-BR for an invalid tag', () => {
    // The elements ignore these tags too, so the data stays in the default language.
    for (const locale of ['', '   ', 'es_MX', 'pt_BR', 42, null, ['es']]) {
      expect(datasetLanguage(locale), JSON.stringify(locale)).to.equal('pt-BR');
    }
  });

  it('keeps the placeholders of pt-BR in every language', () => {
    const reference = datasetTexts['pt-BR'];
    for (const language of datasetLanguages) {
      const text = datasetTexts[language];
      expect(placeholders(text.messageTemplate), language).to.deep.equal(
        placeholders(reference.messageTemplate),
      );
      expect(placeholders(text.callScript), language).to.deep.equal(
        placeholders(reference.callScript),
      );
      expect(placeholders(text.invoicePaymentTitle), language).to.deep.equal(['{number}']);
      expect(placeholders(text.taskReassignedTitle), language).to.deep.equal(['{agent}']);
      for (const [key, message] of Object.entries(text.errors)) {
        const expected = placeholders(reference.errors[key as keyof typeof text.errors]);
        expect(placeholders(message), `${language} ${key}`).to.deep.equal(expected);
      }
    }
  });

  it('builds task content in a language', () => {
    const content = collectionTaskContent(datasetTexts.es);

    expect(content.eventOptions.map((option) => option.label)).to.deep.equal([
      'Promesa de pago',
      'Pago ya realizado',
      'No contestó',
      'Número equivocado',
      'Se negó a pagar',
    ]);
    expect(content.eventOptions[3]).to.deep.include({
      id: 'wrong-number',
      requiredFields: ['phone'],
      changedFields: ['phone'],
    });
    expect(content.fields.map((field) => [field.path, field.label, field.type])).to.deep.equal([
      ['phone', 'Teléfono', 'phone'],
      ['promiseDate', 'Fecha de la promesa', 'date'],
      ['promiseAmount', 'Monto prometido', 'currency'],
      ['note', 'Observación', 'text'],
    ]);
    expect(content.template).to.match(/^Hola, \{\{customer\.name\}\}\./);
  });

  it('returns new objects on each call', () => {
    const first = collectionTaskContent();
    first.eventOptions[0].requiredFields.push('note');
    first.fields[0].label = 'changed';

    const second = collectionTaskContent();
    expect(second.eventOptions[0].requiredFields).to.deep.equal(['promiseDate', 'promiseAmount']);
    expect(second.fields[0].label).to.equal('Telefone');
  });

  it('labels outcomes and keeps unknown ids', () => {
    expect(outcomeLabel('no-answer')).to.equal('Não atendeu');
    expect(outcomeLabel('no-answer', datasetTexts.en)).to.equal('No answer');
    expect(outcomeLabel('toString', datasetTexts.en)).to.equal('toString');
    expect(outcomeLabel('callback', datasetTexts.en)).to.equal('callback');
  });

  it('fills named values', () => {
    expect(interpolate('Payment of invoice {number}', { number: '2026-07' })).to.equal(
      'Payment of invoice 2026-07',
    );
    expect(interpolate('{missing} stays', {})).to.equal('{missing} stays');
  });
});
