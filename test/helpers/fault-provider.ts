/**
 * In-memory data providers for hardening tests: {@link MemoryProvider}
 * serves every resource from plain arrays, and {@link withFaults} wraps any
 * provider to reject, time out, delay, answer out of order, return malformed
 * records or throw synchronously.
 */
import {
  ProviderError,
  type CreateParams,
  type DataProvider,
  type GetListParams,
  type GetListResult,
  type GetOneParams,
  type UpdateParams,
} from '../../src/core/provider.ts';

export type Method = 'getList' | 'getOne' | 'update' | 'create';
type Row = Record<string, unknown>;

/** One provider call as an element made it. */
export interface RecordedCall {
  method: Method;
  resource: string;
  params: GetListParams | GetOneParams | UpdateParams | CreateParams;
}

/** Records by resource: `customers`, `invoices`, `tasks`, `agents`, `history`. */
export type MemoryData = Partial<Record<string, Row[]>>;

/**
 * A provider over in-memory records. `getList` filters on every filter key
 * by string equality, except `q` (case-insensitive search of `name`) and the
 * `from`/`to` instants of `history` (compared with `at`, `to` excluded); it
 * sorts by `sort.field` and pages. `create('task-executions')` marks the task
 * done. Every answer is a deep copy, so elements never share the records.
 */
export class MemoryProvider implements DataProvider {
  readonly calls: RecordedCall[] = [];

  constructor(readonly data: MemoryData) {}

  async getList<T>(resource: string, params: GetListParams): Promise<GetListResult<T>> {
    this.calls.push({ method: 'getList', resource, params });
    let rows = (this.data[resource] ?? []).filter((row) => matches(row, params.filter ?? {}));
    if (params.sort) rows = sortRows(rows, params.sort.field, params.sort.order);
    const { page, perPage } = params.pagination;
    const data = rows.slice((page - 1) * perPage, page * perPage);
    return { data: structuredClone(data) as T[], total: rows.length };
  }

  async getOne<T>(resource: string, params: GetOneParams): Promise<{ data: T }> {
    this.calls.push({ method: 'getOne', resource, params });
    const row = (this.data[resource] ?? []).find((item) => String(item.id) === String(params.id));
    if (!row) throw new ProviderError(`${resource} ${params.id} not found`, 404);
    return { data: structuredClone(row) as T };
  }

  async update<T>(resource: string, params: UpdateParams<T>): Promise<{ data: T }> {
    this.calls.push({ method: 'update', resource, params: params as UpdateParams });
    const row = (this.data[resource] ?? []).find((item) => String(item.id) === String(params.id));
    if (!row) throw new ProviderError(`${resource} ${params.id} not found`, 404);
    Object.assign(row, params.data);
    return { data: structuredClone(row) as T };
  }

  async create<T>(resource: string, params: CreateParams<T>): Promise<{ data: T }> {
    this.calls.push({ method: 'create', resource, params: params as CreateParams });
    const row: Row = { id: `${resource}-${this.calls.length}`, ...(params.data as Row) };
    (this.data[resource] ??= []).push(row);
    if (resource === 'task-executions') {
      const task = (this.data.tasks ?? []).find((item) => String(item.id) === String(row.taskId));
      if (task) task.status = 'done';
    }
    return { data: structuredClone(row) as T };
  }

  callsOf(method: Method, resource: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method && call.resource === resource);
  }
}

function matches(row: Row, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([key, value]) => {
    if (value === undefined) return true;
    if (key === 'q') return String(row.name ?? '').toLowerCase().includes(String(value).toLowerCase());
    if (key === 'from') return new Date(String(row.at)).getTime() >= new Date(String(value)).getTime();
    if (key === 'to') return new Date(String(row.at)).getTime() < new Date(String(value)).getTime();
    if (!(key in row)) return true;
    return String(row[key]) === String(value);
  });
}

function sortRows(rows: Row[], field: string, order: 'ASC' | 'DESC'): Row[] {
  const direction = order === 'DESC' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const left = a[field];
    const right = b[field];
    if (typeof left === 'number' && typeof right === 'number') return (left - right) * direction;
    return String(left ?? '').localeCompare(String(right ?? '')) * direction;
  });
}

/** How {@link withFaults} breaks the provider it wraps. Tests may change it between calls. */
export interface FaultOptions {
  /** Rejects every call: `true` with a 503 ProviderError, or with the given value. */
  reject?: boolean | unknown;
  /** Rejects with a 504 ProviderError after this many ms unless the call's signal aborts first. */
  timeoutMs?: number;
  /** Waits this many ms before delegating, or the ms a function returns per call. */
  delayMs?: number | ((call: RecordedCall) => number);
  /**
   * Answers the calls of one method and resource in reverse order: each call
   * waits 60 ms less than the one before it (at least 0), starting at 240 ms.
   */
  outOfOrder?: boolean;
  /** Corrupts the records of every answer. */
  malformed?: MalformedKind;
  /** Throws an Error synchronously instead of returning a promise. */
  throwSync?: boolean;
  /** Limits the faults to the calls it returns true for; the others pass through. */
  only?: (call: RecordedCall) => boolean;
}

/**
 * `wrong-types`: the first record's text fields become numbers and its
 * numbers and dates become objects. `missing-ids`: the first record loses
 * `id`. `duplicate-ids`: every record gets the first record's id.
 */
