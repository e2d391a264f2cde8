import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// Headless Chromium follows TZ, so CI runs the suite under several zones
// (see .ci/run). The browser locale stays en-US: tests set locale explicitly.
/**
 * @tanstack/query-core reads `process.env.NODE_ENV`, which bundlers replace.
 * The test server serves modules unbundled, so it replaces it here.
 */
const nodeEnvPlugin = {
  name: 'replace-node-env',
  transform(context) {
    if (context.response.is('js') && context.body.includes('process.env.NODE_ENV')) {
      return { body: context.body.replaceAll('process.env.NODE_ENV', '"development"') };
    }
    return undefined;
  },
};

/**
 * date-holidays pulls in CommonJS packages (moment-timezone), which the test
 * server cannot serve to the browser as they are. This plugin serves each
 * named package as one ES module bundled by esbuild, built once per run.
 * Vite and Storybook convert CommonJS themselves.
 */
function bundleCommonJsPackages(names) {
  const prefix = '/__esm-bundle__/';
  const bundles = new Map();
  const bundle = (name) =>
    build({
      entryPoints: [name],
      absWorkingDir: process.cwd(),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
    }).then((result) => result.outputFiles[0].text);
  return {
    name: 'bundle-commonjs-packages',
    resolveImport({ source }) {
      return names.includes(source) ? `${prefix}${source}.js` : undefined;
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [bundleCommonJsPackages(['date-holidays']), nodeEnvPlugin, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
  ],
};
