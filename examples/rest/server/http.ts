/**
 * The HTTP side of the REST example: routes in the conventions of
 * react-admin's simple REST provider over the SQLite tables.
 *
 *   GET    /:resource?sort=["name","ASC"]&range=[0,24]&filter={"q":"ana"}
 *          JSON array, `Content-Range: customers 0-24/319`
 *   GET    /:resource?filter={"id":["1","2"]}       getMany
 *   GET    /:resource/:id                           getOne
 *   POST   /task-executions                         runs a task
 *   POST   /history                                 adds a note
 *   PUT    /tasks/:id                               reassigns a task
 *   DELETE /history/:id                             deletes a note
 *
 * Errors are `{ "message", "errors"? }` with a 4xx or 5xx status. Browsers
 * may call it from any loopback origin (127.0.0.1, localhost, [::1]), the
 * pages a developer serves next to it; other origins get no CORS headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { findRecord } from './database.ts';
import { parseListQuery } from './list-query.ts';
import { deleteNote, createNote } from './notes.ts';
import { recordOf } from './records.ts';
import { RequestError } from './request-error.ts';
import { resourceTables, tableOf, type ResourceTable } from './schema.ts';
import { executeTask, updateTask, type WriteContext } from './writes.ts';

/** Maximum size of a request body, in bytes. */
export const maxBodyBytes = 100_000;
/** Maximum length of a record id in a path, in UTF-16 code units. */
export const maxIdLength = 200;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** Creates the request handler over the database of `context`. */
export function createRestHandler(context: WriteContext): Handler {
  return (request, response) => {
    const cors = corsHeaders(request.headers.origin);
    handle(context, request, response, cors).catch((error: unknown) => {
      sendError(request, response, cors, error);
    });
  };
}

function isLoopbackOrigin(origin: string): boolean {
  try {
    const { hostname, protocol } = new URL(origin);
    return (
      (protocol === 'http:' || protocol === 'https:') &&
      (hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]')
    );
  } catch {
    return false;
  }
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin || !isLoopbackOrigin(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    // ra-data-simple-rest reads the total from this header.
    'Access-Control-Expose-Headers': 'Content-Range',
    Vary: 'Origin',
  };
}

async function handle(
  context: WriteContext,
  request: IncomingMessage,
  response: ServerResponse,
  cors: Record<string, string>,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method === 'OPTIONS') {
    // Preflight: ra-data-simple-rest sends `Range` on lists and JSON bodies on writes.
    const preflight = cors['Access-Control-Allow-Origin']
      ? {
          'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
          'Access-Control-Allow-Headers': 'Accept, Content-Type, Range',
          'Access-Control-Max-Age': '600',
        }
      : {};
    response.writeHead(204, { ...cors, ...preflight });
    response.end();
    return;
  }
  const parts = url.pathname.split('/').filter(Boolean).map(decodePathPart);
  if (parts.length === 0 && request.method === 'GET') {
    sendJson(response, 200, { resources: resourceTables.map((table) => table.resource) }, cors);
    return;
  }
  const table = parts.length <= 2 ? tableOf(parts[0]) : undefined;
  if (!table) {
    const names = resourceTables.map((candidate) => candidate.resource).join(', ');
    throw new RequestError(
      404,
      `Not found: ${url.pathname}. Expected /:resource or /:resource/:id with a resource of ${names}`,
    );
  }
  const id = parts.length === 2 ? checkId(parts[1]) : undefined;
  const { db } = context;

  if (request.method === 'GET' && id === undefined) {
    sendList(context, table, url.searchParams, response, cors);
    return;
  }
  if (request.method === 'GET') {
    const record = findRecord(db, table, id!);
    if (!record) throw new RequestError(404, `${table.resource} record ${id} not found`);
    sendJson(response, 200, record, cors);
    return;
  }
  const write = writeOf(table, request.method, id);
  if (!write) {
    response.setHeader('Allow', allowedMethods(table, id));
    throw new RequestError(
      405,
      `${request.method} ${url.pathname} is not supported: ${supportedWrites}`,
    );
  }
  // A page on another site can send simple requests (text/plain, no preflight),
  // so writes from a non-loopback origin are rejected.
  const origin = request.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin)) {
    throw new RequestError(403, `Writes from origin ${origin} are rejected: use a loopback origin`);
  }
  const body = await readJsonBody(request);
  const { status, record } = write(context, body);
  console.log(`${request.method} ${url.pathname}: ${table.resource} ${String(record.id)}`);
  sendJson(response, status, record, cors);
}

