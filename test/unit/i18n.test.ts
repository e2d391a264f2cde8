import { expect } from '@open-wc/testing';
import {
  defineMessages,
  interpolate,
  localeMessages,
  messageCatalogNames,
  onLocaleRegistered,
  pickMessages,
  registerLocale,
  type MessageCatalog,
} from '../../src/core/i18n.ts';
import { stateMessages } from '../../src/core/states.ts';
import { invoiceStatusMessages, invoiceTabMessages } from '../../src/invoice-tab/messages.ts';
import { billingTabMessages } from '../../src/billing-tab/messages.ts';
import { taskTabMessages } from '../../src/task-tab/messages.ts';
import { scoreGaugeMessages } from '../../src/score-gauge/messages.ts';
import { crmScopeMessages } from '../../src/crm-scope/messages.ts';

type Key = 'greeting' | 'farewell';

let catalogCount = 0;

/** Defines a fresh catalog under a unique name, so registrations do not leak between tests. */
function testCatalog(): { name: string; catalog: MessageCatalog<Key> } {
  catalogCount += 1;
  const name = `test-catalog-${catalogCount}`;
  const catalog = defineMessages<Key>(name, {
    'pt-BR': { greeting: 'Olá', farewell: 'Tchau' },
    en: { greeting: 'Hello', farewell: 'Bye' },
    es: { greeting: 'Hola', farewell: 'Adiós' },
  });
  return { name, catalog };
}

describe('pickMessages', () => {
  const { catalog } = testCatalog();

  it('picks the exact tag', () => {
    expect(pickMessages(catalog, 'es').greeting).to.equal('Hola');
    expect(pickMessages(catalog, 'pt-BR').greeting).to.equal('Olá');
  });

  it('ignores letter case', () => {
    expect(pickMessages(catalog, 'PT-br').greeting).to.equal('Olá');
  });

  it('falls back to the language', () => {
    expect(pickMessages(catalog, 'es-MX').greeting).to.equal('Hola');
    expect(pickMessages(catalog, 'pt-PT').greeting).to.equal('Olá');
    expect(pickMessages(catalog, 'en-GB').greeting).to.equal('Hello');
  });

  it('falls back to English for an unknown locale', () => {
    expect(pickMessages(catalog, 'de-DE').greeting).to.equal('Hello');
    expect(pickMessages(catalog, '').greeting).to.equal('Hello');
  });

  it('warns once per locale shown in English', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      pickMessages(catalog, 'xx-ZZ');
      pickMessages(catalog, 'xx-ZZ');
      pickMessages(catalog, 'en-GB');
      pickMessages(catalog, 'pt-PT');
    } finally {
      console.warn = original;
    }

    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"xx-ZZ"');
    expect(warnings[0]).to.contain("registerLocale('xx-ZZ'");
  });
});

