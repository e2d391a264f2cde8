import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task as AsyncTask, TaskStatus, initialState } from '@lit/task';
import { CrmElement } from '../core/crm-element.ts';
import { fire } from '../core/events.ts';
import { interpolate, pickMessages } from '../core/i18n.ts';
import { describeProviderFailure } from '../core/provider.ts';
import type { Agent, RecordId, Task } from '../core/records.ts';
import { renderEmpty, renderLoadError, renderLoading, renderNoProvider } from '../core/states.ts';
import { todayIn } from '../dates/calendar-date.ts';
import { formatMoney } from '../money/money.ts';
import { taskPlaceholderResolver } from '../templates/task-placeholders.ts';
import { AgentPicker } from './agent-picker.ts';
import { clearDraft, loadDraft, saveDraft } from './draft-storage.ts';
import { datePattern, initialFormValues, type FormValue, type FormValues } from './form-model.ts';
import { ExecutionAttempt } from './idempotency.ts';
import { loadTaskTabData, type TaskTabData } from './load.ts';
import { taskTabMessages, type TaskTabMessages } from './messages.ts';
import { outstandingOf } from './outstanding.ts';
import { Reassignment } from './reassignment.ts';
import { focusFieldControl, focusFirstInvalidControl, renderExecutionForm } from './render-form.ts';
import { renderTaskSummary } from './render-task.ts';
import { taskTabStyles } from './styles.ts';
import { holidayLookupFor } from './holiday-check.ts';
import {
  outcomeIssueKey,
  validateExecution,
  type FieldIssue,
  type ValidationContext,
} from './validation.ts';

