import { expect } from '@open-wc/testing';
import { createEmbeddedProvider, type EmbeddedProvider } from '../src/data/embedded-provider.ts';
import { firstClientsCsv, rejectionOf, testClock } from './helpers/embedded.ts';

type Row = Record<string, unknown>;

const csvText = firstClientsCsv;

function providerIn(locale?: string): Promise<EmbeddedProvider> {
  return createEmbeddedProvider({
    csvText,
    clock: testClock,
    timeZone: 'America/Sao_Paulo',
    ...(locale === undefined ? {} : { locale }),
  });
}

async function historyTitles(provider: EmbeddedProvider, customerId: string): Promise<string[]> {
  const { data } = await provider.getList<Row>('history', {
    pagination: { page: 1, perPage: 100 },
    filter: { customerId },
  });
  return data.map((event) => String(event.title));
}

describe('embedded provider language', () => {
  it('writes tasks in pt-BR by default', async () => {
    const provider = await providerIn();

    const { data: task } = await provider.getOne<Row>('tasks', { id: 'task-1' });

    expect(task.name).to.equal('Cobrança de fatura em atraso');
    expect((task.eventOptions as Row[])[0].label).to.equal('Promessa de pagamento');
  });

  it('writes tasks and history in English', async () => {
    const provider = await providerIn('en-US');

    const { data: task } = await provider.getOne<Row>('tasks', { id: 'task-1' });

    expect(task.name).to.equal('Collect overdue invoice');
    expect((task.eventOptions as Row[]).map((option) => option.label)).to.deep.equal([
      'Promise to pay',
      'Already paid',
      'No answer',
      'Wrong number',
      'Refused to pay',
    ]);
    expect((task.fields as Row[]).map((field) => field.label)).to.deep.equal([
      'Phone',
      'Promise date',
      'Promised amount',
      'Note',
    ]);
    expect(String(task.template)).to.match(/^Hello, \{\{customer\.name\}\}\./);
    expect(String(task.script)).to.contain('**Opening**');
    const titles = await historyTitles(provider, '1');
    expect(titles).to.include('Collect overdue invoice');
    expect(titles).to.include('Collection call');
    expect(titles.some((title) => title.startsWith('Payment of invoice '))).to.equal(true);
    expect(titles.join(' ')).to.not.match(/Cobrança|Ligação|Pagamento/);
  });

  it('rejects an execution with Spanish field errors', async () => {
    const provider = await providerIn('es');

    const error = await rejectionOf(
      provider.create('task-executions', {
        data: {
          taskId: 'task-1',
          outcome: 'promise-to-pay',
          values: { promiseDate: '2020-01-02', promiseAmount: '0' },
          idempotencyKey: 'spanish-errors',
        },
      }),
    );

    expect(error.status).to.equal(422);
    expect(error.body?.errors).to.deep.equal({
      promiseDate: 'La fecha de la promesa no puede ser anterior a hoy.',
      promiseAmount: 'Ingrese un monto mayor que cero.',
    });
  });

  it('names the English outcome and follow-up after a promise', async () => {
    const provider = await providerIn('en');
    // The test clock's today is Friday 2026-12-04, so the next Monday is a valid promise date.
    const monday = '2026-12-07';

    const { data: result } = await provider.create<Row>('task-executions', {
      data: {
        taskId: 'task-1',
        outcome: 'promise-to-pay',
        values: { promiseDate: monday, promiseAmount: '1.00' },
        idempotencyKey: 'english-promise',
      },
    });

    const { data: followUp } = await provider.getOne<Row>('tasks', {
      id: String(result.nextTaskId),
    });
    expect(followUp.name).to.equal('Follow up on payment promise');
    const { data: events } = await provider.getList<Row>('history', {
      pagination: { page: 1, perPage: 100 },
      filter: { customerId: '1' },
    });
    const done = events.find((event) => event.taskId === 'task-1' && event.status === 'done');
    expect(done?.outcome).to.equal('Promise to pay');
  });

  it('rejects an unknown assignee in English', async () => {
    const provider = await providerIn('en');

    const error = await rejectionOf(
      provider.update('tasks', { id: 'task-1', data: { assigneeId: 'agent-99' } }),
    );

    expect(error.status).to.equal(422);
    expect(error.body?.errors).to.deep.equal({ assigneeId: 'Select an existing agent.' });
  });

  it('titles a reassignment in Spanish', async () => {
    const provider = await providerIn('es');

    await provider.update('tasks', { id: 'task-1', data: { assigneeId: 'agent-3' } });

    expect(await historyTitles(provider, '1')).to.include('Tarea reasignada a Carla Magalhães');
  });
});
