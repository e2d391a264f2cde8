import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { holidayEngineVite } from './scripts/holiday-engine-resolve.mjs';

// `new URL('<relative path>.csv', import.meta.url)` with a literal path.
const csvUrlPattern = /new URL\((['"])(\.{1,2}\/[^'"]+\.csv)\1,\s*import\.meta\.url\)/g;

/**
 * Emits each CSV file that source code addresses with `new URL(path,
 * import.meta.url)` as a file next to the bundle. Library mode would otherwise
 * inline it as a base64 data URL: 3.9 MB of JavaScript for data/clients.csv.
 */
function emitCsvAssets(): Plugin {
  return {
    name: 'crm-view360:emit-csv-assets',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('.csv')) return null;
      const matches = [...code.matchAll(csvUrlPattern)];
      if (matches.length === 0) return null;
      let result = code;
      for (const [expression, , relativePath] of matches) {
        const file = resolve(dirname(id), relativePath);
        const source = await readFile(file);
        const referenceId = this.emitFile({
          type: 'asset',
          name: relativePath.split('/').pop(),
          source,
        });
        result = result.replace(expression, `new URL(import.meta.ROLLUP_FILE_URL_${referenceId})`);
      }
      return { code: result, map: null };
    },
  };
}

/** One ESM entry per element, plus `crm-view360` that registers them all. */
const entries = {
  'crm-view360': 'src/index.ts',
  'customer-list': 'src/customer-list/define.ts',
  'customer-view360': 'src/customer-view360/define.ts',
  'invoice-tab': 'src/invoice-tab/define.ts',
  'billing-tab': 'src/billing-tab/define.ts',
  'task-tab': 'src/task-tab/define.ts',
  'history-timeline': 'src/history-timeline/define.ts',
  'score-gauge': 'src/score-gauge/define.ts',
  'crm-scope': 'src/crm-scope/define.ts',
  'embedded-provider': 'src/data/embedded-provider.ts',
};

export default defineConfig({
  // Relative, so the bundle finds its emitted files (clients.csv) next to itself.
  base: './',
  // Pages served by this project's dev server (the demo, the README's example)
  // import the package by name before any build exists.
  resolve: {
    alias: [
      {
        find: /^crm-view360$/,
        replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      },
      // `crm-view360/customer-list.js`, `crm-view360/embedded-provider.js` and
      // the other entries, from their sources rather than a stale dist/.
      ...Object.entries(entries).map(([name, source]) => ({
        find: new RegExp(`^crm-view360/${name}\\.js$`),
        replacement: fileURLToPath(new URL(`./${source}`, import.meta.url)),
      })),
    ],
  },
  // The holiday engine's replacements for moment-timezone and the calendar factory.
  plugins: [holidayEngineVite(), emitCsvAssets()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  // The holiday engine loads through a dynamic import. date-holidays-parser and
  // caldate stay out of the dependency optimizer, because it would bundle them
  // without the engine's replacements. Their CommonJS dependencies are listed, so
  // the dev server converts them up front instead of reloading the page later.
  optimizeDeps: {
    exclude: ['date-holidays-parser', 'caldate'],
    include: ['date-holidays-parser > deepmerge', 'date-holidays-parser > jalaali-js'],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      // Runtime dependencies stay external so a host app's bundler dedupes them.
      // date-holidays-parser is bundled: the lazy holiday chunks carry it with
      // the replacements of src/holidays/engine, without moment-timezone.
      external: [
        /^lit($|\/)/,
        /^@lit\//,
        /^@lit-labs\//,
        /^zod($|\/)/,
        /^date-fns($|\/)/,
        /^@date-fns\//,
      ],
    },
  },
});
