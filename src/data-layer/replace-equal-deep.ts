/** True for objects made by `{}` or `Object.create(null)`, not arrays, dates or class instances. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Returns `next`, with every part that deep-equals the same part of
 * `previous` replaced by the previous object. A refetch that brings the same
 * response then returns `previous` itself, so memoized summaries and Lit's
 * dirty checks see no change. Only arrays and plain objects are compared;
 * any other object counts as changed unless it is the same object.
 */
export function replaceEqualDeep<T>(previous: unknown, next: T): T {
  if (previous === next) return next;
  const bothArrays = Array.isArray(previous) && Array.isArray(next);
  if (!bothArrays && !(isPlainObject(previous) && isPlainObject(next))) return next;
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  const copy = (bothArrays ? [] : {}) as Record<string, unknown>;
  // Object.keys skips the holes of sparse arrays, so arrays compare their lengths too.
  let equal =
    Object.keys(before).length === keys.length &&
    (!bothArrays || (previous as unknown[]).length === (next as unknown[]).length);
  for (const key of keys) {
    // Own values only, so a `__proto__` key that JSON.parse created is compared as data.
    const owned = Object.hasOwn(before, key);
    const value = replaceEqualDeep(owned ? before[key] : undefined, after[key]);
    if (key === '__proto__') {
      // Assigning `__proto__` would set the copy's prototype instead of adding a key.
      Object.defineProperty(copy, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      copy[key] = value;
    }
    if (value !== before[key] || !owned) equal = false;
  }
  if (equal) return previous as T;
  if (bothArrays) (copy as unknown as unknown[]).length = (next as unknown[]).length;
  return copy as T;
}
