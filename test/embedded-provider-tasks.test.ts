import { expect } from '@open-wc/testing';
import { historyEventSchema, taskSchema } from '../src/core/records.ts';
import { createEmbeddedProvider, type EmbeddedProvider } from '../src/data/embedded-provider.ts';
import { embeddedProvider, firstClientsCsv, rejectionOf, testClock } from './helpers/embedded.ts';

type Row = Record<string, unknown>;

const csvText = firstClientsCsv;

function smallProvider(): Promise<EmbeddedProvider> {
  return createEmbeddedProvider({ csvText, clock: testClock, timeZone: 'America/Sao_Paulo' });
}


async function historyOf(provider: EmbeddedProvider, customerId: string): Promise<Row[]> {
  const { data } = await provider.getList<Row>('history', {
    pagination: { page: 1, perPage: 100 },
    filter: { customerId },
  });
  return data;
}

function execution(outcome: string, values: Row, idempotencyKey = `key-${outcome}`) {
  return { data: { taskId: 'task-1', outcome, values, idempotencyKey } };
}

describe('embedded provider task execution', () => {
  it('rejects missing required fields with body.errors', async () => {
    const provider = await smallProvider();

    const error = await rejectionOf(provider.create('task-executions', execution('promise-to-pay', {})));

    expect(error.status).to.equal(422);
    expect(error.body?.errors).to.deep.equal({
      promiseDate: 'Obrigatório para o resultado "Promessa de pagamento".',
      promiseAmount: 'Obrigatório para o resultado "Promessa de pagamento".',
    });
    expect((await provider.getOne<Row>('tasks', { id: 'task-1' })).data.status).to.equal('open');
  });

  it('rejects data that fails the execution schema', async () => {
    const provider = await smallProvider();

    const error = await rejectionOf(
      provider.create('task-executions', { data: { taskId: 'task-1', outcome: 'paid', values: {} } }),
    );

    expect(error.status).to.equal(422);
    expect(error.body?.errors).to.deep.equal({ idempotencyKey: 'Campo obrigatório.' });
  });

  it('rejects an unknown outcome and an unknown task', async () => {
    const provider = await smallProvider();

    const outcome = await rejectionOf(provider.create('task-executions', execution('vanished', {})));
    const task = await rejectionOf(
      provider.create('task-executions', {
        data: { taskId: 'task-99', outcome: 'paid', values: {}, idempotencyKey: 'k' },
      }),
    );

    expect(outcome.status).to.equal(422);
    expect(outcome.body?.errors).to.have.property('outcome');
    expect(task.status).to.equal(422);
    expect(task.body?.errors).to.have.property('taskId');
  });

  it('rejects a promise date in the past and a zero amount', async () => {
    const provider = await smallProvider();

    const error = await rejectionOf(
      provider.create(
        'task-executions',
        execution('promise-to-pay', { promiseDate: '2026-12-03', promiseAmount: '0' }),
      ),
    );

    expect(error.body?.errors).to.deep.equal({
      promiseDate: 'A data da promessa não pode ser anterior a hoje.',
      promiseAmount: 'Informe um valor maior que zero.',
    });
  });

  it('rejects a weekend promise above the balance', async () => {
    const provider = await smallProvider();

    const error = await rejectionOf(
      provider.create(
        'task-executions',
        execution('promise-to-pay', { promiseDate: '2026-12-05', promiseAmount: '999999.00' }),
      ),
    );

    expect(error.status).to.equal(422);
    expect(error.body?.errors).to.deep.equal({
      promiseDate: 'A data da promessa cai num fim de semana.',
      promiseAmount: 'O valor passa do saldo em aberto do cliente.',
    });
  });

  it('rejects an invalid phone for a wrong number', async () => {
    const provider = await smallProvider();

    const error = await rejectionOf(provider.create('task-executions', execution('wrong-number', { phone: '123' })));

    expect(error.body?.errors).to.deep.equal({ phone: 'Informe um telefone válido com DDD.' });
  });

  it('rejects the phone on record for a wrong number', async () => {
    const provider = await smallProvider();
    const task = (await provider.getOne<Row>('tasks', { id: 'task-1' })).data;
    const onRecord = String((task.values as Row).phone);
    const typed = `(${onRecord.slice(3, 5)}) ${onRecord.slice(5, 10)}-${onRecord.slice(10)}`;

    const error = await rejectionOf(
      provider.create('task-executions', execution('wrong-number', { phone: typed })),
    );

    expect(error.status).to.equal(422);
    expect(error.body?.errors).to.deep.equal({
      phone: 'Informe um valor diferente do atual para o resultado "Número errado".',
    });
  });

  it('closes the task and clears the open task', async () => {
    const provider = await smallProvider();
    const assignee = (await provider.getOne<Row>('tasks', { id: 'task-1' })).data.assigneeId;

    const { data } = await provider.create<Row>('task-executions', execution('no-answer', { note: 'Caixa postal' }));

    expect(data).to.deep.equal({ id: data.id, taskId: 'task-1', outcome: 'no-answer', nextTaskId: null });
    const task = (await provider.getOne<Row>('tasks', { id: 'task-1' })).data;
    expect(task.status).to.equal('done');
    expect(task.outcome).to.equal('no-answer');
    expect((task.values as Row).note).to.equal('Caixa postal');
    expect(taskSchema.safeParse(task).success).to.equal(true);
    const customer = (await provider.getOne<Row>('customers', { id: '1' })).data;
    expect(customer.openTaskId).to.equal(null);
    const events = await historyOf(provider, '1');
    const done = events.filter((event) => event.kind === 'task');
    expect(done).to.have.length(1);
    expect(done[0].status).to.equal('done');
    expect(done[0].outcome).to.equal('Não atendeu');
    expect(done[0].agentId).to.equal(assignee);
    expect(done[0].taskId).to.equal('task-1');
    expect(done[0].at).to.equal('2026-12-04T15:00:00.000Z');
    expect(historyEventSchema.safeParse(done[0]).success).to.equal(true);
  });

  it('rejects running a closed task', async () => {
    const provider = await smallProvider();
    await provider.create('task-executions', execution('refused', {}, 'first'));

    const error = await rejectionOf(provider.create('task-executions', execution('paid', {}, 'second')));

    expect(error.status).to.equal(422);
    expect(error.body?.errors).to.deep.equal({ taskId: 'Esta tarefa não está mais aberta.' });
  });

  it('runs the same idempotency key once', async () => {
    const provider = await smallProvider();

    const first = await provider.create<Row>('task-executions', execution('refused', {}, 'same'));
    const second = await provider.create<Row>('task-executions', execution('refused', {}, 'same'));

    expect(second.data).to.deep.equal(first.data);
    const taskEvents = (await historyOf(provider, '1')).filter((event) => event.kind === 'task');
    expect(taskEvents).to.have.length(1);
  });

  it('opens a follow-up task for a promise to pay', async () => {
    const provider = await smallProvider();

    const { data } = await provider.create<Row>(
      'task-executions',
      execution('promise-to-pay', { promiseDate: '2026-12-15', promiseAmount: '1500.00' }),
    );

    expect(data.nextTaskId).to.be.a('string');
    const followUp = (await provider.getOne<Row>('tasks', { id: data.nextTaskId as string })).data;
    expect(followUp.status).to.equal('open');
    expect(followUp.dueDate).to.equal('2026-12-15');
    expect(followUp.name).to.equal('Acompanhar promessa de pagamento');
    expect(taskSchema.safeParse(followUp).success).to.equal(true);
    const customer = (await provider.getOne<Row>('customers', { id: '1' })).data;
    expect(customer.openTaskId).to.equal(data.nextTaskId);
    const upcoming = (await historyOf(provider, '1')).filter((event) => event.status === 'upcoming');
    expect(upcoming.map((event) => [event.taskId, event.at])).to.deep.equal([
      [data.nextTaskId, '2026-12-15T09:00:00.000-03:00'],
    ]);
  });

  it('updates the customer phone for a wrong number', async () => {
    const provider = await smallProvider();

    await provider.create('task-executions', execution('wrong-number', { phone: '(11) 91234-5678' }));

    const customer = (await provider.getOne<Row>('customers', { id: '1' })).data;
    expect(customer.phone).to.equal('+5511912345678');
  });

  it('writes through the shared provider', async function () {
    this.timeout(120_000);
    const provider = await embeddedProvider();
    const { data: tasks } = await provider.getList<Row>('tasks', {
      pagination: { page: 1, perPage: 1 },
      filter: { status: 'open' },
      sort: { field: 'customerId', order: 'DESC' },
    });
    const task = tasks[0];

    await provider.create('task-executions', {
      data: { taskId: task.id, outcome: 'paid', values: {}, idempotencyKey: `shared-${String(task.id)}` },
    });

    const customer = (await provider.getOne<Row>('customers', { id: task.customerId as string })).data;
    expect(customer.openTaskId).to.equal(null);
  });
});

