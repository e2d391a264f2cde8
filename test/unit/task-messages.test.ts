import { expect } from '@open-wc/testing';
import { pickMessages } from '../../src/core/i18n.ts';
import { errorSummaryText, taskTabMessages } from '../../src/task-tab/messages.ts';

describe('errorSummaryText', () => {
  const cases: [string, number, string][] = [
    ['pt-BR', 1, 'Corrija 1 campo antes de enviar:'],
    ['pt-BR', 2, 'Corrija 2 campos antes de enviar:'],
    ['pt-BR', 1000, 'Corrija 1.000 campos antes de enviar:'],
    ['en', 1, 'Fix 1 field before sending:'],
    ['en', 3, 'Fix 3 fields before sending:'],
    ['en', 1000, 'Fix 1,000 fields before sending:'],
  ];
  for (const [locale, count, expected] of cases) {
    it(`counts ${count} in ${locale}`, () => {
      const messages = pickMessages(taskTabMessages, locale);

      expect(errorSummaryText(messages, locale, count)).to.equal(expected);
    });
  }

  it('has no "(s)" plural in any message', () => {
    for (const locale of ['pt-BR', 'en']) {
      const texts = Object.values(pickMessages(taskTabMessages, locale));

      expect(texts.filter((text) => text.includes('(s)'))).to.deep.equal([]);
    }
  });
});
