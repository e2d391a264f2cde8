import { expect } from '@open-wc/testing';
import { customerSchema, historyEventSchema, invoiceSchema, taskSchema } from '../src/core/records.ts';
import { ProviderError } from '../src/core/provider.ts';
import { createEmbeddedProvider } from '../src/data/embedded-provider.ts';
import { foldForSearch } from '../src/data/names.ts';
import { embeddedProvider, rejectionOf, testClock } from './helpers/embedded.ts';

type Row = Record<string, unknown>;

const all = { page: 1, perPage: 200_000 };


before(async function () {
  // Building 30,000 customers takes seconds on a busy machine; later tests reuse the provider.
  this.timeout(120_000);
  await embeddedProvider();
});

describe('embedded provider over the real dataset', () => {
  it('loads the shipped CSV without errors', async () => {
    const provider = await embeddedProvider();

    expect(provider.errors).to.deep.equal([]);
    expect(provider.today).to.equal('2026-12-04');
    expect(provider.timeZone).to.equal('America/Sao_Paulo');
  });

  it('returns client 1 as computed from the CSV', async () => {
    const provider = await embeddedProvider();

    const { data } = await provider.getOne<Row>('customers', { id: 1 });

    expect(data.id).to.equal('1');
    expect(data.creditLimit).to.equal(20000);
    expect(data.balance).to.equal(3913);
    expect(data.overdueBalance).to.equal(3102);
    expect(data.score).to.equal(510);
    expect(data.openTaskId).to.equal('task-1');
  });

  it('passes the customer schema for every customer', async () => {
    const provider = await embeddedProvider();

    const { data, total } = await provider.getList<Row>('customers', { pagination: all });

    expect(total).to.equal(30000);
    const failures = data.filter((record) => !customerSchema.safeParse(record).success);
    expect(failures).to.deep.equal([]);
  });

  it('passes the invoice schema for every invoice', async function () {
    this.timeout(120_000);
    const provider = await embeddedProvider();

    const { data, total } = await provider.getList<Row>('invoices', { pagination: all });

    expect(total).to.equal(180000);
    const failures = data.filter((record) => !invoiceSchema.safeParse(record).success);
    expect(failures).to.deep.equal([]);
  });

  it('passes the task and history schemas', async function () {
    this.timeout(120_000);
    const provider = await embeddedProvider();

    const tasks = await provider.getList<Row>('tasks', { pagination: all });
    const history = await provider.getList<Row>('history', { pagination: all });

    expect(tasks.total).to.be.greaterThan(1000);
    expect(tasks.data.filter((record) => !taskSchema.safeParse(record).success)).to.deep.equal([]);
    expect(history.data.filter((record) => !historyEventSchema.safeParse(record).success)).to.deep.equal([]);
    expect(new Set(history.data.map((event) => event.id)).size).to.equal(history.total);
  });

  it('opens a task for exactly the customers with an overdue balance', async () => {
    const provider = await embeddedProvider();

    const { data } = await provider.getList<Row>('customers', { pagination: all });

    for (const customer of data) {
      expect(customer.openTaskId !== null, `customer ${String(customer.id)}`).to.equal(
        (customer.overdueBalance as number) > 0,
      );
    }
  });
});

