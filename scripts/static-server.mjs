// A small static file server on 127.0.0.1 for checking the built Storybook.
// It serves files only, never directory listings.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolves a request path inside `root`, or returns null when it points outside. */
function resolveInside(root, urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const path = resolve(join(root, normalize(decoded)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

/**
 * Starts serving `root` on 127.0.0.1 at a free port (or `port`). Resolves to
 * `{ url, close }` once listening.
 */
export async function startStaticServer(root, { port = 0 } = {}) {
  const absoluteRoot = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = resolveInside(absoluteRoot, url.pathname);
    try {
      if (path && (await stat(path)).isDirectory()) path = join(path, 'index.html');
      if (!path || !(await stat(path)).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Not found: ${url.pathname}\n`);
      return;
    }
    const type = contentTypes[extname(path)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(path).pipe(response);
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, '127.0.0.1', resolveListen);
  });
  const { port: boundPort } = server.address();
  return {
    url: `http://127.0.0.1:${boundPort}`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}
