/**
 * A context request sent before the element providing that context was
 * defined is never handled, and @lit/context does not send it again. Elements
 * register here while connected, and request their contexts again when
 * `<crm-scope>` or `<customer-view360>` becomes defined, so per-element
 * modules work in any load order. Only connected elements are held, so a page
 * that never defines a providing element keeps no growing list.
 */

/** Tag names of the library's elements that provide contexts to the elements inside them. */
const providingTags = ['crm-scope', 'customer-view360'];

/** Connected elements, each with its callback that requests its contexts again. */
const waiting = new Map<object, () => void>();

/** Providing tags whose definition is awaited. */
const awaited = new Set<string>();

/**
 * Calls `requestAgain` when a providing tag that is undefined now gets
 * defined, until {@link stopContextRetry} is called for `element`.
 */
export function retryContextWhenDefined(element: object, requestAgain: () => void): void {
  const undefinedTags = providingTags.filter((tag) => !customElements.get(tag));
  if (undefinedTags.length === 0) return;
  waiting.set(element, requestAgain);
  for (const tag of undefinedTags) {
    if (awaited.has(tag)) continue;
    awaited.add(tag);
    void customElements.whenDefined(tag).then(() => {
      for (const callback of [...waiting.values()]) callback();
      if (providingTags.every((name) => customElements.get(name))) waiting.clear();
    });
  }
}

/** Drops `element` from the elements waiting for a providing tag, such as when it disconnects. */
export function stopContextRetry(element: object): void {
  waiting.delete(element);
}
