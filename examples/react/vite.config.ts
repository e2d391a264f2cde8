// The React 19 example. Build: `npx vite build --config examples/react/vite.config.ts`,
// output in examples/react/dist/.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { holidayEngineVite } from '../../scripts/holiday-engine-resolve.mjs';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative, so the build works from any folder, including clients.csv in assets/.
  base: './',
  // A separate dependency cache, so this dev server and the repository's do not
  // make each other optimize the dependencies again.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/examples-react', import.meta.url)),
  // The holiday engine as the library build has it, without moment-timezone.
  plugins: [react(), holidayEngineVite()],
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
