/**
 * Sorting and paging of in-memory records for the embedded provider.
 */
import { readPath } from '../core/path.ts';
import { ProviderError, type GetListParams, type SortOrder } from '../core/provider.ts';

const collator = new Intl.Collator('pt-BR');

/**
 * Compares two field values for an ascending sort: numbers numerically,
 * strings with the pt-BR collator, booleans false before true. Returns 0 for
 * values of different types, so a stable sort keeps their order.
 */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '' || Number.isNaN(value);
}

/**
 * Returns the positions of `records` sorted by the value at `field` (a
 * dotted path). Records without a value come last in both orders, and equal
 * values keep their original order.
 */
export function sortedPositions<T>(records: readonly T[], field: string, order: SortOrder): number[] {
  const values = records.map((record) => readPath(record, field));
  const direction = order === 'DESC' ? -1 : 1;
  const positions = records.map((_, index) => index);
  positions.sort((left, right) => {
    const a = values[left];
    const b = values[right];
    const aMissing = isMissing(a);
    const bMissing = isMissing(b);
    if (aMissing || bMissing) return Number(aMissing) - Number(bMissing);
    return direction * compareValues(a, b);
  });
  return positions;
}

/** Sorts a copy of `records` by `sort`, or returns them in their order when `sort` is absent. */
export function sortRecords<T>(records: readonly T[], sort: GetListParams['sort']): T[] {
  if (!sort) return [...records];
  return sortedPositions(records, sort.field, sort.order).map((position) => records[position]);
}

/**
 * Validates `pagination` and returns the slice bounds of its page.
 * Rejects with ProviderError 400 unless page and perPage are positive integers.
 */
export function pageBounds(pagination: GetListParams['pagination'] | undefined): {
  start: number;
  end: number;
} {
  if (!pagination) return { start: 0, end: Number.POSITIVE_INFINITY };
  const { page, perPage } = pagination;
  if (!Number.isSafeInteger(page) || page < 1 || !Number.isSafeInteger(perPage) || perPage < 1) {
    throw new ProviderError(
      `Invalid pagination {page: ${String(page)}, perPage: ${String(perPage)}}: expected positive integers`,
      400,
    );
  }
  const start = (page - 1) * perPage;
  return { start, end: start + perPage };
}
