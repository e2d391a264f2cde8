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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [nodeEnvPlugin, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
  ],
};