/**
 * @summary The customer's open collection task: message and call script with
 * the customer's data filled in, the outcome form, and the assignee.
 *
 * Loads the earliest-due open task of `customer-id`. The agent picks an
 * outcome, fills the fields the outcome requires and sends; on success the
 * next open task, if any, is shown. Typed values survive removal from the
 * page and reloads through a sessionStorage draft per task.
 *
 * @fires task-executed - The provider accepted an execution; detail `{ taskId, outcome }`.
 * @fires task-assigned - The provider accepted a new assignee; detail `{ taskId, agentId }`.
 * @fires crm-error - The element's own structure is invalid.
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
 * @csspart success - The confirmation after a send.
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

  @state() private formTaskId?: RecordId;
  @state() private outcome?: string;
  @state() private values: FormValues = {};
  @state() private errors: Record<string, string> = {};
  @state() private submitting = false;
  @state() private failure?: string;
  @state() private success?: string;

  private readonly attempt = new ExecutionAttempt();

  private readonly loader = new AsyncTask(this, {
    task: ([provider, customerId], { signal }) =>
      provider && customerId ? loadTaskTabData(provider, customerId, signal) : initialState,
    args: () => [this.effectiveProvider, this.customerId] as const,
  });

  private readonly picker = new AgentPicker(this, {
    agents: () => this.loader.value?.agents ?? [],
    onSelect: (agent) => this.assign(agent),
  });

  private readonly reassignment = new Reassignment(this);

  private get messages(): TaskTabMessages {
    return pickMessages(taskTabMessages, this.effectiveLocale);
  }

  private get currentTask(): Task | undefined {
    return this.loader.value?.tasks[0];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('customerId')) this.success = undefined;
    this.syncForm();
  }

  /** Starts a fresh form (from the draft, else the task's values) when the shown task changes. */
  private syncForm(): void {
    if (this.loader.status !== TaskStatus.COMPLETE) return;
    const task = this.currentTask;
    if (!task) {
      this.formTaskId = undefined;
      return;
    }
    if (String(task.id) === String(this.formTaskId)) return;
    this.formTaskId = task.id;
    // Starts loading the holiday calendar now so that sending does not wait for it.
    void holidayLookupFor(this.effectiveStructure);
    const draft = loadDraft(task.id);
    this.outcome = draft?.outcome;
    this.values = { ...initialFormValues(task, this.effectiveLocale, this.effectiveCurrency), ...draft?.values };
    this.errors = {};
    this.failure = undefined;
    this.reassignment.clearMessages();
    this.attempt.complete();
  }

  protected override render(): TemplateResult | typeof nothing {
    const messages = this.messages;
    if (this.structureIssues) return this.renderStructureIssues(messages.invalidStructure);
    if (!this.effectiveProvider) return renderNoProvider(this.effectiveLocale);
    if (!this.customerId) return renderEmpty(this.effectiveLocale, messages.noCustomer);
    return html`
      <p class="success" part="success" role="status">${this.success ?? ''}</p>
      ${this.loader.render({
        initial: () => renderLoading(this.effectiveLocale),
        pending: () => renderLoading(this.effectiveLocale),
        error: (error) => renderLoadError(this.effectiveLocale, error, () => void this.loader.run()),
        complete: (data) => this.renderData(data),
      })}
    `;
  }

  private renderData(data: TaskTabData): TemplateResult {
    const task = data.tasks[0];
    if (!task) return renderEmpty(this.effectiveLocale, this.messages.noOpenTask);
    const outstanding = outstandingOf(data.invoices, this.effectiveCurrency);
    const assignee = this.assigneeOf(task, data.agents);
    const resolve = taskPlaceholderResolver({
      customer: data.customer,
      task,
      agent: assignee,
      invoiceTotalMinor: outstanding.totalMinor,
      invoiceOldestDueDate: outstanding.oldestDueDate,
      locale: this.effectiveLocale,
      currency: this.effectiveCurrency,
    });
    const messages = this.messages;
    return html`<article class="task" aria-label=${messages.taskHeading}>
      ${renderTaskSummary({
        task,
        locale: this.effectiveLocale,
        assigneeName: assignee?.name,
        messages,
        resolve,
        picker: this.picker.render({
          label: messages.changeAssignee,
          noMatch: messages.noAgentMatch,
          disabled: false,
        }),
        assignStatus: this.reassignment.status,
        assignError: this.reassignment.error,
      })}
      ${renderExecutionForm({
        task,
        outcome: this.outcome,
        values: this.values,
        errors: this.errors,
        required: this.requiredPaths(task),
        submitting: this.submitting,
        failure: this.failure,
        messages,
        datePattern: this.datePattern(),
        amountHint: interpolate(messages.amountHint, {
          total: formatMoney(outstanding.totalMinor, this.effectiveLocale, this.effectiveCurrency),
        }),
        onOutcome: this.onOutcome,
        onValue: this.onValue,
        onSubmit: this.onSubmit,
        onFocusField: (key) => focusFieldControl(this.renderRoot, task, key),
      })}
    </article>`;
  }

  private assigneeOf(task: Task, agents: readonly Agent[]): Agent | undefined {
    const id = this.reassignment.assigneeIdOf(task);
    return id === undefined || id === null ? undefined : agents.find((agent) => String(agent.id) === String(id));
  }

  private assign(agent: Agent): void {
    const task = this.currentTask;
    const provider = this.effectiveProvider;
    if (!task || !provider) return;
    const agents = this.loader.value?.agents ?? [];
    void this.reassignment.assign(provider, task, agent, agents, this.messages);
  }

  private requiredPaths(task: Task): Set<string> {
    const outcome = task.eventOptions.find((option) => option.id === this.outcome);
    const fromFields = task.fields.filter((field) => field.required).map((field) => field.path);
    return new Set([...fromFields, ...(outcome?.requiredFields ?? [])]);
  }

  private onOutcome = (id: string): void => {
    this.outcome = id;
    this.errors = withoutKey(this.errors, outcomeIssueKey);
    this.storeDraft();
  };

  private onValue = (path: string, value: FormValue): void => {
    this.values = { ...this.values, [path]: value };
    this.storeDraft();
  };

  private storeDraft(): void {
    if (this.formTaskId !== undefined) saveDraft(this.formTaskId, { outcome: this.outcome, values: this.values });
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  /** Validates and sends the execution. A second call while one is in flight does nothing. */
  async submit(): Promise<void> {
    const task = this.currentTask;
    const provider = this.effectiveProvider;
    if (this.submitting || !task || !provider) return;

    // Set before the first await, so a second click in the same task finds it.
    this.submitting = true;
    const result = validateExecution(task, this.outcome, this.values, await this.validationContext());
    if (!result.ok) {
      this.submitting = false;
      this.errors = this.describeIssues(result.issues);
      this.failure = undefined;
      await this.focusFirstInvalid();
      return;
    }

    this.errors = {};
    this.failure = undefined;
    this.success = undefined;
    const outcome = this.outcome!;
    const data = { taskId: task.id, outcome, values: result.values, idempotencyKey: this.attempt.currentKey() };
    try {
      await provider.create('task-executions', { data });
    } catch (error) {
      const failure = describeProviderFailure(error);
      this.failure = interpolate(this.messages.submitFailed, { message: failure.message });
      this.errors = failure.fieldErrors;
      this.submitting = false;
      await this.focusFirstInvalid();
      return;
    }

    this.attempt.complete();
    this.submitting = false;
    this.formTaskId = undefined;
    clearDraft(task.id);
    const label = task.eventOptions.find((option) => option.id === outcome)?.label ?? outcome;
    this.success = interpolate(this.messages.executed, { outcome: label });
    fire(this, 'task-executed', { taskId: task.id, outcome });
    void this.loader.run();
  }

  private async validationContext(): Promise<ValidationContext> {
    const outstanding = outstandingOf(this.loader.value?.invoices ?? [], this.effectiveCurrency);
    return {
      locale: this.effectiveLocale,
      currency: this.effectiveCurrency,
      today: todayIn(this.effectiveTimeZone, this.effectiveClock.now()),
      maxAmountMinor: outstanding.totalMinor,
      holidayName: await holidayLookupFor(this.effectiveStructure),
    };
  }

  private describeIssues(issues: Record<string, FieldIssue>): Record<string, string> {
    const messages = this.messages;
    const pattern = this.datePattern();
    return Object.fromEntries(
      Object.entries(issues).map(([key, issue]) => [
        key,
        interpolate(messages[issue.code], { pattern, ...issue.values }),
      ]),
    );
  }

  /** Builds the locale's date pattern for hints, such as "dd/mm/aaaa". */
  private datePattern(): string {
    const messages = this.messages;
    return datePattern(this.effectiveLocale, {
      day: messages.dayLetters,
      month: messages.monthLetters,
      year: messages.yearLetters,
    });
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    focusFirstInvalidControl(this.renderRoot);
  }

}

function withoutKey(record: Record<string, string>, key: string): Record<string, string> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
