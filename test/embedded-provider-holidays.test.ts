import { expect } from '@open-wc/testing';
import {
  createEmbeddedProvider,
  type EmbeddedProviderOptions,
} from '../src/data/embedded-provider.ts';
import { firstClientsCsv, rejectionOf, testClock } from './helpers/embedded.ts';

const csvText = firstClientsCsv;

const brazil = { country: 'BR', region: 'SP', regionPath: 'address.state' };

function provider(options: Partial<EmbeddedProviderOptions> = {}) {
  return createEmbeddedProvider({
    csvText,
    clock: testClock,
    timeZone: 'America/Sao_Paulo',
    ...options,
  });
}

/** Sends a promise to pay for `task-1` on `promiseDate`. */
function promise(promiseDate: string, idempotencyKey: string) {
  return {
    data: {
      taskId: 'task-1',
      outcome: 'promise-to-pay',
      values: { promiseDate, promiseAmount: '1.00' },
      idempotencyKey,
    },
  };
}

describe('embedded provider holidays', () => {
  // Loading date-holidays takes a few seconds once per page.
  before(async function () {
    this.timeout(60_000);
    const warmUp = await provider({ holidays: brazil });
    await rejectionOf(warmUp.create('task-executions', promise('2026-12-25', 'warm-up')));
  });

  it('rejects a promise on Christmas', async () => {
    const embedded = await provider({ holidays: brazil });

    const error = await rejectionOf(
      embedded.create('task-executions', promise('2026-12-25', 'christmas')),
    );

    expect(error.status).to.equal(422);
    expect(error.body?.errors).to.deep.equal({
      promiseDate: 'A data da promessa cai num feriado (Natal).',
    });
    const { data: task } = await embedded.getOne<Record<string, unknown>>('tasks', {
      id: 'task-1',
    });
    expect(task.status).to.equal('open');
  });

  it('names the holiday in English', async () => {
    const embedded = await provider({ holidays: brazil, locale: 'en' });

    const error = await rejectionOf(
      embedded.create('task-executions', promise('2026-12-25', 'christmas-en')),
    );

    expect(error.body?.errors).to.deep.equal({
      promiseDate: 'The promise date falls on a holiday (Christmas Day).',
    });
  });

  it('rejects a company holiday', async () => {
    const embedded = await provider({
      holidays: { ...brazil, custom: [{ date: '2026-12-07', name: 'Inventário' }] },
    });

    const error = await rejectionOf(
      embedded.create('task-executions', promise('2026-12-07', 'company-day')),
    );

    expect(error.body?.errors).to.deep.equal({
      promiseDate: 'A data da promessa cai num feriado (Inventário).',
    });
  });

  it('accepts a business day', async () => {
    const embedded = await provider({ holidays: brazil });

    const { data } = await embedded.create<Record<string, unknown>>(
      'task-executions',
      promise('2026-12-28', 'business-day'),
    );

    expect(data.outcome).to.equal('promise-to-pay');
  });

  it('checks weekends only without holidays', async () => {
    const embedded = await provider();

    const { data } = await embedded.create<Record<string, unknown>>(
      'task-executions',
      promise('2026-12-25', 'no-calendar'),
    );

    expect(data.outcome).to.equal('promise-to-pay');
  });

  it('cancels a write while the calendar loads', async () => {
    const embedded = await provider({ holidays: { ...brazil, region: 'RJ' } });
    const controller = new AbortController();

    const request = embedded.create('task-executions', {
      ...promise('2026-12-28', 'cancelled'),
      signal: controller.signal,
    });
    controller.abort();
    const error = await rejectionOf(request);

    expect((error as unknown as DOMException).name).to.equal('AbortError');
    const { data: task } = await embedded.getOne<Record<string, unknown>>('tasks', {
      id: 'task-1',
    });
    expect(task.status).to.equal('open');
  });

  it('rejects an invalid holidays option', async () => {
    const invalid: unknown[] = [
      { ...brazil, custom: [null] },
      { ...brazil, custom: [{ date: '2026-12-07', name: '' }] },
      { ...brazil, types: ['weekly'] },
      { region: 'SP' },
    ];
    for (const holidays of invalid) {
      const error = await rejectionOf(
        provider({ holidays: holidays as EmbeddedProviderOptions['holidays'] }),
      );
      expect(error, JSON.stringify(holidays)).to.be.instanceOf(TypeError);
      expect(error.message, JSON.stringify(holidays)).to.match(
        /^createEmbeddedProvider: invalid holidays option\. holidays/,
      );
    }
  });
});