export type MalformedKind = 'wrong-types' | 'missing-ids' | 'duplicate-ids';

/** A provider wrapped by {@link withFaults}. */
export interface FaultyProvider extends DataProvider {
  /** The faults in effect; assign to change them for later calls. */
  faults: FaultOptions;
  /** Every call, faulted or not, in call order. */
  readonly calls: RecordedCall[];
  /** Answers that `malformed` changed, with the ids of the records it broke. */
  readonly corruptions: Corruption[];
}

/** One answer that {@link withFaults} corrupted. */
export interface Corruption {
  method: Method;
  resource: string;
  kind: MalformedKind;
  /** Ids of the broken records as they were before corruption. */
  ids: string[];
}

const methods: Method[] = ['getList', 'getOne', 'update', 'create'];

/** Wraps `provider` so that its calls fail or misbehave as `faults` says. */
export function withFaults(provider: DataProvider, faults: FaultOptions): FaultyProvider {
  const calls: RecordedCall[] = [];
  const counters = new Map<string, number>();
  const corruptions: Corruption[] = [];
  const faulty = { faults, calls, corruptions } as FaultyProvider;
  for (const method of methods) {
    const run = (resource: string, params: RecordedCall['params']) => {
      const call: RecordedCall = { method, resource, params };
      calls.push(call);
      const target = (provider[method] as (r: string, p: unknown) => Promise<unknown>).bind(provider);
      const active = faulty.faults;
      if (active.only && !active.only(call)) return target(resource, params);
      if (active.throwSync) throw new Error(`Provider threw synchronously in ${method} ${resource}`);
      const key = `${method} ${resource}`;
      const index = counters.get(key) ?? 0;
      counters.set(key, index + 1);
      return faultyCall(call, active, index, () => target(resource, params), corruptions);
    };
    (faulty as unknown as Record<Method, typeof run>)[method] = run;
  }
  return faulty;
}

async function faultyCall(
  call: RecordedCall,
  faults: FaultOptions,
  index: number,
  target: () => Promise<unknown>,
  corruptions: Corruption[],
): Promise<unknown> {
  const signal = call.params.signal;
  let delay = typeof faults.delayMs === 'function' ? faults.delayMs(call) : (faults.delayMs ?? 0);
  if (faults.outOfOrder) delay += Math.max(240 - 60 * index, 0);
  if (faults.timeoutMs !== undefined) {
    await wait(faults.timeoutMs, signal);
    throw new ProviderError(`Request ${call.method} ${call.resource} timed out`, 504);
  }
  await wait(delay, signal);
  if (faults.reject === true) {
    throw new ProviderError(`Service unavailable for ${call.method} ${call.resource}`, 503);
  }
  if (faults.reject !== undefined && faults.reject !== false) throw faults.reject;
  const answer = await target();
  if (!faults.malformed) return answer;
  const { result, ids } = corrupt(answer, faults.malformed);
  if (ids.length > 0) {
    corruptions.push({ method: call.method, resource: call.resource, kind: faults.malformed, ids });
  }
  return result;
}

/** Resolves after `ms`, or rejects with an AbortError when `signal` aborts first. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => reject(new DOMException('The request was aborted', 'AbortError'));
    if (signal?.aborted) return aborted();
    if (ms <= 0) return void queueMicrotask(resolve);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      aborted();
    });
  });
}

/**
 * Corrupts a `{ data }` answer. A single record (`getOne`) only gets wrong
 * types, because an id that is missing or repeated means nothing there.
 */
function corrupt(answer: unknown, kind: MalformedKind): { result: unknown; ids: string[] } {
  const body = answer as { data?: unknown };
  const unchanged = { result: answer, ids: [] };
  if (!body || typeof body !== 'object' || !('data' in body)) return unchanged;
  if (Array.isArray(body.data)) {
    const { rows, ids } = corruptRows(body.data as Row[], kind);
    return { result: { ...body, data: rows }, ids };
  }
  if (body.data && typeof body.data === 'object' && kind === 'wrong-types') {
    const row = body.data as Row;
    return { result: { ...body, data: wrongTypes(row) }, ids: [String(row.id)] };
  }
  return unchanged;
}

function corruptRows(rows: Row[], kind: MalformedKind): { rows: Row[]; ids: string[] } {
  const copy = rows.map((row) => ({ ...row }));
  if (kind === 'missing-ids' && copy.length > 0) {
    delete copy[0].id;
    return { rows: copy, ids: [String(rows[0].id)] };
  }
  if (kind === 'duplicate-ids' && copy.length > 1) {
    for (const row of copy) row.id = copy[0].id;
    return { rows: copy, ids: [String(rows[0].id)] };
  }
  if (kind === 'wrong-types' && copy.length > 0) {
    copy[0] = wrongTypes(copy[0]);
    return { rows: copy, ids: [String(rows[0].id)] };
  }
  return { rows: copy, ids: [] };
}

/** Swaps every value of `row` but `id` for a value of another type. */
export function wrongTypes(row: Row): Row {
  const result: Row = { id: row.id };
  for (const [key, value] of Object.entries(row)) {
    if (key === 'id') continue;
    if (typeof value === 'string') result[key] = 404;
    else if (typeof value === 'number' || typeof value === 'boolean') result[key] = { value };
    else if (Array.isArray(value)) result[key] = 'not a list';
    else result[key] = 7;
  }
  return result;
}
