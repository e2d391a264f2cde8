import { expect } from '@open-wc/testing';
import { createEmbeddedProvider, type EmbeddedProvider } from '../src/data/embedded-provider.ts';
import { rejectionOf, testClock } from './helpers/embedded.ts';

type Row = Record<string, any>;

// Line 2 of data/clients.csv. Client 1's August remainder is overdue: the
// September repayment code is 2.
const csvText = [
  'ID,X1,X2,X3,X4,X5,X6,X7,X8,X9,X10,X11,X12,X13,X14,X15,X16,X17,X18,X19,X20,X21,X22,X23,Y',
  '1,20000,2,2,1,24,2,2,-1,-1,-2,-2,3913,3102,689,0,0,0,0,689,0,0,0,0,1',
].join('\n');

function provider(): Promise<EmbeddedProvider> {
  return createEmbeddedProvider({ csvText, clock: testClock, timeZone: 'America/Sao_Paulo' });
}

async function overdueInvoice(store: EmbeddedProvider): Promise<Row> {
  const { data } = await store.getList<Row>('invoices', {
    pagination: { page: 1, perPage: 10 },
    filter: { customerId: '1' },
  });
  const invoice = data.find((row) => row.dueDate < store.today && row.paidAmount < row.amount);
  if (!invoice) throw new Error('client 1 has no overdue invoice');
  return invoice;
}


describe('embedded provider recordPayment', () => {
  it('pays an overdue invoice in full', async () => {
    const store = await provider();
    const invoice = await overdueInvoice(store);
    const before = (await store.getOne<Row>('customers', { id: '1' })).data;
    const open = invoice.amount - invoice.paidAmount;

    const result = await store.recordPayment({ invoiceId: invoice.id, amount: open });

    const after = (await store.getOne<Row>('customers', { id: '1' })).data;
    const paid = (await store.getOne<Row>('invoices', { id: invoice.id })).data;
    expect(result).to.deep.equal({ customerId: '1' });
    expect(paid.paidAmount).to.equal(invoice.paidAmount + open);
    expect(paid.paidDate).to.equal(store.today);
    expect(after.overdueBalance).to.equal(Math.max(0, before.overdueBalance - open));
    expect(after.balance).to.equal(Math.max(0, before.balance - open));
  });

  it('adds a done payment event', async () => {
    const store = await provider();
    const invoice = await overdueInvoice(store);

    await store.recordPayment({ invoiceId: invoice.id, amount: '10.50' });

    const { data } = await store.getList<Row>('history', {
      pagination: { page: 1, perPage: 100 },
      filter: { customerId: '1' },
    });
    const event = data.find((row) => row.title === `Pagamento da fatura ${invoice.number}`);
    expect(event?.kind).to.equal('payment');
    expect(event?.status).to.equal('done');
    expect(event?.amount).to.equal(10.5);
    expect(event?.at).to.equal(testClock.now().toISOString());
  });

  it('keeps a partial payment open', async () => {
    const store = await provider();
    const invoice = await overdueInvoice(store);

    await store.recordPayment({ invoiceId: invoice.id, amount: 1 });

    const paid = (await store.getOne<Row>('invoices', { id: invoice.id })).data;
    expect(paid.paidAmount).to.equal(invoice.paidAmount + 1);
    expect(paid.paidDate).to.equal(invoice.paidDate);
  });

  it('rejects an unknown invoice', async () => {
    const store = await provider();

    const error = await rejectionOf(store.recordPayment({ invoiceId: '1-1999-01', amount: 5 }));

    expect(error.status).to.equal(422);
    expect(error.body?.errors?.invoiceId).to.equal('Fatura não encontrada.');
  });

  for (const amount of [0, -5, 'abc', '']) {
    it(`rejects the amount ${JSON.stringify(amount)}`, async () => {
      const store = await provider();
      const invoice = await overdueInvoice(store);

      const error = await rejectionOf(store.recordPayment({ invoiceId: invoice.id, amount }));

      expect(error.status).to.equal(422);
      expect(error.body?.errors?.amount).to.equal('Informe um valor positivo.');
    });
  }
});
