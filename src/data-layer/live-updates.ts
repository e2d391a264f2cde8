import type { DataProvider } from '../core/provider.ts';
import type { QueryCache } from './query-cache.ts';
import { customerOfKey, hashKey, keyTouchesCustomer, type QueryKey } from './query-keys.ts';

interface LiveSubscription {
  count: number;
  unsubscribe: () => void;
}

const registries = new WeakMap<QueryCache, Map<string, LiveSubscription>>();

function registryOf(client: QueryCache): Map<string, LiveSubscription> {
  let registry = registries.get(client);
  if (!registry) {
    registry = new Map();
    registries.set(client, registry);
  }
  return registry;
}

/** Number of provider subscriptions open through `client`; 0 once every element is gone. */
export function openLiveSubscriptions(client: QueryCache): number {
  return registries.get(client)?.size ?? 0;
}

/**
 * Opens, or shares, the provider subscription for one cached read. A push
 * refetches that resource's reads for the same customer, and the customer
 * record and list rows, whose balances follow. Returns the release function:
 * the provider's unsubscribe runs when the last reader releases.
 */
export function acquireLiveSubscription(
  client: QueryCache,
  provider: DataProvider,
  key: QueryKey,
): () => void {
  if (typeof provider.subscribe !== 'function') return () => {};
  const registry = registryOf(client);
  const hash = hashKey(key);
  let entry = registry.get(hash);
  if (!entry) {
    const [resource, , params] = key as [string, string, object];
    const customerId = customerOfKey(key);
    const onChange = () => {
      void client.invalidateQueries({
        predicate: (query) => {
          if (customerId === undefined) return query.queryKey[0] === resource;
          return (
            keyTouchesCustomer(query.queryKey, resource, customerId) ||
            keyTouchesCustomer(query.queryKey, 'customers', customerId)
          );
        },
      });
    };
    let unsubscribe: () => void = () => {};
    try {
      const result = provider.subscribe(resource, params, onChange);
      if (typeof result === 'function') unsubscribe = result;
    } catch (error) {
      console.warn(
        `crm-view360: provider.subscribe('${resource}') threw; live updates are off.`,
        error,
      );
    }
    entry = { count: 0, unsubscribe };
    registry.set(hash, entry);
  }
  entry.count += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const current = registry.get(hash);
    if (!current) return;
    current.count -= 1;
    if (current.count === 0) {
      registry.delete(hash);
      current.unsubscribe();
    }
  };
}
