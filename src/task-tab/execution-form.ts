import type { ReactiveControllerHost } from 'lit';
import type { Clock } from '../core/clock.ts';
import { interpolate } from '../core/i18n.ts';
import { describeProviderFailure, type DataProvider } from '../core/provider.ts';
import type { Invoice, RecordId, Task } from '../core/records.ts';
import { todayIn } from '../dates/calendar-date.ts';
import { formatMoney } from '../money/money.ts';
import type { Structure } from '../structure/schema.ts';
import { clearDraft, loadDraft, saveDraft } from './draft-storage.ts';
import { datePattern, initialFormValues, type FormValue, type FormValues } from './form-model.ts';
import { holidayLookupFor } from '../holidays/holiday-lookup.ts';
import { ExecutionAttempt } from './idempotency.ts';
import type { TaskTabMessages } from './messages.ts';
import { outstandingOf } from '../invoices/outstanding.ts';
import {
  focusFieldControl,
  focusFirstInvalidControl,
  type ExecutionFormView,
} from './render-form.ts';
import { outcomeIssueKey, validateExecution, type FieldIssue } from './validation.ts';

/** The element's effective settings the form reads. */
export interface ExecutionFormSettings {
  locale: string;
  currency: string;
  timeZone: string;
  clock: Clock;
  structure?: Structure;
  /** The customer, whose region decides the holidays of date fields. */
  customer?: unknown;
  messages: TaskTabMessages;
}

/** The element that shows the form. */
export type ExecutionFormHost = ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
};

/**
 * State and sending of the execution form of one task: chosen outcome, typed
 * values (mirrored to a sessionStorage draft on every change), field errors,
 * the provider's failure message and the idempotency key of the attempt.
 */
export class ExecutionForm {
  /** Task the values belong to; undefined until a task is shown. */
  taskId?: RecordId;
  outcome?: string;
  values: FormValues = {};
  /** Message of each invalid field by path, and of the outcome. */
  errors: Record<string, string> = {};
  submitting = false;
  /** The provider's message after a failed send. */
  failure?: string;

  private readonly attempt = new ExecutionAttempt();

  constructor(
    private readonly host: ExecutionFormHost,
    private readonly settings: () => ExecutionFormSettings,
  ) {}

  /**
   * Starts a fresh form for `task` (from its draft, else the task's values)
   * unless the form already belongs to it, so typed values survive refreshes.
   */
  show(task: Task | undefined): void {
    if (!task) {
      this.taskId = undefined;
      return;
    }
    if (String(task.id) === String(this.taskId)) return;
    const { locale, currency, structure } = this.settings();
    this.taskId = task.id;
    // Starts loading the holiday calendar now so that sending does not wait for it.
    void holidayLookupFor(structure?.holidays, this.settings().customer, locale);
    const draft = loadDraft(task.id);
    this.outcome = draft?.outcome;
    this.values = { ...initialFormValues(task, locale, currency), ...draft?.values };
    this.errors = {};
    this.failure = undefined;
    this.attempt.complete();
  }

  /** Builds what `renderExecutionForm` needs for `task`; `onSubmit` runs on the form's submit event. */
  view(
    task: Task,
    invoices: readonly Invoice[],
    onSubmit: (event: Event) => void,
  ): ExecutionFormView {
    const { locale, currency, messages } = this.settings();
    const outstanding = outstandingOf(invoices, currency);
    return {
      task,
      outcome: this.outcome,
      values: this.values,
      errors: this.errors,
      required: requiredPaths(task, this.outcome),
      submitting: this.submitting,
      failure: this.failure,
      messages,
      locale,
      datePattern: this.datePattern(),
      amountHint: interpolate(messages.amountHint, {
        total: formatMoney(outstanding.totalMinor, locale, currency),
      }),
      onOutcome: this.onOutcome,
      onValue: this.onValue,
      onSubmit,
      onFocusField: (key) => focusFieldControl(this.host.renderRoot, task, key),
    };
  }

  /**
   * Validates and sends the execution of `task`. Resolves to true when the
   * provider accepted it; the draft is then cleared and the next send gets a
   * new idempotency key. A call while a send is in flight resolves to false.
   */
  async send(provider: DataProvider, task: Task, invoices: readonly Invoice[]): Promise<boolean> {
    if (this.submitting) return false;
    // Set before the first await, so a second click in the same task finds it.
    this.update({ submitting: true });
    const settings = this.settings();
    const result = validateExecution(task, this.outcome, this.values, {
      locale: settings.locale,
      currency: settings.currency,
      today: todayIn(settings.timeZone, settings.clock.now()),
      maxAmountMinor: outstandingOf(invoices, settings.currency).totalMinor,
      holidayName: await holidayLookupFor(
        settings.structure?.holidays,
        settings.customer,
        settings.locale,
      ),
    });
    if (!result.ok) {
      this.update({
        submitting: false,
        errors: this.describeIssues(result.issues),
        failure: undefined,
      });
      await this.focusFirstInvalid();
      return false;
    }

    this.update({ errors: {}, failure: undefined });
    const data = {
      taskId: task.id,
      outcome: this.outcome!,
      values: result.values,
      idempotencyKey: this.attempt.currentKey(),
    };
    try {
      await provider.create('task-executions', { data });
    } catch (error) {
      const failure = describeProviderFailure(error);
      this.update({
        submitting: false,
        failure: failure.reason
          ? interpolate(settings.messages.submitFailed, { message: failure.reason })
          : settings.messages.submitFailedUnknown,
        errors: failure.fieldErrors,
      });
      await this.focusFirstInvalid();
      return false;
    }
    this.attempt.complete();
    clearDraft(task.id);
    this.update({ submitting: false, taskId: undefined });
    return true;
  }

  private onOutcome = (id: string): void => {
    const errors = { ...this.errors };
    delete errors[outcomeIssueKey];
    this.update({ outcome: id, errors });
    this.storeDraft();
  };

  private onValue = (path: string, value: FormValue): void => {
    this.update({ values: { ...this.values, [path]: value } });
    this.storeDraft();
  };

  private update(changes: Partial<Pick<ExecutionForm, UpdatableKey>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  private storeDraft(): void {
    if (this.taskId === undefined) return;
    saveDraft(this.taskId, { outcome: this.outcome, values: this.values });
  }

  private describeIssues(issues: Record<string, FieldIssue>): Record<string, string> {
    const { messages } = this.settings();
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
    const { locale, messages } = this.settings();
    return datePattern(locale, {
      day: messages.dayLetters,
      month: messages.monthLetters,
      year: messages.yearLetters,
    });
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.host.updateComplete;
    focusFirstInvalidControl(this.host.renderRoot);
  }
}

type UpdatableKey = 'taskId' | 'outcome' | 'values' | 'errors' | 'submitting' | 'failure';

/** Paths required by the fields themselves or by the chosen outcome. */
function requiredPaths(task: Task, outcomeId: string | undefined): Set<string> {
  const outcome = task.eventOptions.find((option) => option.id === outcomeId);
  const fromFields = task.fields.filter((field) => field.required).map((field) => field.path);
  return new Set([...fromFields, ...(outcome?.requiredFields ?? [])]);
}
