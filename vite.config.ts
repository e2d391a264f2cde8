import { defineConfig } from 'vite';

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
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      // Runtime dependencies stay external so a host app's bundler dedupes them.
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^date-fns($|\/)/, /^@date-fns\//, /^date-holidays($|\/)/],
    },
  },
});
