/**
 * Reads a dotted path such as `company.name` from a record. Only own
 * properties are read, so `constructor` or `__proto__` never reach the prototype.
 */
export function readPath(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
