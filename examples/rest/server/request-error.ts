/**
 * An error the server sends as a JSON response: `{ message, errors? }` with
 * `status`. `errors` maps field paths to messages, the shape react-admin's
 * `HttpError.body` carries to the task form.
 */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}