/**
 * Sends one page of `table` with its `Content-Range`, such as
 * `customers 0-24/319`. An empty page has `*` in place of the range.
 */
function sendList(
  { db }: WriteContext,
  table: ResourceTable,
  search: URLSearchParams,
  response: ServerResponse,
  cors: Record<string, string>,
): void {
  const query = parseListQuery(table, search);
  const where = `FROM "${table.table}" WHERE ${query.where}`;
  const { total } = db.prepare(`SELECT COUNT(*) AS total ${where}`).get(query.params) as {
    total: number;
  };
  const rows = db
    .prepare(`SELECT * ${where} ORDER BY ${query.orderBy} LIMIT ? OFFSET ?`)
    .all(...query.params, query.limit, query.offset) as Record<string, unknown>[];
  const range = rows.length > 0 ? `${query.offset}-${query.offset + rows.length - 1}` : '*';
  sendJson(
    response,
    200,
    rows.map((row) => recordOf(table, row)),
    { ...cors, 'Content-Range': `${table.resource} ${range}/${total}` },
  );
}

type Write = (
  context: WriteContext,
  body: Record<string, unknown>,
) => { status: number; record: Record<string, unknown> };

const supportedWrites =
  'the writes are POST /task-executions, PUT /tasks/:id, POST /history and DELETE /history/:id';

function writeOf(
  table: ResourceTable,
  method: string | undefined,
  id: string | undefined,
): Write | undefined {
  const target = `${method} ${table.resource}${id === undefined ? '' : '/:id'}`;
  switch (target) {
    case 'POST task-executions':
      return (context, body) => ({ status: 201, record: executeTask(context, body) });
    case 'PUT tasks/:id':
      return (context, body) => ({ status: 200, record: updateTask(context, id!, body) });
    case 'POST history':
      return (context, body) => ({ status: 201, record: createNote(context, body) });
    case 'DELETE history/:id':
      return (context) => ({ status: 200, record: deleteNote(context, id!) });
    default:
      return undefined;
  }
}

function allowedMethods(table: ResourceTable, id: string | undefined): string {
  const writes = ['POST', 'PUT', 'DELETE'].filter((method) => writeOf(table, method, id));
  return ['GET', ...writes].join(', ');
}

function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new RequestError(400, `Invalid path segment ${part}: malformed percent-encoding`);
  }
}

function checkId(id: string): string {
  // Control characters cannot appear in the dataset's ids and would garble logs.
  if (id.length > maxIdLength || /\p{Cc}/u.test(id)) {
    throw new RequestError(
      400,
      `Invalid id ${JSON.stringify(id.slice(0, 40))}: expected at most ${maxIdLength} printable characters`,
    );
  }
  return id;
}

async function readJsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) {
      throw new RequestError(413, `Request body too large: at most ${maxBodyBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  // DELETE from ra-data-simple-rest sends no body.
  if (size === 0) return {};
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new RequestError(
      415,
      `Invalid Content-Type ${JSON.stringify(type)}: expected application/json`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestError(400, 'Invalid request body: expected JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new RequestError(400, 'Invalid request body: expected a JSON object');
  }
  return body as Record<string, unknown>;
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function sendError(
  request: IncomingMessage,
  response: ServerResponse,
  cors: Record<string, string>,
  error: unknown,
): void {
  const label = `${request.method} ${request.url}`;
  if (error instanceof RequestError) {
    console.warn(`${label}: ${error.status} ${error.message}`);
    sendJson(response, error.status, { message: error.message, errors: error.errors }, cors);
    return;
  }
  console.error(`${label}: request failed`, error);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendJson(
    response,
    500,
    { message: 'Internal server error. The server log has the details.' },
    cors,
  );
}
