import type { RecordId } from '../core/records.ts';
import { isPlainObject } from './replace-equal-deep.ts';

/** The cache key of a read: resource, method, then params. */
export type QueryKey = readonly unknown[];

/** Serializes a key to JSON with object keys sorted, so equal params give equal hashes. */
export function hashKey(key: QueryKey): string {
  return JSON.stringify(key, (_name, value: unknown) => {
    if (!isPlainObject(value)) return value;
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(value).sort()) sorted[name] = value[name];
    return sorted;
  });
}

/** Provider methods whose responses are cached. */
export type ReadMethod = 'getList' | 'getOne' | string;

/**
 * Builds the cache key of a provider read: resource, method, then the params
 * without `signal`. Equal params give equal keys whatever their key order.
 */
export function providerQueryKey(resource: string, method: ReadMethod, params: object): QueryKey {
  const { signal: _signal, ...rest } = params as { signal?: AbortSignal };
  return [resource, method, rest];
}

/** Reads the customer a cached read belongs to: `filter.customerId`, or `id` for customers. */
export function customerOfKey(key: QueryKey): string | undefined {
  const [resource, , params] = key as [string, string, Record<string, unknown> | undefined];
  if (!params) return undefined;
  const filter = params.filter as Record<string, unknown> | undefined;
  if (filter && filter.customerId !== undefined) return String(filter.customerId);
  if (resource === 'customers' && params.id !== undefined) return String(params.id);
  if (params.customerId !== undefined) return String(params.customerId);
  return undefined;
}

/** True when `key` reads `resource` for `customerId`, or lists customers (whose rows show it). */
export function keyTouchesCustomer(key: QueryKey, resource: string, customerId: RecordId): boolean {
  if (key[0] !== resource) return false;
  const owner = customerOfKey(key);
  if (owner !== undefined) return owner === String(customerId);
  return resource === 'customers' && key[1] === 'getList';
}
