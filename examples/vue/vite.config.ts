// The Vue 3 example. Build: `npx vite build --config examples/vue/vite.config.ts`,
// output in examples/vue/dist/.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { holidayEngineVite } from '../../scripts/holiday-engine-resolve.mjs';

/** The library's tags, which Vue must leave to the browser instead of resolving as components. */
const crmTags = new Set([
  'crm-scope',
  'customer-list',
  'customer-view360',
  'invoice-tab',
  'billing-tab',
  'task-tab',
  'history-timeline',
  'score-gauge',
]);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative, so the build works from any folder, including clients.csv in assets/.
  base: './',
  // A separate dependency cache, so this dev server and the repository's do not
  // make each other optimize the dependencies again.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/examples-vue', import.meta.url)),
  plugins: [
    vue({
      template: { compilerOptions: { isCustomElement: (tag) => crmTags.has(tag) } },
    }),
    // The holiday engine as the library build has it, without moment-timezone.
    holidayEngineVite(),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The embedded dataset's date-holidays rules make the library chunk large.
    chunkSizeWarningLimit: 4000,
  },
});
