import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { holidayEngineEsbuild } from './scripts/holiday-engine-resolve.mjs';
import { reliabilityPlugin } from './test/hardening/reliability-plugin.mjs';

// Headless Chromium follows TZ, so CI runs the suite under several zones
// (see .ci/run). The browser locale stays en-US: tests set locale explicitly.

/**
 * date-holidays pulls in CommonJS packages (moment-timezone), which the test
 * server cannot serve to the browser as they are. This plugin serves each
 * named package as one ES module bundled by esbuild, built once per run.
 * A name starting with `/` is a project module (such as the holiday engine),
 * matched however it is imported and bundled with `esbuildPlugins`.
 * Vite and Storybook convert CommonJS themselves.
 */
function bundleCommonJsPackages(names, esbuildPlugins = []) {
  const prefix = '/__esm-bundle__/';
  const bundles = new Map();
  const bundle = (name) =>
    build({
      entryPoints: [name.startsWith('/') ? `.${name}` : name],
      absWorkingDir: process.cwd(),
      plugins: esbuildPlugins,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
    }).then((result) => result.outputFiles[0].text);
  return {
    name: 'bundle-commonjs-packages',
    resolveImport({ source, context }) {
      const name = source.startsWith('.')
        ? new URL(source, new URL(context.path, 'http://localhost')).pathname
        : source;
      return names.includes(name) ? `${prefix}${name}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const name = context.path.slice(prefix.length, -'.js'.length);
      if (!names.includes(name)) return undefined;
      if (!bundles.has(name)) bundles.set(name, bundle(name));
      return { body: await bundles.get(name), type: 'js' };
    },
  };
}

/**
 * Serves the examples' backend (examples/server/api.ts: the embedded dataset
 * over REST, with Server-Sent Events) under /api on the test server, so
 * end-to-end tests run against real HTTP. The dataset loads on the first
 * request only, because most test runs never call it.
 */
function examplesApi() {
  let api;
  const load = async () => {
    const { tsImport } = await import('tsx/esm/api');
    const { createApiHandler } = await tsImport('./examples/server/api.ts', import.meta.url);
    const { createEmbeddedProvider } = await tsImport(
      './src/data/embedded-provider.ts',
      import.meta.url,
    );
    const csvText = await readFile(new URL('./data/clients.csv', import.meta.url), 'utf8');
    return createApiHandler(await createEmbeddedProvider({ csvText }));
  };
  return {
    middleware: async (context, next) => {
      if (context.path !== '/api' && !context.path.startsWith('/api/')) return next();
      api ??= load();
      context.respond = false;
      await (await api).handle(context.req, context.res);
    },
    plugin: {
      name: 'examples-api',
      async serverStop() {
        if (api) (await api).close();
      },
    },
  };
}

const api = examplesApi();

/**
 * Returns a TCP port that is free on 127.0.0.1 now. WTR's default is the fixed
 * port 8000, so two runs on one machine (the time-zone passes and a developer's
 * run, say) failed with EADDRINUSE.
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Moves the test server to the loopback interface. @web/dev-server-core 0.7
 * listens on every interface when the hostname is localhost or 127.0.0.1
 * (DevServer.start), and plugins start only after that, but before any
 * browser connects, so the server closes and listens again on 127.0.0.1.
 */
const loopbackOnly = {
  name: 'loopback-only',
  async serverStart({ server, config }) {
    await new Promise((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: config.port, host: '127.0.0.1' }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  },
};

/**
 * Serves a JSON file imported as a module (`import('./data/BR.json')`, which
 * Vite turns into JavaScript) as `export default <json>`. A plain fetch of the
 * same file still gets the JSON, because Chromium marks module requests with
 * `Sec-Fetch-Dest: script`.
 */
const isJsonModuleRequest = (context) =>
  context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';

const jsonModulePlugin = {
  name: 'json-modules',
  resolveMimeType(context) {
    return isJsonModuleRequest(context) ? 'js' : undefined;
  },
  transform(context) {
    if (!isJsonModuleRequest(context)) return undefined;
    return { body: `export default ${context.body};`, transformCache: false };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  hostname: '127.0.0.1',
  port: await freePort(),
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [api.middleware],
  plugins: [
    loopbackOnly,
    api.plugin,
    // Writes docs/reliability.md from the corpus results the hardening tests send.
    reliabilityPlugin(),
    jsonModulePlugin,
    bundleCommonJsPackages(['date-holidays', 'date-holidays-parser', 'moment-timezone']),
    // The holiday engine with the replacements that the library build has.
    bundleCommonJsPackages(['/src/holidays/engine/index.ts'], [holidayEngineEsbuild()]),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
  ],
};
