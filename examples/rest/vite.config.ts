// The REST example's page. Dev server: `npx vite --config examples/rest/vite.config.ts`
// forwards /api to the REST server at CRM_REST_SERVER (default
// http://127.0.0.1:8788). Build output goes to examples/rest/dist/.
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import { holidayEngineVite } from '../../scripts/holiday-engine-resolve.mjs';

const serverUrl = process.env.CRM_REST_SERVER ?? 'http://127.0.0.1:8788';

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: serverUrl, rewrite: (path) => path.replace(/^\/api/, '') },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative, so the build works from any folder.
  base: './',
  // A separate dependency cache, so this dev server and the repository's do not
  // make each other optimize the dependencies again.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/examples-rest', import.meta.url)),
  // Resolves the holiday engine's replacement modules, as the library build does.
  plugins: [holidayEngineVite()],
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The date-holidays rules make the library chunk large.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // ra-core imports @tanstack/react-query, whose modules start with the
        // React Server Components directive "use client". It has no meaning
        // in this client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