describe('embedded provider customer search', () => {
  it('finds accented names without accents', async () => {
    const provider = await embeddedProvider();

    const plain = await provider.getList<Row>('customers', { pagination: { page: 1, perPage: 5 }, filter: { q: 'joao' } });
    const accented = await provider.getList<Row>('customers', {
      pagination: { page: 1, perPage: 5 },
      filter: { q: 'JOÃO' },
    });

    expect(plain.total).to.be.greaterThan(0);
    expect(accented.total).to.equal(plain.total);
    for (const customer of plain.data) expect(customer.name as string).to.contain('João');
  });

  it('requires every word of the query', async () => {
    const provider = await embeddedProvider();

    const { data, total } = await provider.getList<Row>('customers', {
      pagination: { page: 1, perPage: 100 },
      filter: { q: 'conceicao joao' },
    });

    expect(total).to.be.greaterThan(0);
    for (const customer of data) {
      const name = foldForSearch(customer.name as string);
      expect(name).to.contain('joao');
      expect(name).to.contain('conceicao');
    }
  });

  it('finds a customer by formatted CPF digits', async () => {
    const provider = await embeddedProvider();
    const { data: customer } = await provider.getOne<Row>('customers', { id: '1234' });
    const cpf = customer.document as string;
    const formatted = `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;

    const { data, total } = await provider.getList<Row>('customers', {
      pagination: { page: 1, perPage: 10 },
      filter: { q: formatted },
    });

    expect(total).to.equal(1);
    expect(data[0].id).to.equal('1234');
  });

  it('returns nothing for an unknown name', async () => {
    const provider = await embeddedProvider();

    const result = await provider.getList('customers', {
      pagination: { page: 1, perPage: 10 },
      filter: { q: 'zzzz' },
    });

    expect(result).to.deep.equal({ data: [], total: 0 });
  });
});

describe('embedded provider sorting and paging', () => {
  it('pages with the full total', async () => {
    const provider = await embeddedProvider();

    const second = await provider.getList<Row>('customers', { pagination: { page: 2, perPage: 25 } });
    const last = await provider.getList<Row>('customers', { pagination: { page: 1201, perPage: 25 } });
    const beyond = await provider.getList<Row>('customers', { pagination: { page: 2000, perPage: 25 } });

    expect(second.total).to.equal(30000);
    expect(second.data.map((customer) => customer.id)).to.deep.equal(
      Array.from({ length: 25 }, (_, index) => String(26 + index)),
    );
    expect(last.data).to.have.length(0);
    expect(beyond.total).to.equal(30000);
  });

  it('pages a search with its own total', async () => {
    const provider = await embeddedProvider();

    const first = await provider.getList<Row>('customers', { pagination: { page: 1, perPage: 7 }, filter: { q: 'joao' } });
    const lastPage = Math.ceil(first.total! / 7);
    const last = await provider.getList<Row>('customers', {
      pagination: { page: lastPage, perPage: 7 },
      filter: { q: 'joao' },
    });

    expect(first.data).to.have.length(7);
    expect(last.data.length).to.equal(first.total! - (lastPage - 1) * 7);
  });

  it('sorts names with the pt-BR collator', async () => {
    const provider = await embeddedProvider();

    const { data } = await provider.getList<Row>('customers', {
      pagination: { page: 1, perPage: 30000 },
      sort: { field: 'name', order: 'ASC' },
    });

    const names = data.map((customer) => customer.name as string);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('pt-BR').compare));
    // The collator puts "Ângelo" among the A names, where code-unit order would put it after "Z".
    const firstAngelo = names.findIndex((name) => name.startsWith('Ângelo'));
    const firstB = names.findIndex((name) => name.startsWith('B'));
    expect(firstAngelo).to.be.greaterThan(-1);
    expect(firstAngelo).to.be.lessThan(firstB);
  });

  it('sorts numbers numerically in both orders', async () => {
    const provider = await embeddedProvider();

    const descending = await provider.getList<Row>('customers', {
      pagination: { page: 1, perPage: 30000 },
      sort: { field: 'creditLimit', order: 'DESC' },
    });
    const ascending = await provider.getList<Row>('customers', {
      pagination: { page: 1, perPage: 3 },
      sort: { field: 'creditLimit', order: 'ASC' },
    });

    const limits = descending.data.map((customer) => customer.creditLimit as number);
    expect(limits[0]).to.equal(1000000);
    for (let index = 1; index < limits.length; index++) expect(limits[index] <= limits[index - 1]).to.equal(true);
    expect(ascending.data[0].creditLimit).to.equal(10000);
  });

  it('sorts by a nested path', async () => {
    const provider = await embeddedProvider();

    const { data } = await provider.getList<Row>('customers', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'address.city', order: 'DESC' },
    });

    expect((data[0].address as { city: string }).city).to.equal('Uberlândia');
  });

  it('rejects an invalid page', async () => {
    const provider = await embeddedProvider();

    const error = await rejectionOf(provider.getList('customers', { pagination: { page: 0, perPage: 10 } }));

    expect(error.status).to.equal(400);
  });
});

describe('embedded provider other resources', () => {
  it('lists the six invoices of a customer', async () => {
    const provider = await embeddedProvider();

    const { data, total } = await provider.getList<Row>('invoices', {
      pagination: { page: 1, perPage: 50 },
      filter: { customerId: 1 },
      sort: { field: 'dueDate', order: 'DESC' },
    });

    expect(total).to.equal(6);
    expect(data.map((invoice) => invoice.statementMonth)).to.deep.equal([
      '2026-11',
      '2026-10',
      '2026-09',
      '2026-08',
      '2026-07',
      '2026-06',
    ]);
    expect(data[0].currency).to.equal('TWD');
  });

  it('filters tasks by customer and status', async () => {
    const provider = await embeddedProvider();

    const open = await provider.getList<Row>('tasks', {
      pagination: { page: 1, perPage: 10 },
      filter: { customerId: '1', status: 'open' },
    });
    const done = await provider.getList<Row>('tasks', {
      pagination: { page: 1, perPage: 10 },
      filter: { customerId: '1', status: 'done' },
    });

    expect(open.data.map((task) => task.id)).to.deep.equal(['task-1']);
    expect(done.total).to.equal(0);
  });

  it('filters history by an inclusive instant range', async () => {
    const provider = await embeddedProvider();

    const { data, total } = await provider.getList<Row>('history', {
      pagination: { page: 1, perPage: 50 },
      filter: { customerId: '1', from: '2026-10-20T15:00:00Z', to: '2026-11-15T13:00:00Z' },
    });

    // 12:00 and 10:00 in São Paulo (UTC-3) are 15:00 and 13:00 UTC: both ends count.
    expect(total).to.equal(2);
    expect(data.map((event) => event.kind)).to.deep.equal(['payment', 'contact']);
  });

  it('rejects an invalid history range', async () => {
    const provider = await embeddedProvider();

    const error = await rejectionOf(
      provider.getList('history', { pagination: { page: 1, perPage: 5 }, filter: { from: 'yesterday' } }),
    );

    expect(error.status).to.equal(400);
  });

  it('lists and reads agents', async () => {
    const provider = await embeddedProvider();

    const { data, total } = await provider.getList<Row>('agents', { pagination: { page: 1, perPage: 10 } });
    const agent = await provider.getOne<Row>('agents', { id: 'agent-3' });

    expect(total).to.equal(5);
    expect(data.map((agent) => agent.id)).to.deep.equal(['agent-1', 'agent-2', 'agent-3', 'agent-4', 'agent-5']);
    expect(agent.data.name).to.equal('Carla Magalhães');
  });

  it('reads one record of each resource', async () => {
    const provider = await embeddedProvider();

    const invoice = await provider.getOne<Row>('invoices', { id: '1-2026-10' });
    const task = await provider.getOne<Row>('tasks', { id: 'task-1' });
    const event = await provider.getOne<Row>('history', { id: '1-payment-2026-10' });

    expect(invoice.data.amount).to.equal(3102);
    expect(task.data.customerId).to.equal('1');
    expect(event.data.amount).to.equal(689);
  });

  it('rejects an unknown id with 404', async () => {
    const provider = await embeddedProvider();

    const error = await rejectionOf(provider.getOne('customers', { id: '30001' }));

    expect(error).to.be.instanceOf(ProviderError);
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('not found');
  });

  it('rejects an unknown resource with 404', async () => {
    const provider = await embeddedProvider();

    const list = await rejectionOf(provider.getList('products', { pagination: { page: 1, perPage: 1 } }));
    const update = await rejectionOf(provider.update('products', { id: 1, data: {} }));

    expect(list.status).to.equal(404);
    expect(update.status).to.equal(404);
  });

  it('returns copies of the stored records', async () => {
    const provider = await embeddedProvider();
    const first = await provider.getOne<Row>('customers', { id: '2' });

    first.data.name = 'Changed';
    (first.data.address as { city: string }).city = 'Changed';
    const second = await provider.getOne<Row>('customers', { id: '2' });

    expect(second.data.name).not.to.equal('Changed');
    expect((second.data.address as { city: string }).city).not.to.equal('Changed');
  });
});

describe('embedded provider abort and latency', () => {
  const csvText = [
    'ID,X1,X2,X3,X4,X5,X6,X7,X8,X9,X10,X11,X12,X13,X14,X15,X16,X17,X18,X19,X20,X21,X22,X23,Y',
    '1,20000,2,2,1,24,2,2,-1,-1,-2,-2,3913,3102,689,0,0,0,0,689,0,0,0,0,1',
  ].join('\n');

  it('rejects at once when the signal is already aborted', async () => {
    const provider = await embeddedProvider();
    const controller = new AbortController();
    controller.abort();

    const error = await rejectionOf(provider.getOne('customers', { id: '1', signal: controller.signal }));

    expect(error).to.be.instanceOf(DOMException);
    expect(error.name).to.equal('AbortError');
  });

  it('rejects during the latency when the signal aborts', async () => {
    const provider = await createEmbeddedProvider({ csvText, clock: testClock, latencyMs: 60_000 });
    const controller = new AbortController();

    const pending = rejectionOf(provider.getOne('customers', { id: '1', signal: controller.signal }));
    controller.abort();
    const error = await pending;

    expect(error.name).to.equal('AbortError');
  });

  it('answers after the latency', async () => {
    const provider = await createEmbeddedProvider({ csvText, clock: testClock, latencyMs: 20 });

    const { data } = await provider.getOne<Row>('customers', { id: '1' });

    expect(data.id).to.equal('1');
  });

  it('does not write when aborted', async () => {
    const provider = await createEmbeddedProvider({ csvText, clock: testClock, latencyMs: 60_000 });
    const controller = new AbortController();

    const pending = rejectionOf(
      provider.update('tasks', { id: 'task-1', data: { assigneeId: 'agent-5' }, signal: controller.signal }),
    );
    controller.abort();
    await pending;
    const fast = await createEmbeddedProvider({ csvText, clock: testClock });
    const before = await fast.getOne<Row>('tasks', { id: 'task-1' });

    expect((await pending).name).to.equal('AbortError');
    expect(before.data.assigneeId).to.match(/^agent-[1-5]$/);
  });

  it('rejects when the CSV is not found', async () => {
    const missing = new URL('../data/missing.csv', import.meta.url);

    let message = '';
    try {
      await createEmbeddedProvider({ csvUrl: missing, clock: testClock });
    } catch (error) {
      message = (error as Error).message;
    }

    expect(message).to.contain('missing.csv');
    expect(message).to.contain('HTTP 404');
  });

  it('exposes malformed CSV lines', async () => {
    const provider = await createEmbeddedProvider({ csvText: `${csvText}\n2,oops`, clock: testClock });

    expect(provider.errors).to.deep.equal([{ line: 3, message: 'Expected 25 columns, got 2' }]);
    expect((await provider.getList('customers', { pagination: { page: 1, perPage: 5 } })).total).to.equal(1);
  });

  it('uses the clock date in its zone', async () => {
    // 02:30 UTC on December 5 is still December 4 in São Paulo.
    const clock = { now: () => new Date('2026-12-05T02:30:00Z') };

    const saoPaulo = await createEmbeddedProvider({ csvText, clock });
    const tokyo = await createEmbeddedProvider({ csvText, clock, timeZone: 'Asia/Tokyo' });

    expect(saoPaulo.today).to.equal('2026-12-04');
    expect(tokyo.today).to.equal('2026-12-05');
  });
});
