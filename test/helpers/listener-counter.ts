/**
 * Counts the event listeners alive in the page, for leak checks in tests and
 * in the memory benchmark.
 */
// EventTarget.prototype is patched before any element of this file is created.
// A listener counts while it is registered on a target that is alive and, for
// a DOM node, connected: a removed subtree is garbage once nothing refers to
// it. AbortSignal targets are left out because the signals of finished reads
// stay alive until a garbage collection, which a test page cannot force.

type ListenerSets = Map<string, Map<EventListenerOrEventListenerObject, object>>;

const listenersByTarget = new WeakMap<EventTarget, ListenerSets>();
const listenerTargets = new Set<WeakRef<EventTarget>>();

export function installListenerCounter(): void {
  const prototype = EventTarget.prototype;
  const originalAdd = prototype.addEventListener;
  const originalRemove = prototype.removeEventListener;
  const keyOf = (type: string, options?: boolean | EventListenerOptions) =>
    `${type}:${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;

  prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    originalAdd.call(this, type, listener, options);
    const settings = typeof options === 'object' ? options : undefined;
    if (!listener || settings?.signal?.aborted) return;
    let sets = listenersByTarget.get(this);
    if (!sets) {
      sets = new Map();
      listenersByTarget.set(this, sets);
      listenerTargets.add(new WeakRef(this));
    }
    const key = keyOf(type, options);
    let listeners = sets.get(key);
    if (!listeners) {
      listeners = new Map();
      sets.set(key, listeners);
    }
    if (listeners.has(listener)) return;
    // The token distinguishes a `once` or `signal` removal from a later registration of the same listener.
    const token = {};
    listeners.set(listener, token);
    const forget = () => {
      if (listeners.get(listener) === token) listeners.delete(listener);
    };
    const capture = Boolean(settings?.capture);
    if (settings?.once) originalAdd.call(this, type, forget, { once: true, capture });
    settings?.signal?.addEventListener('abort', forget, { once: true });
  };

  prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    originalRemove.call(this, type, listener, options);
    if (listener) listenersByTarget.get(this)?.get(keyOf(type, options))?.delete(listener);
  };
}

/** Returns 'Window', 'Document' or the class name of `target`. */
export function targetKind(target: EventTarget): string {
  if (target === window) return 'Window';
  if (target === document) return 'Document';
  return target.constructor.name;
}

/** Returns the live listeners by kind of target and event type, as "Window resize". */
export function liveListeners(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const reference of listenerTargets) {
    const target = reference.deref();
    if (!target) {
      listenerTargets.delete(reference);
      continue;
    }
    if (target instanceof AbortSignal) continue;
    if (target instanceof Node && !target.isConnected) continue;
    const kind = targetKind(target);
    for (const [key, listeners] of listenersByTarget.get(target) ?? []) {
      if (listeners.size === 0) continue;
      const name = `${kind} ${key.slice(0, key.lastIndexOf(':'))}`;
      counts.set(name, (counts.get(name) ?? 0) + listeners.size);
    }
  }
  return counts;
}

/** Lists the listener counts that changed, as "Window resize +1", or returns 'none'. */
export function describeGrowth(before: Map<string, number>, after: Map<string, number>): string {
  const names = new Set([...before.keys(), ...after.keys()]);
  const changes: string[] = [];
  for (const name of [...names].sort()) {
    const difference = (after.get(name) ?? 0) - (before.get(name) ?? 0);
    if (difference !== 0) changes.push(`${name} ${difference > 0 ? '+' : ''}${difference}`);
  }
  return changes.join(', ') || 'none';
}

/** Sums the counts of `liveListeners()`. */
export function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}
