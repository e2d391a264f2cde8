// Checks a library build (run after `vite build`) for the holiday split:
// - no entry file, nor any chunk an entry imports statically, contains holiday
//   rules, the date-holidays-parser engine or moment-timezone's zone data;
// - Brazil's rules are a chunk of their own, at most 15 KB min+gzip.
// Prints the min+gzip size of Brazil's chunk and of the engine chunk.
//
// Usage: node scripts/check-holiday-split.mjs [build directory, default dist]
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { init, parse } from 'es-module-lexer';

const directory = resolve(process.argv[2] ?? 'dist');
const countryChunkLimit = 15 * 1024;

/** Strings that only holiday rules, the engine or zone data contain. */
const markers = [
  { name: "Brazil's holiday rules", text: 'Consciência Negra' },
  { name: "Brazil's holiday rules (escaped)", text: 'Consci\\u00eancia Negra' },
  { name: "moment-timezone's zone data", text: 'Africa/Abidjan|LMT' },
  { name: 'moment-timezone', text: 'Moment Timezone requires Moment.js' },
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

for (const entry of entries) {
  for (const file of await staticGraph(entry)) {
    const text = await source(file);
    for (const marker of markers) {
      if (text.includes(marker.text)) {
        failures.push(`${file} (loaded by ${entry}) contains ${marker.name}.`);
      }
    }
  }
}

const files = (await readdir(directory)).filter((file) => file.endsWith('.js'));
const brazil = [];
const engine = [];
for (const file of files) {
  const text = await source(file);
  if (/^BR-[\w-]+\.js$/.test(file) && text.includes('Consciência Negra')) brazil.push(file);
  if (text.includes('Moment Timezone requires Moment.js')) engine.push(file);
}

if (brazil.length !== 1) {
  failures.push(`Expected one chunk BR-*.js with Brazil's rules, found ${brazil.length}.`);
} else {
  const size = await minGzipSize(brazil[0]);
  console.log(`Brazil's holiday rules: ${brazil[0]}, ${kilobytes(size)} min+gzip.`);
  if (size > countryChunkLimit) {
    failures.push(
      `${brazil[0]} is ${kilobytes(size)} min+gzip, over ${kilobytes(countryChunkLimit)}.`,
    );
  }
}
for (const file of engine) {
  console.log(
    `Holiday engine (date-holidays-parser, moment-timezone): ${file}, ${kilobytes(await minGzipSize(file))} min+gzip.`,
  );
}

if (failures.length > 0) {
  console.error(`Holiday split check failed in ${directory}:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Holiday split check passed: ${entries.length} entry files load no holiday data.`);
