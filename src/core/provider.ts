import type { RecordId } from './records.ts';

/** Resources the elements read and write through a {@link DataProvider}. */
export type Resource =
  'customers' | 'invoices' | 'tasks' | 'agents' | 'history' | 'task-executions';

export type SortOrder = 'ASC' | 'DESC';

export interface GetListParams {
  pagination: { page: number; perPage: number };
  sort?: { field: string; order: SortOrder };
  /**
   * `customers`: `q` searches; `invoices`: `customerId`; `tasks`: `customerId`, `status`;
   * `history`: `customerId`, `from`, `to` (ISO instants).
   */
  filter?: Record<string, unknown>;
  signal?: AbortSignal;
}

export interface PageInfo {
  hasNextPage?: boolean;
  hasPreviousPage?: boolean;
}

/** One page of records. `total` when the backend counts, else `pageInfo`. */
export interface GetListResult<T = Record<string, unknown>> {
  data: T[];
  total?: number;
  pageInfo?: PageInfo;
}

export interface GetOneParams {
  id: RecordId;
  signal?: AbortSignal;
}

export interface UpdateParams<T = Record<string, unknown>> {
  id: RecordId;
  data: Partial<T>;
  previousData?: T;
  signal?: AbortSignal;
}

export interface CreateParams<T = Record<string, unknown>> {
  data: T;
  signal?: AbortSignal;
}

/**
 * The backend of every element, in react-admin's data provider shape so that
 * existing providers adapt with little code. A rejected promise is an error;
 * the elements read `status`, `message` and `body.errors` (field path to
 * message) from it when present.
 */
export interface DataProvider {
  getList<T = Record<string, unknown>>(
    resource: string,
    params: GetListParams,
  ): Promise<GetListResult<T>>;
  getOne<T = Record<string, unknown>>(resource: string, params: GetOneParams): Promise<{ data: T }>;
  update<T = Record<string, unknown>>(
    resource: string,
    params: UpdateParams<T>,
  ): Promise<{ data: T }>;
  create<T = Record<string, unknown>>(
    resource: string,
    params: CreateParams<T>,
  ): Promise<{ data: T }>;
  /**
   * Optional live updates. The elements call it for each read they show, with
   * the read's params (such as `{ filter: { customerId } }`), and call the
   * returned function when no element shows that read anymore. Calling
   * `callback` makes every element refetch that resource for the customer,
   * and the customer's record and list rows.
   */
  subscribe?(resource: string, params: object, callback: (change?: LiveChange) => void): () => void;
}

/** Change a provider may pass to a `subscribe` callback; the elements refetch either way. */
export interface LiveChange {
  resource?: string;
  id?: RecordId;
  customerId?: RecordId;
  type?: 'created' | 'updated' | 'deleted';
}

/** An error a provider may reject with; any object with these fields works too. */
export class ProviderError extends Error {
  readonly status?: number;
  readonly body?: { errors?: Record<string, string> };

  constructor(message: string, status?: number, body?: { errors?: Record<string, string> }) {
    super(message);
    this.name = 'ProviderError';
    this.status = status;
    this.body = body;
  }
}

/** Message, status and field errors the elements show for a rejection. */
export interface ProviderFailure {
  /** The provider's message, else "Unknown error" or "Request failed", for events and logs. */
  message: string;
  /** The provider's own message, when the rejection carried one; shown to the user. */
  reason?: string;
  status?: number;
  fieldErrors: Record<string, string>;
}

/** Reads `message`, `status` and `body.errors` from whatever a provider rejected with. */
export function describeProviderFailure(error: unknown): ProviderFailure {
  const fieldErrors: Record<string, string> = {};
  if (error === null || error === undefined) return { message: 'Unknown error', fieldErrors };
  if (typeof error !== 'object')
    return { message: String(error), reason: String(error), fieldErrors };
  const record = error as { message?: unknown; status?: unknown; body?: unknown };
  const body = record.body as { errors?: unknown } | undefined;
  if (body && typeof body.errors === 'object' && body.errors !== null) {
    for (const [path, message] of Object.entries(body.errors)) {
      if (typeof message === 'string') fieldErrors[path] = message;
    }
  }
  const reason = typeof record.message === 'string' && record.message ? record.message : undefined;
  return {
    message: reason ?? 'Request failed',
    reason,
    status: typeof record.status === 'number' ? record.status : undefined,
    fieldErrors,
  };
}

/** True for the rejection a provider gives when its `signal` aborted. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}

/** True for the rejection the query cache gives a read that outlived its `timeout`. */
export function isTimeoutError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'TimeoutError'
  );
}
