import type { ReactiveControllerHost } from 'lit';
import { fire } from '../core/events.ts';
import { interpolate } from '../core/i18n.ts';
import { describeProviderFailure, type DataProvider } from '../core/provider.ts';
import type { Agent, RecordId, Task } from '../core/records.ts';
import { invalidateCustomer } from '../data-layer/query-client.ts';
import type { TaskTabMessages } from './messages.ts';

/** An assignee chosen in the element, shown over the task's cached `assigneeId`. */
interface Choice {
  agentId: RecordId;
  /**
   * `dataUpdatedAt` of the task read when the provider accepted the choice,
   * or undefined while the update is in flight. A task response fetched
   * later carries the server's assignee, which then replaces the choice.
   */
  tasksUpdatedAtAcceptance?: number;
}

/** Inputs of one reassignment. */
export interface AssignRequest {
  provider: DataProvider;
  task: Task;
  agent: Agent;
  agents: readonly Agent[];
  messages: TaskTabMessages;
  /** Returns the `dataUpdatedAt` of the task response shown now. */
  tasksUpdatedAt: () => number;
}

/**
 * Optimistic reassignment of tasks. The chosen agent shows as the assignee
 * at once. When the provider rejects the update, the previous assignee comes
 * back with a visible message, unless a newer choice has replaced it since.
 * Either way the customer's cached reads are invalidated, so the task,
 * history and lists refetch what the provider stored.
 */
export class Reassignment {
  /** Choices by task id. */
  private readonly chosen = new Map<string, Choice>();
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

  /**
   * Returns the assignee id in effect for `task`: the choice in flight, or
   * the accepted one until a response fetched after it arrives
   * (`tasksUpdatedAt` differs), else the task's own.
   */
  assigneeIdOf(task: Task, tasksUpdatedAt: number): RecordId | null | undefined {
    const choice = this.chosen.get(String(task.id));
    if (!choice) return task.assigneeId;
    const accepted = choice.tasksUpdatedAtAcceptance;
    if (accepted === undefined || accepted === tasksUpdatedAt) return choice.agentId;
    return task.assigneeId;
  }

  async assign({
    provider,
    task,
    agent,
    agents,
    messages,
    tasksUpdatedAt,
  }: AssignRequest): Promise<void> {
    const key = String(task.id);
    const previousChoice = this.chosen.get(key);
    const previousId = this.assigneeIdOf(task, tasksUpdatedAt());
    const previousName = nameOf(previousId, agents) ?? messages.unassigned;

    const choice: Choice = { agentId: agent.id };
    this.chosen.set(key, choice);
    this.error = undefined;
    this.status = interpolate(messages.assigning, { name: agent.name });
    this.host.requestUpdate();

    try {
      await provider.update('tasks', {
        id: task.id,
        data: { assigneeId: agent.id },
        previousData: { ...task, assigneeId: previousId },
      });
    } catch (error) {
      if (this.chosen.get(key) === choice) {
        if (previousChoice) this.chosen.set(key, previousChoice);
        else this.chosen.delete(key);
      }
      this.status = undefined;
      const { reason } = describeProviderFailure(error);
      this.error = interpolate(reason ? messages.assignFailed : messages.assignFailedUnknown, {
        name: agent.name,
        message: reason ?? '',
        previous: previousName,
      });
      this.host.requestUpdate();
      // The provider may have applied part of the update, or another agent may have.
      void invalidateCustomer(provider, task.customerId);
      return;
    }

    choice.tasksUpdatedAtAcceptance = tasksUpdatedAt();
    this.status = interpolate(messages.assigned, { name: agent.name });
    this.host.requestUpdate();
    fire(this.host, 'task-assigned', { taskId: task.id, agentId: agent.id });
    void invalidateCustomer(provider, task.customerId);
  }
}

function nameOf(id: RecordId | null | undefined, agents: readonly Agent[]): string | undefined {
  if (id === undefined || id === null) return undefined;
  return agents.find((agent) => String(agent.id) === String(id))?.name;
}
