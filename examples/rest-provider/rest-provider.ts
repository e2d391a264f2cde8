/**
 * A DataProvider over a REST API in the conventions of react-admin's simple
 * REST provider (see examples/server/api.ts for the server side). It is the
 * shape to copy when writing a provider for your own backend: map each method
 * to a request, pass `signal` to fetch, and reject with `status`, `message`
 * and `body.errors` so the elements can show field errors.
 */
import { ProviderError, type DataProvider, type GetListParams } from '../../src/core/provider.ts';

async function request<T>(url: string, init: RequestInit): Promise<{ json: T; headers: Headers }> {
  const response = await fetch(url, {
    ...init,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...init.headers },
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const body = (json ?? {}) as { message?: string; errors?: Record<string, string> };
    throw new ProviderError(body.message ?? response.statusText, response.status, {
      errors: body.errors,
    });
  }
  return { json: json as T, headers: response.headers };
}

function listQuery(params: GetListParams): string {
  const { page, perPage } = params.pagination;
  const start = (page - 1) * perPage;
  const query = new URLSearchParams({
    range: JSON.stringify([start, start + perPage - 1]),
    filter: JSON.stringify(params.filter ?? {}),
  });
  if (params.sort) query.set('sort', JSON.stringify([params.sort.field, params.sort.order]));
  return query.toString();
}

/** Creates a provider for the API at `baseUrl`, such as `/api`. */
export function createRestProvider(baseUrl: string): DataProvider {
  return {
    async getList(resource, params) {
      const { json, headers } = await request<never[]>(
        `${baseUrl}/${resource}?${listQuery(params)}`,
        {
          signal: params.signal,
        },
      );
      const total = Number(headers.get('Content-Range')?.split('/').pop());
      return Number.isFinite(total)
        ? { data: json, total }
        : { data: json, pageInfo: { hasNextPage: false } };
    },
    async getOne(resource, params) {
      const { json } = await request<never>(
        `${baseUrl}/${resource}/${encodeURIComponent(String(params.id))}`,
        {
          signal: params.signal,
        },
      );
      return { data: json };
    },
    async update(resource, params) {
      const { json } = await request<never>(
        `${baseUrl}/${resource}/${encodeURIComponent(String(params.id))}`,
        {
          method: 'PUT',
          body: JSON.stringify(params.data),
          signal: params.signal,
        },
      );
      return { data: json };
    },
    async create(resource, params) {
      const { json } = await request<never>(`${baseUrl}/${resource}`, {
        method: 'POST',
        body: JSON.stringify(params.data),
        signal: params.signal,
      });
      return { data: json };
    },
  };
}
