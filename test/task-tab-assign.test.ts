import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/task-tab/define.ts';
import { ProviderError } from '../src/core/provider.ts';
import { FakeTaskProvider } from './helpers/fake-tasks.ts';
import { control, renderTaskTab, shadowText } from './helpers/task-tab-driver.ts';
import type { TaskTab } from '../src/task-tab/task-tab.ts';

function pickerInput(el: TaskTab, label = 'Alterar responsável'): HTMLInputElement {
  return control(el, label);
}

async function key(el: TaskTab, name: string): Promise<void> {
  pickerInput(el).dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }),
  );
  await el.updateComplete;
}

async function search(el: TaskTab, text: string, label?: string): Promise<void> {
  const input = pickerInput(el, label);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function optionNames(el: TaskTab): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((option) =>
    option.textContent!.trim(),
  );
}

beforeEach(() => sessionStorage.clear());

describe('<task-tab> assignee picker', () => {
  it('follows the combobox pattern', async () => {
    const el = await renderTaskTab(new FakeTaskProvider());
    const input = pickerInput(el);

    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');

    await key(el, 'ArrowDown');

    const listbox = el.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)!;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(optionNames(el)).to.deep.equal(['Ana Lima', 'Bruno Costa', 'Célia Dias']);
    expect(input.getAttribute('aria-activedescendant')).to.equal('agent-option-0');
    await expect(el).to.be.accessible();

    await key(el, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).to.equal('agent-option-1');
    expect(el.shadowRoot!.getElementById('agent-option-1')!.getAttribute('aria-selected')).to.equal(
      'true',
    );

    await key(el, 'Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('describes the picker with a hint', async () => {
    const el = await renderTaskTab(new FakeTaskProvider());
    const input = pickerInput(el);

    const hint = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!);

    expect(hint?.textContent?.trim()).to.equal(
      'Digite parte do nome ou use a seta para baixo para ver todos.',
    );
  });

  it('filters agents ignoring accents', async () => {
    const el = await renderTaskTab(new FakeTaskProvider());

    await search(el, 'celia');

    expect(optionNames(el)).to.deep.equal(['Célia Dias']);
  });

  it('reassigns with Enter and fires task-assigned', async () => {
    const provider = new FakeTaskProvider();
    const el = await renderTaskTab(provider);
    await search(el, 'bru');

    const assigned = oneEvent(el, 'task-assigned');
    await key(el, 'Enter');

    expect(shadowText(el, '[part="assignee"]')).to.equal('Bruno Costa');
    const event = await assigned;
    expect(event.detail).to.deep.equal({ taskId: 't1', agentId: 'a2' });
    const [update] = provider.callsOf('update', 'tasks');
    expect(update.params).to.deep.include({ id: 't1', data: { assigneeId: 'a2' } });
    expect(
      (update.params as unknown as { previousData: { assigneeId: string } }).previousData
        .assigneeId,
    ).to.equal('a1');
    await el.updateComplete;
    expect(shadowText(el, '.assign-status')).to.equal('Tarefa atribuída a Bruno Costa.');
  });

  it('shows the new assignee at once and rolls back on rejection', async () => {
    const provider = new FakeTaskProvider();
    provider.failNext('update', 'tasks', new ProviderError('Sem permissão', 403));
    const release = provider.hold('update', 'tasks');
    const el = await renderTaskTab(provider);
    let assignedEvents = 0;
    el.addEventListener('task-assigned', () => (assignedEvents += 1));
    await search(el, 'Célia');

    await key(el, 'Enter');

    expect(shadowText(el, '[part="assignee"]')).to.equal('Célia Dias');
    release();
    await waitUntil(() => shadowText(el, '[part="assign-error"]'), 'rollback message not shown');
    expect(shadowText(el, '[part="assignee"]')).to.equal('Ana Lima');
    expect(shadowText(el, '[part="assign-error"]')).to.equal(
      'Não foi possível atribuir a Célia Dias: Sem permissão. O responsável voltou a ser Ana Lima.',
    );
    expect(assignedEvents).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('names no English reason for a rejection without a message', async () => {
    const provider = new FakeTaskProvider();
    provider.failNext('update', 'tasks', {});
    const el = await renderTaskTab(provider);
    await search(el, 'Célia');

    await key(el, 'Enter');

    await waitUntil(() => shadowText(el, '[part="assign-error"]'), 'rollback message not shown');
    expect(shadowText(el, '[part="assign-error"]')).to.equal(
      'Não foi possível atribuir a Célia Dias. O responsável voltou a ser Ana Lima.',
    );
  });

  it('chooses an agent by click', async () => {
    const el = await renderTaskTab(new FakeTaskProvider());
    await search(el, 'a');

    el.shadowRoot!.querySelector<HTMLElement>('#agent-option-2')!.click();
    await el.updateComplete;

    expect(shadowText(el, '[part="assignee"]')).to.equal('Célia Dias');
    expect(pickerInput(el).getAttribute('aria-expanded')).to.equal('false');
  });

  const localeCases = [
    {
      locale: 'pt-BR',
      label: 'Alterar responsável',
      list: 'Agentes',
      noMatch: 'Nenhum agente encontrado',
    },
    { locale: 'en', label: 'Change assignee', list: 'Agents', noMatch: 'No agent found' },
  ];
  for (const { locale, label, list, noMatch } of localeCases) {
    it(`names the list and no match in ${locale}`, async () => {
      const el = await renderTaskTab(new FakeTaskProvider());
      el.locale = locale;
      await el.updateComplete;

      await search(el, 'zzz', label);

      const input = pickerInput(el, label);
      const listbox = el.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)!;
      expect(listbox.getAttribute('aria-label')).to.equal(list);
      expect(optionNames(el)).to.deep.equal([]);
      expect(shadowText(el, '.picker-empty')).to.equal(noMatch);
      expect(el.shadowRoot!.querySelector('.picker-empty')!.getAttribute('role')).to.equal(
        'status',
      );
      await expect(el).to.be.accessible();

      await search(el, 'ana', label);
      expect(shadowText(el, '.picker-empty')).to.equal('');
      expect(optionNames(el)).to.deep.equal(['Ana Lima']);
    });
  }
});
