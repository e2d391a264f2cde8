import type { ReactiveControllerHost } from 'lit';
import { fire } from '../core/events.ts';
import { interpolate } from '../core/i18n.ts';
import { describeProviderFailure, type DataProvider } from '../core/provider.ts';
import type { Agent, RecordId, Task } from '../core/records.ts';
import type { TaskTabMessages } from './messages.ts';

/**
 * Optimistic reassignment of tasks. The chosen agent shows as the assignee
 * at once. When the provider rejects the update, the previous assignee comes
 * back with a visible message, unless a newer choice has replaced it since.
 */
export class Reassignment {
  /** Assignee ids chosen in this element by task id, which take precedence over `task.assigneeId`. */
  private readonly chosen = new Map<string, RecordId>();
  /** Polite status of the last reassignment. */
  status?: string;
  /** Reason the last reassignment was rolled back. */
  error?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Clears the status and error messages, for example when another task is shown. */
  clearMessages(): void {
    this.status = undefined;
    this.error = undefined;
  }

  /** Returns the assignee id in effect for `task`. */
  assigneeIdOf(task: Task): RecordId | null | undefined {
    return this.chosen.get(String(task.id)) ?? task.assigneeId;
  }

  async assign(
    provider: DataProvider,
    task: Task,
    agent: Agent,
    agents: readonly Agent[],
    messages: TaskTabMessages,
  ): Promise<void> {
    const key = String(task.id);
    const hadChoice = this.chosen.has(key);
    const previousChoice = this.chosen.get(key);
    const previousName = nameOf(this.assigneeIdOf(task), agents) ?? messages.unassigned;
    this.chosen.set(key, agent.id);
    this.error = undefined;
    this.status = interpolate(messages.assigning, { name: agent.name });
    this.host.requestUpdate();
    try {
      await provider.update('tasks', {
        id: task.id,
        data: { assigneeId: agent.id },
        previousData: { ...task, assigneeId: this.previousId(hadChoice, previousChoice, task) },
      });
    } catch (error) {
      if (this.chosen.get(key) === agent.id) {
        if (hadChoice) this.chosen.set(key, previousChoice!);
        else this.chosen.delete(key);
      }
      this.status = undefined;
      this.error = interpolate(messages.assignFailed, {
        name: agent.name,
        message: describeProviderFailure(error).message,
        previous: previousName,
      });
      this.host.requestUpdate();
      return;
    }
    this.status = interpolate(messages.assigned, { name: agent.name });
    this.host.requestUpdate();
    fire(this.host, 'task-assigned', { taskId: task.id, agentId: agent.id });
  }

  private previousId(hadChoice: boolean, previousChoice: RecordId | undefined, task: Task) {
    return hadChoice ? previousChoice : task.assigneeId;
  }
}

function nameOf(id: RecordId | null | undefined, agents: readonly Agent[]): string | undefined {
  if (id === undefined || id === null) return undefined;
  return agents.find((agent) => String(agent.id) === String(id))?.name;
}
