// Starts and stops examples/rest/server/main.ts for the end-to-end checks.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Maximum wait for the server to load the dataset and listen, in milliseconds. */
const serverStartTimeoutMs = 180_000;

/**
 * Starts examples/rest/server/main.ts on 127.0.0.1 at a free port over a new
 * SQLite file in a temporary folder. Resolves once it listens, to
 * `{ url, databasePath, loadLine, close }`; `close` stops the server and
 * deletes the folder.
 */
export async function startRestServer(repositoryRoot) {
  const directory = await mkdtemp(join(tmpdir(), 'crm-view360-rest-'));
  const databasePath = join(directory, 'data.sqlite');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'examples/rest/server/main.ts', '--port', '0', '--db', databasePath],
    { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = [];
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const exited = once(child, 'exit');
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(directory, { recursive: true, force: true });
  };

  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The REST server did not listen within ${serverStartTimeoutMs} ms`)),
        serverStartTimeoutMs,
      );
      child.stdout.on('data', (chunk) => {
        output.push(String(chunk));
        const match = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output.join(''));
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The REST server exited with code ${code}:\n${output.join('')}`));
      });
    });
    const loadLine =
      output
        .join('')
        .split('\n')
        .find((line) => line.startsWith('Loaded ')) ?? '';
    return { url, databasePath, loadLine, output, close };
  } catch (error) {
    await close();
    throw error;
  }
}
