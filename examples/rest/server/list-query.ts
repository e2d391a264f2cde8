/**
 * Parsing of a list request in the conventions of react-admin's simple REST
 * provider (`ra-data-simple-rest` 5) into parameterized SQL:
 *
 *   sort=["field","ASC"]    one queryable field, ASC or DESC
 *   range=[0,24]            first and last index, both inclusive
 *   filter={"q":"ana","customerId":"17","id":["1","2"],"score_gte":500}
 *
 * A filter key is a queryable field (equal to a value, or in an array of
 * values), the field with `_gte`, `_lte`, `_gt` or `_lt`, or `q` for the
 * customer search. SQL names only columns of schema.ts; every value is bound.
 */
import { foldForSearch } from '../../../src/data/names.ts';
import type { SqlValue } from './records.ts';
import { RequestError } from './request-error.ts';
import { columnName, type Column, type ResourceTable } from './schema.ts';

/** Maximum page size of a list request, and the page size when `range` is absent. */
export const maxPageSize = 1000;

export interface ListQuery {
  /** SQL condition after WHERE, `1` when there is no filter. */
  where: string;
  params: SqlValue[];
  /** SQL after ORDER BY. */
  orderBy: string;
  offset: number;
  limit: number;
}

const comparisons: Record<string, string> = { _gte: '>=', _lte: '<=', _gt: '>', _lt: '<' };

/** Parses `sort`, `range` and `filter` from `search`; throws a 400 RequestError for invalid input. */
export function parseListQuery(table: ResourceTable, search: URLSearchParams): ListQuery {
  const { offset, limit } = parseRange(search.get('range'));
  const { where, params } = parseFilter(table, search.get('filter'));
  return { where, params, orderBy: parseSort(table, search.get('sort')), offset, limit };
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError(400, `Invalid ${name} parameter ${text}: expected JSON`);
  }
}

function queryableColumn(table: ResourceTable, path: string): Column | undefined {
  return table.columns.find((column) => column.queryable && column.path === path);
}

function queryablePaths(table: ResourceTable): string {
  return table.columns
    .filter((column) => column.queryable)
    .map((column) => column.path)
    .join(', ');
}

/** Returns the ORDER BY clause. Missing values come last in both orders, then ties keep insertion order. */
function parseSort(table: ResourceTable, text: string | null): string {
  if (text === null) return 'rowid';
  const sort = parseJson('sort', text);
  if (
    !Array.isArray(sort) ||
    sort.length !== 2 ||
    typeof sort[0] !== 'string' ||
    (sort[1] !== 'ASC' && sort[1] !== 'DESC')
  ) {
    throw new RequestError(
      400,
      `Invalid sort parameter ${text}: expected ["field","ASC" or "DESC"]`,
    );
  }
  const column = queryableColumn(table, sort[0]);
  if (!column) {
    throw new RequestError(
      400,
      `Invalid sort field ${sort[0]} for ${table.resource}: expected one of ${queryablePaths(table)}`,
    );
  }
  const key = `"${column.epochKey ?? column.sortKey ?? columnName(column.path)}"`;
  return `${key} IS NULL, ${key} ${sort[1]}, rowid`;
}

function parseRange(text: string | null): { offset: number; limit: number } {
  if (text === null) return { offset: 0, limit: maxPageSize };
  const range = parseJson('range', text);
  const valid =
    Array.isArray(range) &&
    range.length === 2 &&
    Number.isSafeInteger(range[0]) &&
    Number.isSafeInteger(range[1]) &&
    range[0] >= 0 &&
    range[1] >= range[0];
  if (!valid) {
    throw new RequestError(
      400,
      `Invalid range parameter ${text}: expected [first, last] with 0 <= first <= last`,
    );
  }
  const limit = range[1] - range[0] + 1;
  if (limit > maxPageSize) {
    throw new RequestError(
      400,
      `Invalid range parameter ${text}: at most ${maxPageSize} records per request`,
    );
  }
  return { offset: range[0], limit };
}

function parseFilter(
  table: ResourceTable,
  text: string | null,
): { where: string; params: SqlValue[] } {
  const filter = text === null ? {} : parseJson('filter', text);
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new RequestError(400, `Invalid filter parameter ${text}: expected a JSON object`);
  }
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'q') {
      conditions.push(searchCondition(table, value, params));
      continue;
    }
    const suffix = Object.keys(comparisons).find((candidate) => key.endsWith(candidate));
    const column =
      queryableColumn(table, key) ??
      (suffix && queryableColumn(table, key.slice(0, -suffix.length)));
    if (!column) {
      throw new RequestError(
        400,
        `Invalid filter field ${key} for ${table.resource}: expected q or one of ${queryablePaths(table)}, optionally with _gte, _lte, _gt or _lt`,
      );
    }
    const target = `"${column.epochKey ?? columnName(column.path)}"`;
    if (column.path !== key) {
      conditions.push(`${target} ${comparisons[suffix!]} ?`);
      params.push(filterValue(column, key, value));
    } else if (Array.isArray(value)) {
      // An empty list matches nothing, as `id IN ()` would.
      conditions.push(
        value.length === 0 ? '0' : `${target} IN (${value.map(() => '?').join(', ')})`,
      );
      for (const item of value) params.push(filterValue(column, key, item));
    } else if (value === null) {
      conditions.push(`${target} IS NULL`);
    } else {
      conditions.push(`${target} = ?`);
      params.push(filterValue(column, key, value));
    }
  }
  return { where: conditions.length === 0 ? '1' : conditions.join(' AND '), params };
}

/** Converts one filter value to a bound parameter of `column`. */
function filterValue(column: Column, key: string, value: unknown): SqlValue {
  if (column.epochKey) {
    const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) {
      throw new RequestError(
        400,
        `Invalid filter ${key} ${JSON.stringify(value)}: expected an ISO 8601 instant`,
      );
    }
    return time;
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))
    return value;
  throw new RequestError(
    400,
    `Invalid filter ${key} ${JSON.stringify(value)}: expected a string, number or boolean`,
  );
}

/**
 * Builds the customer search of the embedded provider: every word must
 * occur in the name, ignoring case and accents, or, for a word of digits
 * with `.-/` punctuation, in the CPF digits.
 */
function searchCondition(table: ResourceTable, value: unknown, params: SqlValue[]): string {
  if (!table.searchable) {
    throw new RequestError(
      400,
      `Invalid filter field q for ${table.resource}: only customers support search`,
    );
  }
  if (typeof value !== 'string') {
    throw new RequestError(400, `Invalid filter q ${JSON.stringify(value)}: expected a string`);
  }
  const words = foldForSearch(value).split(/\s+/).filter(Boolean);
  if (words.length === 0) return '1';
  const conditions = words.map((word) => {
    params.push(likePattern(word));
    const digits = word.replace(/[.\-/]/g, '');
    if (!/^\d+$/.test(digits)) return `"nameKey" LIKE ? ESCAPE '\\'`;
    params.push(likePattern(digits));
    return `("nameKey" LIKE ? ESCAPE '\\' OR "document" LIKE ? ESCAPE '\\')`;
  });
  return conditions.join(' AND ');
}

/** Returns a LIKE pattern that matches `text` anywhere, with `%`, `_` and `\` escaped. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
