/**
 * Starts the examples' backend on 127.0.0.1: the embedded dataset behind the
 * REST API of api.ts. Run with `npm run example:server`; PORT sets the port
 * (default 8787).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createEmbeddedProvider } from '../../src/data/embedded-provider.ts';
import { createApiHandler } from './api.ts';

const port = Number(process.env.PORT ?? 8787);
const csvText = readFileSync(new URL('../../data/clients.csv', import.meta.url), 'utf8');
const provider = await createEmbeddedProvider({ csvText });
const api = createApiHandler(provider);

const server = createServer((request, response) => {
  api.handle(request, response).then((handled) => {
    if (handled) return;
    response.writeHead(404, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ message: `Not found: ${request.url}` }));
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `crm-view360 example API on http://127.0.0.1:${port}/api (${provider.errors.length} CSV rows skipped)`,
  );
});

const stop = () => {
  api.close();
  server.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
