import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../core/crm-element.ts';
import { fire } from '../core/events.ts';
import { interpolate, pickMessages } from '../core/i18n.ts';
import type { Agent, Task } from '../core/records.ts';
import {
  renderEmpty,
  renderLoadError,
  renderLoading,
  renderNoProvider,
  renderStaleBadge,
} from '../core/states.ts';
import { invalidateCustomer } from '../data-layer/query-client.ts';
import { taskPlaceholderResolver } from '../templates/task-placeholders.ts';
import { AgentPicker } from './agent-picker.ts';
import { ExecutionForm } from './execution-form.ts';
import { taskTabMessages, type TaskTabMessages } from './messages.ts';
import { outstandingOf } from '../invoices/outstanding.ts';
import { Reassignment } from './reassignment.ts';
import { renderExecutionForm } from './render-form.ts';
import { renderTaskSummary } from './render-task.ts';
import { taskTabStyles } from './styles.ts';
import { RunTracker } from './run-tracker.ts';
import { TaskTabReads, type TaskTabDataState } from './task-data.ts';

type ReadyState = Extract<TaskTabDataState, { kind: 'ready' }>;

/**
 * @summary The customer's open collection task: message and call script with
 * the customer's data filled in, the outcome form, and the assignee.
 *
 * Shows the earliest-due open task of `customer-id`, read through the
 * provider's shared query cache. The agent picks an outcome, fills the fields
 * the outcome requires and sends. After a run or a reassignment the element
 * invalidates the customer's cached reads, so every element showing that
 * customer refetches, and the next open task, if any, is shown. Typed values
 * survive refreshes, failed refreshes, removal from the page and reloads
 * through a sessionStorage draft per task.
 *
 * @fires {CustomEvent<CrmEventDetails['task-executed']>} task-executed - The provider accepted an execution; detail `{ taskId, outcome }`.
 * @fires {CustomEvent<CrmEventDetails['task-assigned']>} task-assigned - The provider accepted a new assignee; detail `{ taskId, agentId }`.
 * @fires {CustomEvent<CrmEventDetails['crm-error']>} crm-error - The structure is invalid (kind `structure`), or a read failed or
 *   returned an invalid record (kind `provider`, with the message and any status).
 *
 * @csspart header - Task name, due date and assignee.
 * @csspart title - The task name.
 * @csspart due-date - The due date.
 * @csspart assignee - The assignee's name.
 * @csspart agent-picker - The assignee combobox.
 * @csspart assign-error - Why a reassignment was rolled back.
 * @csspart message - The message template section.
 * @csspart script - The call script section.
 * @csspart form - The execution form.
 * @csspart error-summary - The list of invalid fields above the form.
 * @csspart outcomes - The outcome radio group.
 * @csspart field - One form field with its label, hint and error.
 * @csspart failure - The provider's message after a failed send.
 * @csspart submit - The send button.
 * @csspart success - The confirmation after a send; it takes focus after a send.
 * @csspart stale - "Not up to date since" badge after a failed refresh.
 * @csspart retry - The retry buttons of the load error and the stale badge.
 * @csspart loading - The loading state.
 * @csspart error - Load error and invalid-structure panels.
 * @csspart empty - The "no open task" and "no customer" states.
 *
 * @cssprop --task-tab-gap - Space between the regions of the tab.
 * @cssprop --task-tab-unknown-placeholder-background - Background of unfilled placeholders.
 * @cssprop --task-tab-error-color - Colour of validation messages.
 */
export class TaskTab extends CrmElement {
  static override styles: CSSResultGroup = [CrmElement.styles, taskTabStyles];

  /** Id of the customer whose open task is shown. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** Confirmation of the last send, announced politely. */
  @state() private success?: string;

  /** Set by a successful send: the next update moves focus to the success message. */
  private focusSuccess = false;

  private readonly runs = new RunTracker(this);

  private readonly reads = new TaskTabReads(this, () => {
    const provider = this.effectiveProvider;
    return provider && this.customerId ? { provider, customerId: this.customerId } : undefined;
  });

  private readonly form = new ExecutionForm(this, () => ({
    locale: this.effectiveLocale,
    currency: this.effectiveCurrency,
    timeZone: this.effectiveTimeZone,
    clock: this.effectiveClock,
    structure: this.effectiveStructure,
    customer: this.ready()?.data.customer,
    messages: this.messages,
  }));

  private readonly picker = new AgentPicker(this, {
    agents: () => this.ready()?.data.agents ?? [],
    onSelect: (agent) => this.assign(agent),
  });

  private readonly reassignment = new Reassignment(this);

  private get messages(): TaskTabMessages {
    return pickMessages(taskTabMessages, this.effectiveLocale);
  }

  private ready(): ReadyState | undefined {
    const current = this.reads.state();
    return current.kind === 'ready' ? current : undefined;
  }

