// HTTP and assertion helpers of the REST example's end-to-end checks.

/** Builds a list URL in ra-data-simple-rest's query conventions. */
export function listUrl(apiUrl, resource, { sort, range, filter } = {}) {
  const query = new URLSearchParams();
  if (sort) query.set('sort', JSON.stringify(sort));
  if (range) query.set('range', JSON.stringify(range));
  if (filter) query.set('filter', JSON.stringify(filter));
  return `${apiUrl}/${resource}?${query}`;
}

export async function getJson(url, headers = {}) {
  const response = await fetch(url, { headers });
  return { response, json: await response.json() };
}

export async function sendJson(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** Returns the total of a `Content-Range` header such as `customers 0-24/319`. */
export function totalOf(response) {
  return Number(response.headers.get('content-range')?.split('/').pop());
}

export function expectEqual(actual, expected, description) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `${description}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}
