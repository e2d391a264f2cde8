import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { holidayEngineVite } from '../scripts/holiday-engine-resolve.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const pagesDir = resolve(benchDir, 'pages');

/** Every `bench/pages/*.html` is one entry, so adding a page needs no change here. */
const input = Object.fromEntries(
  readdirSync(pagesDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.slice(0, -'.html'.length), resolve(pagesDir, file)]),
);

export default defineConfig({
  root: pagesDir,
  base: './',
  // Run with --config, so the project's vite.config.ts (the library build) is not loaded.
  publicDir: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // The holiday engine as the library build has it, without moment-timezone.
  plugins: [holidayEngineVite()],
  build: {
    outDir: resolve(benchDir, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input },
  },
});
