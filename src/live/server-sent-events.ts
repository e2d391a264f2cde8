import type { DataProvider, LiveChange } from '../core/provider.ts';

/** The part of `EventSource` this module uses, so tests and polyfills can stand in. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent | Event) => void): void;
  close(): void;
}

export interface ServerSentEventsOptions {
  /** Name of the SSE event that carries changes. Default `change`. */
  eventName?: string;
  /** Creates the connection; default `new EventSource(url)`. */
  connect?: (url: string) => EventSourceLike;
}

interface Subscriber {
  resource: string;
  customerId?: string;
  callback: (change?: LiveChange) => void;
}

/** A provider that also pushes changes; `close()` ends the connection. */
export type LiveProvider<P extends DataProvider> = P &
  Required<Pick<DataProvider, 'subscribe'>> & { close(): void };

function customerIdOf(params: object): string | undefined {
  const filter = (params as { filter?: { customerId?: unknown } }).filter;
  if (filter?.customerId !== undefined) return String(filter.customerId);
  const id = (params as { id?: unknown }).id;
  return id !== undefined ? String(id) : undefined;
}

function parseChange(data: unknown): LiveChange | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const value = JSON.parse(data) as unknown;
    return typeof value === 'object' && value !== null ? (value as LiveChange) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds live updates to any provider from a Server-Sent Events stream. Each
 * `change` event carries JSON such as `{"resource":"invoices","customerId":"17"}`
 * and reaches the subscribers of that resource for that customer (or of the
 * resource as a whole when either side names no customer). One connection is
 * open while at least one element subscribes. After a reconnect every
 * subscriber is notified once, because changes may have been missed.
 */
export function withServerSentEvents<P extends DataProvider>(
  provider: P,
  url: string,
  options: ServerSentEventsOptions = {},
): LiveProvider<P> {
  const eventName = options.eventName ?? 'change';
  const connect = options.connect ?? ((address: string) => new EventSource(address));
  const subscribers = new Set<Subscriber>();
  let source: EventSourceLike | undefined;
  let lostConnection = false;

  const deliver = (change: LiveChange) => {
    const customerId = change.customerId !== undefined ? String(change.customerId) : undefined;
    for (const subscriber of [...subscribers]) {
      if (change.resource !== undefined && change.resource !== subscriber.resource) continue;
      if (customerId && subscriber.customerId && customerId !== subscriber.customerId) continue;
      subscriber.callback(change);
    }
  };

  const open = () => {
    source = connect(url);
    source.addEventListener(eventName, (event) => {
      const change = parseChange((event as MessageEvent).data);
      if (change) deliver(change);
      else
        console.warn(
          `crm-view360: ignored a "${eventName}" event whose data is not a JSON object.`,
        );
    });
    source.addEventListener('error', () => {
      lostConnection = true;
    });
    source.addEventListener('open', () => {
      if (!lostConnection) return;
      lostConnection = false;
      for (const subscriber of [...subscribers]) subscriber.callback();
    });
  };

  const close = () => {
    source?.close();
    source = undefined;
  };

  const subscribe: DataProvider['subscribe'] = (resource, params, callback) => {
    const subscriber: Subscriber = { resource, customerId: customerIdOf(params), callback };
    subscribers.add(subscriber);
    if (!source) open();
    return () => {
      subscribers.delete(subscriber);
      if (subscribers.size === 0) close();
    };
  };
  const closeAll = () => {
    subscribers.clear();
    close();
  };

  // A proxy keeps every other member of the provider, including methods that
  // use private class fields, which need the original object as `this`.
  return new Proxy(provider, {
    get(target, property) {
      if (property === 'subscribe') return subscribe;
      if (property === 'close') return closeAll;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as LiveProvider<P>;
}
