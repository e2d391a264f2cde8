/**
 * Runs a callback once input has been quiet for `delayMs`. Each `schedule()`
 * replaces the pending value and restarts the wait.
 */
export class Debouncer<T> {
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: { value: T };

  constructor(
    private readonly callback: (value: T) => void,
    readonly delayMs: number,
  ) {}

  schedule(value: T): void {
    this.cancel();
    this.pending = { value };
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Runs the pending callback now, if there is one. */
  flush(): void {
    const pending = this.pending;
    this.cancel();
    if (pending) this.callback(pending.value);
  }

  /** Drops the pending callback without running it. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }

  get isPending(): boolean {
    return this.pending !== undefined;
  }
}