describe('embedded provider task reassignment', () => {
  it('reassigns and records a note', async () => {
    const provider = await smallProvider();

    const { data } = await provider.update<Row>('tasks', { id: 'task-1', data: { assigneeId: 'agent-4' } });

    expect(data.assigneeId).to.equal('agent-4');
    expect((await provider.getOne<Row>('tasks', { id: 'task-1' })).data.assigneeId).to.equal('agent-4');
    const events = await historyOf(provider, '1');
    const note = events.find((event) => event.kind === 'note')!;
    expect(note.title).to.equal('Tarefa reatribuída para Diego Araújo');
    expect(note.status).to.equal('done');
    expect(note.agentId).to.equal('agent-4');
    const upcoming = events.find((event) => event.status === 'upcoming')!;
    expect(upcoming.agentId).to.equal('agent-4');
  });

  it('rejects an unknown agent with body.errors', async () => {
    const provider = await smallProvider();

    const error = await rejectionOf(provider.update('tasks', { id: 'task-1', data: { assigneeId: 'agent-9' } }));

    expect(error.status).to.equal(422);
    expect(error.body?.errors).to.deep.equal({ assigneeId: 'Selecione um agente existente.' });
    expect((await historyOf(provider, '1')).some((event) => event.kind === 'note')).to.equal(false);
  });

  it('rejects an unknown task with 404', async () => {
    const provider = await smallProvider();

    const error = await rejectionOf(provider.update('tasks', { id: 'task-2', data: { assigneeId: 'agent-1' } }));

    expect(error.status).to.equal(404);
  });

  it('rejects updating other resources', async () => {
    const provider = await smallProvider();

    const error = await rejectionOf(provider.update('customers', { id: '1', data: { name: 'X' } }));

    expect(error.status).to.equal(405);
  });
});
