import type { ReactiveControllerHost } from 'lit';
import type { RecordId, Task } from '../core/records.ts';

/** The open-task read as the tracker needs it: the times of its last response and failure. */
export interface TaskReadTimes {
  /** `dataUpdatedAt` of the open-task read. */
  tasksUpdatedAt: number;
  /** `errorUpdatedAt` of the open-task read. */
  tasksFailedAt: number;
  data: { tasks: Task[] };
}

interface Run {
  taskId: string;
  dataUpdatedAt: number;
  errorUpdatedAt: number;
  /** True once the invalidation's refetches ended, whatever their outcome. */
  settled: boolean;
}

/**
 * Follows the last task run until the open-task read refetches. The cached
 * response still lists the run task as open, so until a newer response
 * arrives the tab shows loading instead of it. After a failed refetch it
 * hides that task from the old response.
 */
export class RunTracker {
  private run?: Run;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Starts following a run of `taskId`. `read` is the open-task read when the
   * provider accepted the run, and `refreshed` the invalidation's refetches.
   */
  start(
    taskId: RecordId,
    read: { dataUpdatedAt: number; errorUpdatedAt: number } | undefined,
    refreshed: Promise<unknown>,
  ): void {
    const run: Run = {
      taskId: String(taskId),
      dataUpdatedAt: read?.dataUpdatedAt ?? 0,
      errorUpdatedAt: read?.errorUpdatedAt ?? 0,
      settled: false,
    };
    this.run = run;
    // Ends the wait even when the open-task read was not refetched, so the tab never stays loading.
    const settle = () => {
      run.settled = true;
      if (this.run === run) this.host.requestUpdate();
    };
    refreshed.then(settle, settle);
  }

  /** Forgets the run, for example when another customer is shown. */
  reset(): void {
    this.run = undefined;
  }

  /** True while the open-task read has neither a newer response nor a newer failure than the run. */
  awaitingTasks(read: TaskReadTimes): boolean {
    const run = this.run;
    if (!run || run.settled) return false;
    return read.tasksUpdatedAt === run.dataUpdatedAt && read.tasksFailedAt === run.errorUpdatedAt;
  }

  /** Returns the open tasks to show: all of them, without the run task while the response predates the run. */
  visibleTasks(read: TaskReadTimes): Task[] {
    const run = this.run;
    if (!run || read.tasksUpdatedAt !== run.dataUpdatedAt) return read.data.tasks;
    return read.data.tasks.filter((task) => String(task.id) !== run.taskId);
  }
}