describe('registerLocale', () => {
  it('adds a locale to a defined catalog', () => {
    const { name, catalog } = testCatalog();

    registerLocale('fr', { [name]: { greeting: 'Bonjour', farewell: 'Au revoir' } });

    expect(pickMessages(catalog, 'fr').greeting).to.equal('Bonjour');
    expect(pickMessages(catalog, 'fr-CA').farewell).to.equal('Au revoir');
  });

  it('fills missing keys with English', () => {
    const { name, catalog } = testCatalog();

    registerLocale('fr', { [name]: { greeting: 'Bonjour' } });

    expect(pickMessages(catalog, 'fr').farewell).to.equal('Bye');
  });

  it('replaces single messages of a built-in locale', () => {
    const { name, catalog } = testCatalog();

    registerLocale('pt-BR', { [name]: { greeting: 'Oi' } });

    expect(pickMessages(catalog, 'pt-BR').greeting).to.equal('Oi');
    expect(pickMessages(catalog, 'pt-BR').farewell).to.equal('Tchau');
  });

  it('keeps earlier messages of the same locale', () => {
    const { name, catalog } = testCatalog();

    registerLocale('fr', { [name]: { greeting: 'Bonjour' } });
    registerLocale('fr', { [name]: { farewell: 'Au revoir' } });

    expect(pickMessages(catalog, 'fr').greeting).to.equal('Bonjour');
    expect(pickMessages(catalog, 'fr').farewell).to.equal('Au revoir');
  });

  it('stores the canonical tag', () => {
    const { name, catalog } = testCatalog();

    registerLocale('FR-ca', { [name]: { greeting: 'Allô' } });

    expect(Object.keys(catalog)).to.include('fr-CA');
    expect(pickMessages(catalog, 'fr-CA').greeting).to.equal('Allô');
  });

  it('applies messages to a catalog defined later', () => {
    catalogCount += 1;
    const name = `test-catalog-${catalogCount}`;

    registerLocale('it', { [name]: { greeting: 'Ciao' } });
    const catalog = defineMessages<Key>(name, {
      'pt-BR': { greeting: 'Olá', farewell: 'Tchau' },
      en: { greeting: 'Hello', farewell: 'Bye' },
    });

    expect(pickMessages(catalog, 'it').greeting).to.equal('Ciao');
    expect(pickMessages(catalog, 'it').farewell).to.equal('Bye');
  });

  it('drops unknown keys with a warning', () => {
    const { name, catalog } = testCatalog();
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);

    try {
      registerLocale('fr', { [name]: { greeting: 'Bonjour', greting: 'Salut' } });
    } finally {
      console.warn = originalWarn;
    }

    expect(Object.keys(pickMessages(catalog, 'fr'))).not.to.include('greting');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain("catalog 'test-catalog-");
    expect(warnings[0]).to.contain('greting');
  });

  it('rejects an invalid language tag', () => {
    const { name } = testCatalog();

    expect(() => registerLocale('not a tag', { [name]: { greeting: 'x' } })).to.throw(RangeError);
  });

  it('notifies listeners with the canonical tag', () => {
    const { name } = testCatalog();
    const tags: string[] = [];
    const stop = onLocaleRegistered((tag) => tags.push(tag));

    registerLocale('de-de', { [name]: { greeting: 'Hallo' } });
    stop();
    registerLocale('nl', { [name]: { greeting: 'Hallo' } });

    expect(tags).to.deep.equal(['de-DE']);
  });
});

describe('localeMessages', () => {
  it('lists the catalogs of the elements', () => {
    const names = messageCatalogNames();

    for (const name of [
      'states',
      'invoice-tab',
      'invoice-status',
      'billing-tab',
      'task-tab',
      'score-gauge',
      'crm-scope',
    ]) {
      expect(names, name).to.include(name);
    }
  });

  it('copies one locale of every catalog', () => {
    const spanish = localeMessages('es');

    expect(spanish['invoice-tab'].empty).to.equal('No hay facturas');
    expect(spanish.states.loading).to.equal('Cargando…');
  });
});

describe('built-in catalogs', () => {
  const catalogs = {
    states: stateMessages,
    'invoice-tab': invoiceTabMessages,
    'invoice-status': invoiceStatusMessages,
    'billing-tab': billingTabMessages,
    'task-tab': taskTabMessages,
    'score-gauge': scoreGaugeMessages,
    'crm-scope': crmScopeMessages,
  };

  for (const [name, catalog] of Object.entries(catalogs)) {
    it(`${name} has the same keys in pt-BR, en and es`, () => {
      const keys = Object.keys(catalog.en).sort();

      expect(Object.keys(catalog['pt-BR']).sort()).to.deep.equal(keys);
      expect(Object.keys(catalog.es).sort()).to.deep.equal(keys);
    });

    it(`${name} keeps the placeholders of each message in es`, () => {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

      for (const [key, english] of Object.entries(catalog.en)) {
        expect(placeholders(catalog.es[key as keyof typeof catalog.es]), key).to.deep.equal(
          placeholders(english),
        );
      }
    });
  }
});

describe('interpolate', () => {
  it('fills known names and keeps unknown ones', () => {
    expect(interpolate('{count} de {max} {other}', { count: 3, max: '10' })).to.equal(
      '3 de 10 {other}',
    );
  });
});
