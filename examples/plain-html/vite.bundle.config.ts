// Builds the whole library into one ES module for pages without a bundler:
// `<script type="module" src=".../crm-view360.bundle.js">` registers every element.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { holidayEngineVite } from '../../scripts/holiday-engine-resolve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  // Relative, so the bundle finds clients.csv next to itself wherever it is served.
  base: './',
  // The holiday engine as the library build has it, without moment-timezone.
  plugins: [holidayEngineVite()],
  build: {
    outDir: 'dist/bundle',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    copyPublicDir: false,
    // The single file is about 3.6 MB (580 KB gzip). Most of it is the holiday
    // rules of every country with their time zones, and the holiday calendars,
    // which a split build would load on demand.
    chunkSizeWarningLimit: 4000,
    // An application build rather than library mode, because library mode
    // inlines clients.csv into the JavaScript as a data URL. This build emits
    // it as dist/bundle/clients.csv, where the embedded provider fetches it.
    rolldownOptions: {
      input: { 'crm-view360.bundle': 'src/bundle.ts' },
      // Keeps the exports of src/bundle.ts, which an application build would drop.
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        // Inlines the dynamic imports too (the date-holidays engine and the
        // holiday rules of every country), so the bundle is one file.
        codeSplitting: false,
        entryFileNames: '[name].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
});
