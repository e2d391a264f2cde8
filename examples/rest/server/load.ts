/**
 * Creates the example's SQLite file from data/clients.csv with the dataset
 * modules of src/data, so it contains the records the embedded provider
 * serves for the same day and zone.
 */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { parseClientsCsv } from '../../../src/data/csv.ts';
import { buildDataset, datasetTimeZone } from '../../../src/data/dataset.ts';
import { todayIn, type CalendarDate } from '../../../src/dates/calendar-date.ts';
import { prepareInsert } from './database.ts';
import {
  agentsTable,
  customersTable,
  historyTable,
  invoicesTable,
  schemaStatements,
  tasksTable,
} from './schema.ts';

export const defaultCsvPath = new URL('../../../data/clients.csv', import.meta.url);

export interface LoadOptions {
  csvPath?: string | URL;
  /** Zone of "today" and of the event instants, America/Sao_Paulo by default. */
  timeZone?: string;
  /** Day the statements are shifted to; today in `timeZone` by default. */
  today?: CalendarDate;
}

export interface LoadReport {
  today: CalendarDate;
  timeZone: string;
  /** Number of records per resource. */
  counts: Record<string, number>;
  /** CSV lines skipped as malformed. */
  skippedRows: number;
  /** Wall-clock milliseconds of each step. */
  timings: { parse: number; build: number; insert: number };
}

/**
 * Writes a new database to `path`, replacing any file there. It writes to
 * `path + '.loading'` first and renames it when complete, so `path` never
 * contains a half-loaded database.
 */
export function createDatabase(path: string, options: LoadOptions = {}): LoadReport {
  const timeZone = options.timeZone ?? datasetTimeZone;
  const today = options.today ?? todayIn(timeZone, new Date());

  let started = performance.now();
  const parsed = parseClientsCsv(readFileSync(options.csvPath ?? defaultCsvPath, 'utf8'));
  const parse = performance.now() - started;

  started = performance.now();
  const dataset = buildDataset(parsed.rows, { today, timeZone });
  const build = performance.now() - started;

  started = performance.now();
  const loadingPath = `${path}.loading`;
  rmSync(loadingPath, { force: true });
  const db = new Database(loadingPath);
  try {
    // Journaling is off because a failed load leaves only the `.loading`
    // file, which is never opened as the database and the next load deletes.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    for (const statement of schemaStatements()) db.exec(statement);
    const tables = [
      [customersTable, dataset.customers],
      [invoicesTable, dataset.invoices],
      [tasksTable, dataset.tasks],
      [agentsTable, dataset.agents],
      [historyTable, dataset.history],
    ] as const;
    const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    db.transaction(() => {
      for (const [table, records] of tables) {
        const insert = prepareInsert(db, table);
        for (const record of records) insert(record);
      }
      setMeta.run('today', today);
      setMeta.run('timeZone', timeZone);
      setMeta.run('loadedAt', new Date().toISOString());
    })();
  } finally {
    db.close();
  }
  // A journal left by a crashed server belongs to the file being replaced.
  rmSync(`${path}-journal`, { force: true });
  renameSync(loadingPath, path);
  const insert = performance.now() - started;

  return {
    today,
    timeZone,
    counts: {
      customers: dataset.customers.length,
      invoices: dataset.invoices.length,
      tasks: dataset.tasks.length,
      agents: dataset.agents.length,
      history: dataset.history.length,
    },
    skippedRows: parsed.errors.length,
    timings: { parse, build, insert },
  };
}