  /** Returns the task the form is for while it is still open, else the earliest-due one. */
  private currentTask(ready = this.ready()): Task | undefined {
    if (!ready) return undefined;
    const tasks = this.runs.visibleTasks(ready);
    return tasks.find((task) => String(task.id) === String(this.form.taskId)) ?? tasks[0];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('customerId')) {
      this.success = undefined;
      this.runs.reset();
    }
  }

  /**
   * Points the form at the current task. It runs here rather than in
   * willUpdate because the cached reads update in hostUpdate, between the two:
   * willUpdate would see the previous render's reads.
   */
  protected override update(changed: PropertyValues<this>): void {
    const ready = this.ready();
    if (ready && !this.runs.awaitingTasks(ready)) {
      const shownBefore = this.form.taskId;
      this.form.show(this.currentTask(ready));
      if (String(this.form.taskId) !== String(shownBefore)) this.reassignment.clearMessages();
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusSuccess) return;
    this.focusSuccess = false;
    this.renderRoot.querySelector<HTMLElement>('[part="success"]')?.focus();
  }

  protected override render(): TemplateResult | typeof nothing {
    const messages = this.messages;
    if (this.structureIssues) return this.renderStructureIssues(messages.invalidStructure);
    if (!this.effectiveProvider) return renderNoProvider(this.effectiveLocale);
    if (!this.customerId) return renderEmpty(this.effectiveLocale, messages.noCustomer);
    return html`
      <p class="success" part="success" role="status" tabindex="-1">${this.success ?? ''}</p>
      ${this.renderState(this.reads.state())}
    `;
  }

  private renderState(current: TaskTabDataState): TemplateResult {
    const locale = this.effectiveLocale;
    if (current.kind === 'pending') return renderLoading(locale);
    if (current.kind === 'error') return renderLoadError(locale, current.error, this.reads.retry);
    if (this.runs.awaitingTasks(current)) return renderLoading(locale);
    const stale = current.stale;
    const task = this.currentTask(current);
    return html`
      ${
        stale
          ? renderStaleBadge(
              locale,
              this.effectiveTimeZone,
              stale.updatedAt,
              stale.error,
              this.reads.retry,
            )
          : nothing
      }
      ${task ? this.renderTask(task, current) : renderEmpty(locale, this.messages.noOpenTask)}
    `;
  }

  private renderTask(task: Task, { data, tasksUpdatedAt }: ReadyState): TemplateResult {
    const locale = this.effectiveLocale;
    const currency = this.effectiveCurrency;
    const outstanding = outstandingOf(data.invoices, currency);
    const assignee = this.assigneeOf(task, data.agents, tasksUpdatedAt);
    const resolve = taskPlaceholderResolver({
      customer: data.customer,
      task,
      agent: assignee,
      invoiceTotalMinor: outstanding.totalMinor,
      invoiceOldestDueDate: outstanding.oldestDueDate,
      locale,
      currency,
    });
    const messages = this.messages;
    const picker = this.picker.render({
      label: messages.changeAssignee,
      listLabel: messages.agentList,
      hint: messages.agentHint,
      noMatch: messages.noAgentMatch,
      disabled: false,
    });
    return html`<article class="task" aria-label=${messages.taskHeading}>
      ${renderTaskSummary({
        task,
        locale,
        assigneeName: assignee?.name,
        messages,
        resolve,
        picker,
        assignStatus: this.reassignment.status,
        assignError: this.reassignment.error,
      })}
      ${renderExecutionForm(this.form.view(task, data.invoices, this.onSubmit))}
    </article>`;
  }

  private assigneeOf(
    task: Task,
    agents: readonly Agent[],
    tasksUpdatedAt: number,
  ): Agent | undefined {
    const id = this.reassignment.assigneeIdOf(task, tasksUpdatedAt);
    if (id === undefined || id === null) return undefined;
    return agents.find((agent) => String(agent.id) === String(id));
  }

  private assign(agent: Agent): void {
    const ready = this.ready();
    const task = this.currentTask(ready);
    const provider = this.effectiveProvider;
    if (!ready || !task || !provider) return;
    void this.reassignment.assign({
      provider,
      task,
      agent,
      agents: ready.data.agents,
      messages: this.messages,
      tasksUpdatedAt: () => this.reads.tasks.result?.dataUpdatedAt ?? 0,
    });
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  /**
   * Validates and sends the execution of the shown task. A second call while
   * one is in flight does nothing. On success the customer's cached reads are
   * invalidated, and the tab shows the next open task once the task read has
   * refetched.
   */
  async submit(): Promise<void> {
    const ready = this.ready();
    const task = this.currentTask(ready);
    const provider = this.effectiveProvider;
    if (!ready || !task || !provider || this.form.submitting) return;
    this.success = undefined;
    const outcome = this.form.outcome;
    if (!(await this.form.send(provider, task, ready.data.invoices)) || !outcome) return;

    const label = task.eventOptions.find((option) => option.id === outcome)?.label ?? outcome;
    this.success = interpolate(this.messages.executed, { outcome: label });
    // The form is gone once the task closes, so focus would drop to the page.
    this.focusSuccess = this.matches(':focus-within') || isFocusLost();
    const refreshed = invalidateCustomer(provider, task.customerId);
    this.runs.start(task.id, this.reads.tasks.result, refreshed);
    fire(this, 'task-executed', { taskId: task.id, outcome });
  }
}

/** True when nothing on the page has focus, as after the focused control was removed. */
function isFocusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}
