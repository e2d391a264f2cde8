import { expect } from '@open-wc/testing';
import { customerSchema } from '../../src/core/records.ts';
import { validateRecords } from '../../src/core/validate-records.ts';

function silenced<T>(run: () => T): { result: T; logged: string[] } {
  const original = console.warn;
  const logged: string[] = [];
  console.warn = (message: string) => logged.push(message);
  try {
    return { result: run(), logged };
  } finally {
    console.warn = original;
  }
}

describe('validateRecords', () => {
  it('keeps valid records', () => {
    const { result, logged } = silenced(() =>
      validateRecords('customer-list', 'customers', [{ id: '1', name: 'Ana' }], customerSchema),
    );

    expect(result.records).to.deep.equal([{ id: '1', name: 'Ana' }]);
    expect(logged).to.deep.equal([]);
  });

  it('skips a record of the wrong type', () => {
    const { result, logged } = silenced(() =>
      validateRecords('customer-list', 'customers', [{ id: '7', name: 404 }], customerSchema),
    );

    expect(result.records).to.deep.equal([]);
    expect(logged[0]).to.match(/^customer-list: skipped customers record "7": .* at name$/);
  });

  it('names a missing id', () => {
    const { logged } = silenced(() =>
      validateRecords('customer-list', 'customers', [{ name: 'Ana' }], customerSchema),
    );

    expect(logged[0]).to.contain('record (missing id)');
  });

  it('skips a repeated id', () => {
    const { result, logged } = silenced(() =>
      validateRecords(
        'customer-list',
        'customers',
        [
          { id: 1, name: 'Ana' },
          { id: '1', name: 'Bia' },
        ],
        customerSchema,
      ),
    );

    expect(result.records.map((record) => record.name)).to.deep.equal(['Ana']);
    expect(logged).to.deep.equal(['customer-list: skipped customers record "1": repeated id']);
  });

  it('reports a response that is not an array', () => {
    const { result, logged } = silenced(() =>
      validateRecords('invoice-tab', 'invoices', { rows: [] }, customerSchema),
    );

    expect(result.records).to.deep.equal([]);
    expect(logged[0]).to.equal(
      'invoice-tab: skipped the invoices response: expected an array of records',
    );
  });
});
