import { aTimeout, fixture, html, waitUntil } from '@open-wc/testing';
import type { TaskTab } from '../../src/task-tab/task-tab.ts';
import type { DataProvider } from '../../src/core/provider.ts';
import { taskClock, taskStructure } from './fake-tasks.ts';

/** Renders `<task-tab>` for customer c1 and waits until loading ends. */
export async function renderTaskTab(provider: DataProvider, customerId = 'c1'): Promise<TaskTab> {
  const el = await fixture<TaskTab>(
    html`<task-tab
      .provider=${provider}
      .structure=${taskStructure}
      .clock=${taskClock}
      customer-id=${customerId}
    ></task-tab>`,
  );
  await waitForTask(el);
  return el;
}

export async function waitForTask(el: TaskTab): Promise<void> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="title"], [part="empty"], [part="error"]'),
    'task tab still loading',
  );
}

export function shadowText(el: TaskTab, selector: string): string {
  return el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Returns the control whose label starts with `label`. */
export function control<T extends HTMLElement = HTMLInputElement>(el: TaskTab, label: string): T {
  const labels = [...el.shadowRoot!.querySelectorAll('label')];
  const match = labels.find((item) => item.textContent!.trim().startsWith(label));
  if (!match) throw new Error(`No label starting with "${label}"`);
  const target = match.htmlFor
    ? el.shadowRoot!.getElementById(match.htmlFor)
    : match.querySelector('input, select');
  if (!target) throw new Error(`Label "${label}" has no control`);
  return target as T;
}

/** Types `value` into the labelled input as a user would (value, then an input event). */
export async function typeInto(el: TaskTab, label: string, value: string): Promise<void> {
  const input = control(el, label);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function chooseOutcome(el: TaskTab, label: string): Promise<void> {
  control(el, label).click();
  await el.updateComplete;
}

export function submitButton(el: TaskTab): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

/** Fills a valid promise to pay: Monday 07/12/2026, R$ 1.234,56. */
export async function fillPromise(el: TaskTab): Promise<void> {
  await chooseOutcome(el, 'Promessa de pagamento');
  await typeInto(el, 'Data da promessa', '07/12/2026');
  await typeInto(el, 'Valor prometido', '1.234,56');
}

/**
 * Clicks send and waits until the element settles: validation waits for the
 * holiday calendar, so errors and focus arrive a few tasks after the click.
 */
export async function sendForm(el: TaskTab): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
  await waitUntil(() => !submitButton(el)?.disabled, 'send did not finish');
  await el.updateComplete;
  await aTimeout(0);
}
