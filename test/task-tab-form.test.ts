import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/task-tab/define.ts';
import { ProviderError } from '../src/core/provider.ts';
import type { TaskExecution } from '../src/core/records.ts';
import { FakeTaskProvider, collectionTask } from './helpers/fake-tasks.ts';
import {
  chooseOutcome,
  control,
  fillPromise,
  renderTaskTab,
  sendForm,
  shadowText,
  submitButton,
  typeInto,
} from './helpers/task-tab-driver.ts';

function activeControl(el: HTMLElement): Element | null {
  return el.shadowRoot!.activeElement;
}

function sentExecutions(provider: FakeTaskProvider): TaskExecution[] {
  return provider
    .callsOf('create', 'task-executions')
    .map((call) => (call.params as { data: TaskExecution }).data);
}

beforeEach(() => sessionStorage.clear());

describe('<task-tab> execution form', () => {
  it('requires the fields of the chosen outcome', async () => {
    const provider = new FakeTaskProvider();
    const el = await renderTaskTab(provider);
    await chooseOutcome(el, 'Promessa de pagamento');

    await sendForm(el);

    const summary = el.shadowRoot!.querySelector('[part="error-summary"]')!;
    const date = control(el, 'Data da promessa');
    const amount = control(el, 'Valor prometido');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(shadowText(el, '[part="error-summary"] p')).to.equal(
      'Corrija 2 campos antes de enviar:',
    );
    expect(summary.querySelectorAll('li').length).to.equal(2);
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(amount.getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, 'Telefone').hasAttribute('aria-invalid')).to.equal(false);
    const errorId = date
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(el.shadowRoot!.getElementById(errorId)!.textContent).to.equal(
      'Preencha Data da promessa.',
    );
    expect(activeControl(el)).to.equal(date);
    expect(sentExecutions(provider)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('requires an outcome and focuses the first radio', async () => {
    const el = await renderTaskTab(new FakeTaskProvider());

    await sendForm(el);

    expect(shadowText(el, '#task-outcome-error')).to.equal('Escolha um resultado.');
    expect(shadowText(el, '[part="error-summary"] p')).to.equal('Corrija 1 campo antes de enviar:');
    expect(activeControl(el)!.id).to.equal('task-outcome-0');
    await expect(el).to.be.accessible();
  });

  it('moves focus from the error summary to the field', async () => {
    const el = await renderTaskTab(new FakeTaskProvider());
    await chooseOutcome(el, 'Promessa de pagamento');
    await sendForm(el);

    const links = el.shadowRoot!.querySelectorAll<HTMLButtonElement>(
      '[part="error-summary"] button',
    );
    links[1].click();

    expect(links[1].textContent!.trim()).to.equal('Preencha Valor prometido.');
    expect(activeControl(el)).to.equal(control(el, 'Valor prometido'));
  });

  const invalidCases: [string, string, string, string][] = [
    [
      'Data da promessa',
      '03/12/2026',
      'Data da promessa: a data não pode ser anterior a hoje (04/12/2026).',
      'past',
    ],
    [
      'Data da promessa',
      '05/12/2026',
      'Data da promessa: 05/12/2026 cai num fim de semana; escolha um dia útil.',
      'weekend',
    ],
    [
      'Data da promessa',
      '31/02/2026',
      'Data da promessa: informe uma data válida como dd/mm/aaaa.',
      'impossible',
    ],
    ['Valor prometido', '0,00', 'Valor prometido: o valor deve ser maior que zero.', 'zero'],
    [
      'Valor prometido',
      '1.400,51',
      'Valor prometido: o valor passa do saldo em aberto de R$ 1.400,50.',
      'above',
    ],
    [
      'Valor prometido',
      '12,345',
      'Valor prometido: informe um valor como 1.234,56.',
      'three decimals',
    ],
    [
      'Telefone',
      '12345',
      'Telefone: informe um telefone com DDD, como (11) 98765-4321.',
      'short phone',
    ],
  ];
  for (const [label, value, message, name] of invalidCases) {
    it(`rejects ${name}: ${value}`, async () => {
      const el = await renderTaskTab(new FakeTaskProvider());
      await fillPromise(el);
      await typeInto(el, label, value);

      await sendForm(el);

      const input = control(el, label);
      const errorId = input
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('-error'))!;
      expect(el.shadowRoot!.getElementById(errorId)!.textContent!.replace(/\s/g, ' ')).to.equal(
        message,
      );
      expect(activeControl(el)).to.equal(input);
    });
  }

  it('asks for a new phone after a wrong number', async () => {
    const provider = new FakeTaskProvider();
    const el = await renderTaskTab(provider);
    await chooseOutcome(el, 'Número errado');
    const phone = control(el, 'Telefone');
    expect(phone.value).to.equal('11987654321');

    await sendForm(el);

    const errorId = phone
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(el.shadowRoot!.getElementById(errorId)!.textContent).to.equal(
      'Telefone: informe um valor diferente do atual, (11) 98765-4321.',
    );
    expect(sentExecutions(provider)).to.have.length(0);

    await typeInto(el, 'Telefone', '(11) 91234-5678');
    await sendForm(el);

    expect(sentExecutions(provider).map((sent) => sent.values.phone)).to.deep.equal([
      '11912345678',
    ]);
  });

  it('sends a valid execution and shows the next task', async () => {
    const provider = new FakeTaskProvider([
      collectionTask(),
      collectionTask({ id: 't2', name: 'Segunda tarefa', dueDate: '2026-12-10' }),
    ]);
    const el = await renderTaskTab(provider);
    await fillPromise(el);
    await typeInto(el, 'Observação', '  ligar de manhã  ');

    const executed = oneEvent(el, 'task-executed');
    submitButton(el).click();
    const event = await executed;
    await waitUntil(
      () => shadowText(el, '[part="title"]') === 'Segunda tarefa',
      'next task not shown',
    );

    const [sent] = sentExecutions(provider);
    expect(event.detail).to.deep.equal({ taskId: 't1', outcome: 'promise' });
    expect(sent.taskId).to.equal('t1');
    expect(sent.outcome).to.equal('promise');
    expect(sent.values).to.deep.equal({
      phone: '11987654321',
      promiseDate: '2026-12-07',
      promiseAmount: '1234.56',
      note: 'ligar de manhã',
    });
    expect(sent.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(shadowText(el, '[part="success"]')).to.equal(
      'Execução registrada: Promessa de pagamento.',
    );
    expect(control(el, 'Data da promessa').value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('sends once on a double click', async () => {
    const provider = new FakeTaskProvider();
    const el = await renderTaskTab(provider);
    await fillPromise(el);
    const release = provider.hold('create', 'task-executions');

    submitButton(el).click();
    submitButton(el).click();
    await waitUntil(() => sentExecutions(provider).length > 0, 'nothing sent');
    await el.updateComplete;
    submitButton(el).click();

    expect(submitButton(el).disabled).to.equal(true);
    expect(submitButton(el).getAttribute('aria-busy')).to.equal('true');
    release();
    await waitUntil(
      () => shadowText(el, '[part="empty"]') === 'Nenhuma tarefa aberta',
      'task not closed',
    );
    expect(sentExecutions(provider)).to.have.length(1);
  });

  it('says the send failed without an English fallback', async () => {
    const provider = new FakeTaskProvider();
    provider.failNext('create', 'task-executions', {});
    const el = await renderTaskTab(provider);
    await fillPromise(el);

    submitButton(el).click();
    await waitUntil(() => shadowText(el, '[part="failure"]'), 'failure not shown');

    expect(shadowText(el, '[part="failure"]')).to.equal('Não foi possível registrar a execução.');
  });

  it('keeps values and the key across a failed send', async () => {
    const provider = new FakeTaskProvider();
    provider.failNext(
      'create',
      'task-executions',
      new ProviderError('Valor recusado pelo servidor', 422, {
        errors: { promiseAmount: 'Acima do acordo' },
      }),
    );
    const el = await renderTaskTab(provider);
    await fillPromise(el);

    submitButton(el).click();
    await waitUntil(() => shadowText(el, '[part="failure"]'), 'failure not shown');

    const amount = control(el, 'Valor prometido');
    expect(shadowText(el, '[part="failure"]')).to.equal(
      'Não foi possível registrar a execução: Valor recusado pelo servidor',
    );
    expect(amount.getAttribute('aria-invalid')).to.equal('true');
    expect(shadowText(el, '[part="field"][data-path="promiseAmount"] .field-error')).to.equal(
      'Acima do acordo',
    );
    expect(amount.value).to.equal('1.234,56');
    expect(control(el, 'Data da promessa').value).to.equal('07/12/2026');
    expect(activeControl(el)).to.equal(amount);
    await expect(el).to.be.accessible();

    await typeInto(el, 'Valor prometido', '1.000,00');
    submitButton(el).click();
    await waitUntil(() => shadowText(el, '[part="success"]'), 'retry did not succeed');

    const [first, retry] = sentExecutions(provider);
    expect(retry.idempotencyKey).to.equal(first.idempotencyKey);
    expect(retry.values.promiseAmount).to.equal('1000.00');
  });

  it('uses a new key after a success', async () => {
    const provider = new FakeTaskProvider([
      collectionTask(),
      collectionTask({ id: 't2', dueDate: '2026-12-10' }),
    ]);
    const el = await renderTaskTab(provider);
    await chooseOutcome(el, 'Não atendeu');
    submitButton(el).click();
    await waitUntil(
      () => provider.tasks[0].status === 'done' && shadowText(el, '[part="title"]'),
      'first send',
    );
    await waitUntil(() => !submitButton(el).disabled, 'form not ready');

    await chooseOutcome(el, 'Não atendeu');
    submitButton(el).click();
    await waitUntil(() => sentExecutions(provider).length === 2, 'second send');

    const [first, second] = sentExecutions(provider);
    expect(second.taskId).to.equal('t2');
    expect(second.idempotencyKey).not.to.equal(first.idempotencyKey);
  });

  it('restores the draft after removal and re-adding', async () => {
    const provider = new FakeTaskProvider();
    const el = await renderTaskTab(provider);
    await chooseOutcome(el, 'Promessa de pagamento');
    await typeInto(el, 'Valor prometido', '99,90');
    const parent = el.parentNode!;

    el.remove();
    parent.appendChild(el);
    await el.updateComplete;

    expect(control(el, 'Valor prometido').value).to.equal('99,90');
    const fresh = await renderTaskTab(provider);
    expect(control(fresh, 'Valor prometido').value).to.equal('99,90');
    expect(control<HTMLInputElement>(fresh, 'Promessa de pagamento').checked).to.equal(true);
  });

  it('clears the draft after a success', async () => {
    const provider = new FakeTaskProvider();
    const el = await renderTaskTab(provider);
    await fillPromise(el);
    expect(sessionStorage.getItem('crm-view360:task-draft:t1')).to.contain('1.234,56');

    submitButton(el).click();
    await waitUntil(() => shadowText(el, '[part="success"]'), 'send did not succeed');

    expect(sessionStorage.getItem('crm-view360:task-draft:t1')).to.equal(null);
  });
});
