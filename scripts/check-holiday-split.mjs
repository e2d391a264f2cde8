// Checks a library build (run after `vite build`) for the holiday split:
// - no entry file, nor any chunk an entry imports statically, contains holiday
//   rules, the holiday engine (date-holidays-parser) or time zone data;
// - Brazil's rules are a chunk of their own;
// - what a host downloads on the first use of Brazil's holidays is at most
//   15 KB min+gzip and contains neither moment-timezone nor astronomia. That
//   download is the country list, Brazil's rules, the engine and the chunks
//   they import statically, less what the entries already loaded.
// Prints the min+gzip size of each of those chunks and their sum.
//
// Usage: node scripts/check-holiday-split.mjs [build directory, default dist]
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { init, parse } from 'es-module-lexer';

const directory = resolve(process.argv[2] ?? 'dist');
const brazilDownloadLimit = 15 * 1024;

/** Strings that only holiday rules, the engine or zone data contain. */
const markers = [
  { name: "Brazil's holiday rules", text: 'Consciência Negra' },
  { name: "Brazil's holiday rules (escaped)", text: 'Consci\\u00eancia Negra' },
  { name: 'packed time zone data', text: 'America/Sao_Paulo||' },
  { name: "moment-timezone's zone data", text: 'Africa/Abidjan|LMT' },
  { name: 'moment-timezone', text: 'Moment Timezone requires Moment.js' },
  { name: "date-holidays-parser's rule grammar", text: 'equinox|solstice' },
];

/** Strings of packages that Brazil's holidays must not download. */
const heavyMarkers = [
  { name: 'moment-timezone', text: 'Moment Timezone requires Moment.js' },
  { name: "moment-timezone's zone data", text: 'Africa/Abidjan|LMT' },
  { name: 'astronomia', text: 'vsop87' },
];

const packageJson = JSON.parse(await readFile('package.json', 'utf8'));
const entries = Object.values(packageJson.exports)
  .map((target) => (typeof target === 'string' ? target : target.default))
  .filter((target) => typeof target === 'string' && /^\.\/dist\/[^/]+\.js$/.test(target))
  .map((target) => target.slice('./dist/'.length));

await init;
const failures = [];

async function source(file) {
  return readFile(join(directory, file), 'utf8');
}

/** Returns the relative files `file` imports statically (`import`/`export … from`, not `import()`). */
async function staticImports(file) {
  const [imports] = parse(await source(file));
  return imports
    .filter((entry) => entry.d === -1 && entry.n?.startsWith('./'))
    .map((entry) => entry.n.slice(2));
}

/** Collects every file reachable from `entry` through static imports. */
async function staticGraph(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(await staticImports(file)));
  }
  return seen;
}

async function minGzipSize(file) {
  const { code } = await transform(await source(file), { minify: true, format: 'esm' });
  return gzipSync(code, { level: 9 }).length;
}

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const entryGraph = new Set();
for (const entry of entries) {
  for (const file of await staticGraph(entry)) {
    entryGraph.add(file);
    const text = await source(file);
    for (const marker of markers) {
      if (text.includes(marker.text)) {
        failures.push(`${file} (loaded by ${entry}) contains ${marker.name}.`);
      }
    }
  }
}

/** Returns the one chunk named like `pattern` that contains `text`, or records a failure. */
async function chunkWith(pattern, text, description) {
  const found = [];
  for (const file of files) {
    if (pattern.test(file) && (await source(file)).includes(text)) found.push(file);
  }
  if (found.length !== 1) {
    failures.push(`Expected one chunk with ${description}, found ${found.length}.`);
    return undefined;
  }
  return found[0];
}

const files = (await readdir(directory)).filter((file) => file.endsWith('.js'));
const brazilStarts = [
  await chunkWith(/^countries-[\w-]+\.js$/, 'dateHolidays', 'the holiday country list'),
  await chunkWith(/^BR-[\w-]+\.js$/, 'Consciência Negra', "Brazil's rules"),
  await chunkWith(/^engine-[\w-]+\.js$/, 'equinox|solstice', 'the holiday engine'),
];

if (!brazilStarts.includes(undefined)) {
  const download = new Set();
  for (const start of brazilStarts) {
    for (const file of await staticGraph(start)) {
      if (!entryGraph.has(file)) download.add(file);
    }
  }
  let total = 0;
  for (const file of [...download].sort()) {
    const size = await minGzipSize(file);
    total += size;
    console.log(`Brazil's holidays download ${file}: ${kilobytes(size)} min+gzip.`);
    const text = await source(file);
    for (const marker of heavyMarkers) {
      if (text.includes(marker.text)) failures.push(`${file} contains ${marker.name}.`);
    }
  }
  console.log(`Brazil's holidays download in all: ${kilobytes(total)} min+gzip.`);
  if (total > brazilDownloadLimit) {
    failures.push(
      `Brazil's holidays download ${kilobytes(total)} min+gzip, over ${kilobytes(brazilDownloadLimit)}.`,
    );
  }
}

if (failures.length > 0) {
  console.error(`Holiday split check failed in ${directory}:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Holiday split check passed: ${entries.length} entry files load no holiday data.`);
