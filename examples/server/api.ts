/**
 * The examples' backend: a DataProvider served over HTTP in the conventions
 * of react-admin's simple REST provider, plus a Server-Sent Events stream of
 * changes. Node's http module only, so it runs anywhere Node does.
 *
 * GET    /api/:resource?sort=["name","ASC"]&range=[0,24]&filter={"q":"ana"}
 *        -> JSON array, `Content-Range: :resource 0-24/30000`
 * GET    /api/:resource/:id      -> JSON record
 * PUT    /api/:resource/:id      -> JSON record (body: the changed fields)
 * POST   /api/:resource          -> JSON record (body: the new record)
 * GET    /api/events             -> text/event-stream of `change` events
 * POST   /api/payments           -> records a payment, then pushes a change
 * Errors respond with `{ "message", "errors"? }` with the provider's status.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataProvider, LiveChange } from '../../src/core/provider.ts';

/** A provider that can also record a payment, as a payment gateway would report it. */
export interface PaymentSink {
  recordPayment(payment: {
    invoiceId: string;
    amount: number | string;
  }): Promise<{ customerId: string }>;
}

export interface ApiHandler {
  /** Handles the request when its path starts with the base path; returns false otherwise. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  /** Pushes a change to every open event stream. */
  broadcast(change: LiveChange): void;
  /** Ends every open event stream. */
  close(): void;
}

const maxBodyBytes = 1_000_000;

function parseJsonParam(value: string | null, name: string): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw Object.assign(new Error(`Invalid ${name} parameter: expected JSON, got ${value}`), {
      status: 400,
    });
  }
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes)
      throw Object.assign(new Error('Request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('Invalid request body: expected JSON'), { status: 400 });
  }
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, error: unknown) {
  const { status, message, body } = error as {
    status?: number;
    message?: string;
    body?: { errors?: unknown };
  };
  const code = typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
  if (code === 500) console.error('crm-view360 example API: request failed', error);
  sendJson(response, code, { message: message ?? 'Internal error', errors: body?.errors });
}

/** Creates the handler for `provider`, serving requests under `basePath` (default `/api`). */
export function createApiHandler(
  provider: DataProvider & Partial<PaymentSink>,
  basePath = '/api',
): ApiHandler {
  const streams = new Set<ServerResponse>();

  const broadcast = (change: LiveChange) => {
    const frame = `event: change\ndata: ${JSON.stringify(change)}\n\n`;
    for (const stream of streams) stream.write(frame);
  };

  const openStream = (request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    response.write('retry: 2000\n\n');
    streams.add(response);
    request.on('close', () => streams.delete(response));
  };

  const recordPayment = async (request: IncomingMessage, response: ServerResponse) => {
    if (typeof provider.recordPayment !== 'function') {
      throw Object.assign(new Error('This provider cannot record payments'), { status: 405 });
    }
    const body = (await readBody(request)) as { invoiceId?: unknown; amount?: unknown };
    const { customerId } = await provider.recordPayment({
      invoiceId: String(body.invoiceId),
      amount: body.amount as number | string,
    });
    const change: LiveChange = {
      resource: 'invoices',
      customerId,
      id: String(body.invoiceId),
      type: 'updated',
    };
    broadcast(change);
    sendJson(response, 201, change);
  };

  const serveResource = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    parts: string[],
  ) => {
    const [resource, id] = parts.map(decodeURIComponent);
    if (request.method === 'GET' && id === undefined) {
      const [field, order] =
        (parseJsonParam(url.searchParams.get('sort'), 'sort') as [string, string]) ?? [];
      const [start, end] = (parseJsonParam(url.searchParams.get('range'), 'range') as [
        number,
        number,
      ]) ?? [0, 24];
      const filter =
        (parseJsonParam(url.searchParams.get('filter'), 'filter') as Record<string, unknown>) ?? {};
      const perPage = Math.max(1, end - start + 1);
      const result = await provider.getList(resource, {
        pagination: { page: Math.floor(start / perPage) + 1, perPage },
        sort: field ? { field, order: order === 'DESC' ? 'DESC' : 'ASC' } : undefined,
        filter,
      });
      const last = start + Math.max(result.data.length - 1, 0);
      sendJson(response, 200, result.data, {
        'Content-Range': `${resource} ${start}-${last}/${result.total ?? '*'}`,
        'Access-Control-Expose-Headers': 'Content-Range',
      });
      return;
    }
    if (request.method === 'GET') {
      sendJson(response, 200, (await provider.getOne(resource, { id })).data);
      return;
    }
    if (request.method === 'PUT' && id !== undefined) {
      const data = (await readBody(request)) as Record<string, unknown>;
      const updated = await provider.update(resource, { id, data });
      sendJson(response, 200, updated.data);
      broadcast({
        resource,
        id,
        customerId: (updated.data as { customerId?: string }).customerId,
        type: 'updated',
      });
      return;
    }
    if (request.method === 'POST' && id === undefined) {
      const created = await provider.create(resource, {
        data: (await readBody(request)) as Record<string, unknown>,
      });
      sendJson(response, 201, created.data);
      return;
    }
    throw Object.assign(new Error(`${request.method} ${url.pathname} is not supported`), {
      status: 405,
    });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return false;
    const parts = url.pathname.slice(basePath.length).split('/').filter(Boolean);
    try {
      if (parts[0] === 'events' && request.method === 'GET') openStream(request, response);
      else if (parts[0] === 'payments' && request.method === 'POST')
        await recordPayment(request, response);
      else if (parts.length === 1 || parts.length === 2)
        await serveResource(request, response, url, parts);
      else throw Object.assign(new Error(`Not found: ${url.pathname}`), { status: 404 });
    } catch (error) {
      sendError(response, error);
    }
    return true;
  };

  const close = () => {
    for (const stream of streams) stream.end();
    streams.clear();
  };

  return { handle, broadcast, close };
}
