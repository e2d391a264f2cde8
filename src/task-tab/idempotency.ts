/**
 * The idempotency key of one attempt to run a task. The key is created on
 * the first send and kept for every retry until the provider accepts the
 * execution, even when the agent edits values between tries. A request that
 * timed out may have been applied, so the same key lets the backend detect
 * the repeat instead of recording the execution twice. A backend that
 * receives a known key with different values decides whether to return the
 * stored result or reject the request. Only `complete()` (after success)
 * starts a new attempt.
 */
export class ExecutionAttempt {
  private key?: string;

  constructor(private readonly createKey: () => string = () => crypto.randomUUID()) {}

  /** Returns the key of the current attempt, creating it on first use. */
  currentKey(): string {
    this.key ??= this.createKey();
    return this.key;
  }

  /** Ends the attempt after the provider accepted it; the next send gets a new key. */
  complete(): void {
    this.key = undefined;
  }
}
