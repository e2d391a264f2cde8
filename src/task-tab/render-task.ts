import { html, nothing, type TemplateResult } from 'lit';
import type { Task } from '../core/records.ts';
import { formatCalendarDate } from '../dates/calendar-date.ts';
import type { PlaceholderResolver } from '../templates/placeholders.ts';
import { renderTemplate } from '../templates/render-template.ts';
import type { TaskTabMessages } from './messages.ts';

export interface TaskSummaryView {
  task: Task;
  locale: string;
  /** Name of the assignee shown now, including an assignment still in flight. */
  assigneeName?: string;
  messages: TaskTabMessages;
  resolve: PlaceholderResolver;
  /** The agent picker, rendered next to the assignee. */
  picker: TemplateResult;
  /** Outcome of the last reassignment, announced politely. */
  assignStatus?: string;
  /** Reason the last reassignment was rolled back. */
  assignError?: string;
}

/** Task name, due date, assignee with its picker, message template and call script. */
export function renderTaskSummary(view: TaskSummaryView): TemplateResult {
  const { task, messages } = view;
  return html`
    <header part="header">
      <h2 part="title">${task.name}</h2>
      <dl class="facts">
        <div>
          <dt>${messages.dueDate}</dt>
          <dd part="due-date">${formatCalendarDate(task.dueDate, view.locale)}</dd>
        </div>
        <div>
          <dt>${messages.assignee}</dt>
          <dd part="assignee">${view.assigneeName ?? messages.unassigned}</dd>
        </div>
      </dl>
      ${view.picker}
      <p class="assign-status" role="status">${view.assignStatus ?? ''}</p>
      ${
        view.assignError
          ? html`<p class="assign-error" part="assign-error" role="alert">${view.assignError}</p>`
          : nothing
      }
    </header>
    ${renderTemplateSection('message', messages.messageTemplate, task.template, view)}
    ${renderTemplateSection('script', messages.callScript, task.script, view)}
  `;
}

function renderTemplateSection(
  part: string,
  title: string,
  template: string,
  view: TaskSummaryView,
): TemplateResult | typeof nothing {
  if (!template.trim()) return nothing;
  const options = { unknownTitle: view.messages.unknownPlaceholder };
  return html`
    <section part=${part} aria-labelledby=${`task-${part}-title`}>
      <h3 id=${`task-${part}-title`}>${title}</h3>
      <div class="template">${renderTemplate(template, view.resolve, options)}</div>
    </section>
  `;
}
