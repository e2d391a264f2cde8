import { expect } from '@open-wc/testing';
import type { Customer } from '../../src/core/records.ts';
import { foldForSearch } from '../../src/data/names.ts';
import {
  createArrayCustomerProvider,
  createScaledProvider,
  scaleCustomers,
  type ArrayCustomerProvider,
} from '../../src/data/scaled-customers.ts';
import { embeddedProvider } from '../helpers/embedded.ts';

let scaled: Promise<ArrayCustomerProvider> | undefined;

function scaledProvider(): Promise<ArrayCustomerProvider> {
  scaled ??= embeddedProvider().then((base) => createScaledProvider(base));
  return scaled;
}

function names(result: { data: Customer[] }): string[] {
  return result.data.map((customer) => customer.name);
}

describe('scaled customers', () => {
  it('has 100,000 customers after the 30,000 real ones', async () => {
    const provider = await scaledProvider();

    const first = await provider.getList<Customer>('customers', {
      pagination: { page: 1, perPage: 1 },
      filter: {},
    });
    const last = await provider.getList<Customer>('customers', {
      pagination: { page: 100_000, perPage: 1 },
      filter: {},
    });

    expect(first.total).to.equal(100_000);
    expect(first.data[0].id).to.equal('1');
    expect(first.data[0]).not.to.have.property('generated');
    expect(last.data[0].id).to.equal('100000');
    expect(last.data[0]).to.have.property('generated', true);
    expect(provider.customers[29_999].id).to.equal('30000');
    expect(provider.customers[30_000].id).to.equal('30001');
  });

  it('derives customers deterministically', async () => {
    const real = (await scaledProvider()).customers.slice(0, 30_000);

    const once = scaleCustomers(real, 30_010).slice(30_000);
    const again = scaleCustomers(real, 30_010).slice(30_000);

    expect(once).to.deep.equal(again);
    expect(once[0].sex).to.equal(real[0].sex);
    expect(once[0].name.split(' ')[0]).to.equal(real[0].name.split(' ')[0]);
    expect(Math.abs((once[0].score as number) - (real[0].score as number))).to.be.at.most(40);
    expect(once[0].document).to.match(/^\d{11}$/);
    expect(once[0].document).not.to.equal(real[0].document);
  });

  it('searches names ignoring accents and case', async () => {
    const provider = await scaledProvider();
    const accented = provider.customers.find((customer) => /[áéíóúãõç]/i.test(customer.name))!;
    const word = accented.name.split(' ').find((part) => /[áéíóúãõç]/i.test(part))!;
    const plain = foldForSearch(word).toUpperCase();

    const result = await provider.getList<Customer>('customers', {
      pagination: { page: 1, perPage: 50 },
      filter: { q: plain },
    });

    expect(result.total).to.be.greaterThan(0);
    for (const name of names(result)) expect(foldForSearch(name)).to.contain(foldForSearch(word));
  });

  it('sorts by name both ways', async () => {
    const provider = await scaledProvider();
    const request = (order: 'ASC' | 'DESC') =>
      provider.getList<Customer>('customers', {
        pagination: { page: 1, perPage: 200 },
        filter: {},
        sort: { field: 'name', order },
      });

    const ascending = names(await request('ASC')).map(foldForSearch);
    const descending = names(await request('DESC')).map(foldForSearch);

    for (let index = 1; index < ascending.length; index += 1) {
      expect(ascending[index - 1] <= ascending[index], ascending[index]).to.equal(true);
      expect(descending[index - 1] >= descending[index], descending[index]).to.equal(true);
    }
  });

  it('filters by value and range', async () => {
    const provider = await scaledProvider();

    const result = await provider.getList<Customer>('customers', {
      pagination: { page: 1, perPage: 100_000 },
      filter: { sex: 'female', score_gte: 900, score_lte: 950 },
      sort: { field: 'score', order: 'DESC' },
    });
    const expected = provider.customers.filter(
      (c) => c.sex === 'female' && (c.score as number) >= 900 && (c.score as number) <= 950,
    );

    expect(result.total).to.equal(expected.length);
    expect(result.data[0].score).to.equal(950);
    expect(result.data.at(-1)!.score).to.equal(900);
    expect(result.data.every((c) => c.sex === 'female')).to.equal(true);
  });

  it('keeps equal values in dataset order when descending', () => {
    const customers = [
      { id: '1', name: 'B', score: 5 },
      { id: '2', name: 'A', score: 7 },
      { id: '3', name: 'C', score: 5 },
      { id: '4', name: 'D' },
    ] as Customer[];
    const provider = createArrayCustomerProvider(customers);

    return provider
      .getList<Customer>('customers', {
        pagination: { page: 1, perPage: 10 },
        filter: {},
        sort: { field: 'score', order: 'DESC' },
      })
      .then((result) => {
        expect(result.data.map((c) => c.id)).to.deep.equal(['2', '1', '3', '4']);
      });
  });

  it('rejects resources it cannot answer without a base', async () => {
    const provider = createArrayCustomerProvider([]);

    let failure: unknown;
    try {
      await provider.getList('invoices', { pagination: { page: 1, perPage: 1 }, filter: {} });
    } catch (error) {
      failure = error;
    }

    expect(failure).to.have.property('status', 404);
  });
});
