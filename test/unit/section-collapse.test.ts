import { expect } from '@open-wc/testing';
import {
  collapsedSectionsStorageKey,
  loadCollapsedSections,
  saveCollapsedSections,
  sectionKey,
} from '../../src/customer-view360/section-collapse.ts';

/** Creates a Storage over a Map that can reject writes like a full quota. */
function memoryStorage(options: { failWrites?: boolean } = {}): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (options.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('section collapse state', () => {
  it('keys a section by id, else title', () => {
    expect(sectionKey({ id: 'money', title: 'Dados financeiros' })).to.equal('money');
    expect(sectionKey({ title: 'Dados financeiros' })).to.equal('Dados financeiros');
  });

  it('round-trips through storage', () => {
    const storage = memoryStorage();

    saveCollapsedSections(new Set(['money', 'Empresa']), storage);

    expect([...loadCollapsedSections(storage)]).to.deep.equal(['money', 'Empresa']);
  });

  it('reads an empty set from empty or malformed storage', () => {
    const storage = memoryStorage();
    expect(loadCollapsedSections(storage).size).to.equal(0);

    storage.setItem(collapsedSectionsStorageKey, '{not json');
    expect(loadCollapsedSections(storage).size).to.equal(0);

    storage.setItem(collapsedSectionsStorageKey, '{"money": true}');
    expect(loadCollapsedSections(storage).size).to.equal(0);
  });

  it('skips entries that are not strings', () => {
    const storage = memoryStorage();
    storage.setItem(collapsedSectionsStorageKey, '["money", 3, null]');

    expect([...loadCollapsedSections(storage)]).to.deep.equal(['money']);
  });

  it('survives a failing write', () => {
    const storage = memoryStorage({ failWrites: true });

    expect(() => saveCollapsedSections(new Set(['money']), storage)).not.to.throw();
  });
});
