/**
 * Opening the example's SQLite file and the prepared statements shared by
 * the loader and the writes.
 */
import Database from 'better-sqlite3';
import { recordOf, rowValues, type SqlValue } from './records.ts';
import { columnName, type ResourceTable } from './schema.ts';

export type SqliteDatabase = Database.Database;

/** Opens an existing database file; throws when `path` does not exist. */
export function openDatabase(path: string): SqliteDatabase {
  return new Database(path, { fileMustExist: true });
}

/** A prepared INSERT of whole records into one table. */
export type RecordInsert = (record: object, hidden?: Readonly<Record<string, SqlValue>>) => void;

/**
 * Prepares the INSERT of `table`. Hidden columns take the value in `hidden`,
 * else the one their `derive` computes, else NULL.
 */
export function prepareInsert(db: SqliteDatabase, table: ResourceTable): RecordInsert {
  const hiddenColumns = table.hidden ?? [];
  const names = [
    ...table.columns.map((column) => columnName(column.path)),
    ...hiddenColumns.map((column) => column.name),
  ];
  const placeholders = names.map(() => '?').join(', ');
  const statement = db.prepare(
    `INSERT INTO "${table.table}" (${names.map((name) => `"${name}"`).join(', ')}) VALUES (${placeholders})`,
  );
  return (record, hidden = {}) => {
    const values = rowValues(table, record);
    for (const column of hiddenColumns) {
      if (Object.hasOwn(hidden, column.name)) values.push(hidden[column.name]);
      else values.push(column.derive ? column.derive(record as Record<string, unknown>) : null);
    }
    statement.run(values);
  };
}

/** Reads the record with `id` from `table`, or undefined when there is none. */
export function findRecord(
  db: SqliteDatabase,
  table: ResourceTable,
  id: string,
): Record<string, unknown> | undefined {
  const row = db.prepare(`SELECT * FROM "${table.table}" WHERE "id" = ?`).get(id);
  return row === undefined ? undefined : recordOf(table, row as Record<string, unknown>);
}

/** Reads one value of the `meta` table. */
export function readMeta(db: SqliteDatabase, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}
