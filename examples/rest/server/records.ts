/**
 * Conversion between records, as the provider contract shapes them, and the
 * rows of the tables in schema.ts.
 */
import { columnName, type Column, type ResourceTable } from './schema.ts';

export type SqlValue = string | number | null;

/** Reads a dotted path of own properties, or undefined when a step is missing. */
export function readPath(record: unknown, path: string): unknown {
  let value = record;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Converts one field value to what its column stores. Throws a TypeError for a value of another type. */
export function toSqlValue(column: Column, value: unknown): SqlValue {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'json':
      return JSON.stringify(value);
    case 'boolean':
      if (typeof value !== 'boolean') break;
      return value ? 1 : 0;
    case 'integer':
    case 'real':
      if (typeof value !== 'number' || !Number.isFinite(value)) break;
      return value;
    case 'text':
      if (typeof value !== 'string') break;
      return value;
  }
  throw new TypeError(
    `Invalid ${column.path}: expected ${column.type}, got ${JSON.stringify(value)}`,
  );
}

/** Converts a stored value back to the record's field value. */
function fromSqlValue(column: Column, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.type === 'json') return JSON.parse(String(value));
  if (column.type === 'boolean') return value === 1;
  return value;
}

/** Returns the values of `table`'s record columns for `record`, in column order. */
export function rowValues(table: ResourceTable, record: object): SqlValue[] {
  assertMapped(table, record);
  return table.columns.map((column) => toSqlValue(column, readPath(record, column.path)));
}

/**
 * Builds the record of a row. A NULL column leaves its field out unless the
 * column keeps nulls, which matches the records of the embedded provider.
 */
export function recordOf(
  table: ResourceTable,
  row: Record<string, unknown>,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of table.columns) {
    const value = fromSqlValue(column, row[columnName(column.path)]);
    if (value === null && !column.keepNull) continue;
    writePath(record, column.path, value);
  }
  return record;
}

function writePath(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys.at(-1)!] = value;
}

/**
 * Throws when `record` has a field no column stores, so a field added to the
 * dataset fails the load instead of being dropped from the database.
 */
function assertMapped(table: ResourceTable, record: object, prefix = ''): void {
  for (const [key, value] of Object.entries(record)) {
    const path = `${prefix}${key}`;
    if (table.columns.some((column) => column.path === path)) continue;
    const nested = table.columns.some((column) => column.path.startsWith(`${path}.`));
    if (nested && typeof value === 'object' && value !== null) {
      assertMapped(table, value, `${path}.`);
      continue;
    }
    throw new Error(
      `${table.resource} field ${path} has no column in examples/rest/server/schema.ts`,
    );
  }
}
