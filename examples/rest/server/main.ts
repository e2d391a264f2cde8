/**
 * Starts the REST example's server on 127.0.0.1. Creates the SQLite file
 * from data/clients.csv first when it is missing or `--reload` is given.
 *
 *   npx tsx examples/rest/server/main.ts [--port 8788] [--db FILE] [--reload]
 *
 * PORT and CRM_REST_DB set the same as the options. Port 0 picks a free
 * port. Once the server accepts requests it prints
 * `Listening on http://127.0.0.1:PORT`.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { todayIn } from '../../../src/dates/calendar-date.ts';
import { openDatabase, readMeta } from './database.ts';
import { createRestHandler } from './http.ts';
import { createDatabase } from './load.ts';

export const defaultPort = 8788;
export const defaultDatabasePath = fileURLToPath(new URL('../data.sqlite', import.meta.url));

const usage = 'Usage: tsx examples/rest/server/main.ts [--port PORT] [--db FILE] [--reload]';

function parseOptions(): { port: number; path: string; reload: boolean } {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      reload: { type: 'boolean', default: false },
    },
  });
  const portText = values.port ?? process.env.PORT ?? String(defaultPort);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new Error(`Invalid port ${portText}: expected an integer from 0 to 65535. ${usage}`);
  }
  return {
    port,
    path: values.db ?? process.env.CRM_REST_DB ?? defaultDatabasePath,
    reload: values.reload,
  };
}

const options = parseOptions();
if (options.reload || !existsSync(options.path)) {
  const started = performance.now();
  const report = createDatabase(options.path);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = Object.entries(report.counts)
    .map(([resource, count]) => `${count} ${resource}`)
    .join(', ');
  console.log(
    `Loaded ${options.path} in ${seconds} s: ${counts}; ${report.skippedRows} CSV rows skipped`,
  );
}

const db = openDatabase(options.path);
const timeZone = readMeta(db, 'timeZone') ?? 'America/Sao_Paulo';
const loadedFor = readMeta(db, 'today');
const today = todayIn(timeZone, new Date());
if (loadedFor !== today) {
  console.warn(
    `The dataset's dates are shifted to ${loadedFor}, not today ${today}; restart with --reload to shift them.`,
  );
}

const server = createServer(createRestHandler({ db, timeZone, now: () => new Date() }));
server.on('error', (error) => {
  console.error(`The server failed on 127.0.0.1:${options.port}:`, error.message);
  db.close();
  process.exitCode = 1;
});
server.listen(options.port, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  console.log(`Listening on http://127.0.0.1:${port} (database ${options.path})`);
});

function stop(signal: string): void {
  console.log(`Stopping on ${signal}`);
  server.close(() => {
    db.close();
    console.log('Stopped');
  });
  server.closeAllConnections();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
