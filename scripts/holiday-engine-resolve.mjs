// Resolves the holiday engine's replacements (src/holidays/engine) for Vite
// and esbuild. Inside date-holidays-parser and caldate:
// - `moment-timezone` becomes src/holidays/engine/moment-timezone.ts, which
//   reads moment-timezone's zones from the holiday data, so neither moment
//   nor moment-timezone (about 107 KB min+gzip) is bundled;
// - the parser's `./CalEventFactory.js` becomes
//   src/holidays/engine/calendar-factory.ts, which loads calendars on demand.
// `date-holidays-parser/src/<file>.js` resolves to the package's own file,
// which its `exports` map hides. Every other import resolves as usual. The
// test runner bundles the full date-holidays package without this plugin, so
// tests compare the engine with the package as published.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const parserSource = join(dirname(require.resolve('date-holidays-parser/package.json')), 'src');
const engineDirectory = join(root, 'src/holidays/engine');

const momentShim = join(engineDirectory, 'moment-timezone.ts');
const calendarFactory = join(engineDirectory, 'calendar-factory.ts');
const deepImport = /^date-holidays-parser\/src\/([\w-]+\.js)$/;

const isInside = (file, directory) => Boolean(file) && file.startsWith(directory + sep);
const fromPackage = (importer, name) =>
  Boolean(importer) && importer.includes(`${sep}node_modules${sep}${name}${sep}`);

/**
 * Returns the file that replaces `source` imported by `importer` (an absolute
 * path), or undefined to resolve it as usual.
 */
export function resolveHolidayEngine(source, importer) {
  if (source === 'moment-timezone') {
    if (fromPackage(importer, 'date-holidays-parser') || fromPackage(importer, 'caldate')) {
      return momentShim;
    }
    return undefined;
  }
  if (source === './CalEventFactory.js' && isInside(importer, parserSource)) {
    return calendarFactory;
  }
  const deep = deepImport.exec(source);
  if (deep && isInside(importer, engineDirectory)) return join(parserSource, deep[1]);
  return undefined;
}

/**
 * Creates the Vite plugin. It changes only modules that the holiday engine
 * (src/holidays/engine/index.ts) reaches, which no other module imports.
 */
export function holidayEngineVite() {
  return {
    name: 'crm-view360:holiday-engine',
    enforce: 'pre',
    resolveId(source, importer) {
      return resolveHolidayEngine(source, importer?.split('?')[0]) ?? null;
    },
  };
}

/** Creates the esbuild plugin, for scripts/check-size.mjs and the test runner. */
export function holidayEngineEsbuild() {
  return {
    name: 'holiday-engine',
    setup(build) {
      build.onResolve(
        { filter: /^(moment-timezone|\.\/CalEventFactory\.js|date-holidays-parser\/src\/.*)$/ },
        (args) => {
          const path = resolveHolidayEngine(args.path, args.importer);
          return path ? { path } : undefined;
        },
      );
    },
  };
}
