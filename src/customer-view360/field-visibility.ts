import { readPath } from '../core/path.ts';
import { isMissing } from '../format/format.ts';
import type { FieldDefinition, VisibilityCondition } from '../structure/schema.ts';

/**
 * Decides whether a field renders for this record and user: the user needs one of
 * the field's `visibleTo` roles, and the record has to match `visibleWhen`.
 * A field with neither rule always renders.
 */
export function isFieldVisible(
  field: Pick<FieldDefinition, 'visibleTo' | 'visibleWhen'>,
  record: unknown,
  roles: readonly string[],
): boolean {
  if (field.visibleTo && !field.visibleTo.some((role) => roles.includes(role))) return false;
  if (field.visibleWhen && !matchesCondition(field.visibleWhen, record)) return false;
  return true;
}

/**
 * Tests the value at `condition.path` against the condition. A missing value
 * (absent, null or '') equals `null`. `present: true` matches any value that
 * is not missing, and `present: false` only a missing one.
 */
export function matchesCondition(condition: VisibilityCondition, record: unknown): boolean {
  const value = readPath(record, condition.path);
  if ('equals' in condition) return sameValue(value, condition.equals);
  if ('notEquals' in condition) return !sameValue(value, condition.notEquals);
  if (condition.in) return condition.in.some((expected) => sameValue(value, expected));
  if (condition.present !== undefined) return isMissing(value) !== condition.present;
  return true;
}

function sameValue(actual: unknown, expected: unknown): boolean {
  if (expected === null) return isMissing(actual);
  return actual === expected;
}
