// Writes src/holidays/data/<CC>.json, one file per date-holidays country, so
// the browser loads the rules of one country instead of all of them.
//
// Each file is a complete date-holidays-parser data object for one country:
// `{ version, license, holidays: { CC: … }, names: { … } }`. Two things that
// the parser resolves across the whole data set are resolved here instead:
// - `_days` (a state or country that reuses another's days, such as AS reusing
//   US) becomes the referenced `days` merged under the entry's own `days`,
//   exactly as date-holidays-parser 3.4's Data#_assign merges them;
// - `names` keeps only the shared names that the country's rules reference
//   through `_name`, plus `substitutes`, which the parser always reads.
//
// Run after upgrading date-holidays: `node scripts/build-holiday-data.mjs`.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputDirectory = join(root, 'src/holidays/data');
const require = createRequire(import.meta.url);
const packageDirectory = dirname(require.resolve('date-holidays/package.json'));

const { version } = JSON.parse(await readFile(join(packageDirectory, 'package.json'), 'utf8'));
const data = JSON.parse(await readFile(join(packageDirectory, 'data/holidays.json'), 'utf8'));

/** Reads `path` (an array of keys) from `object`, or undefined when a step is missing. */
function readPath(object, path) {
  let current = object;
  for (const key of path) {
    if (current == null || typeof current !== 'object' || !Object.hasOwn(current, key))
      return undefined;
    current = current[key];
  }
  return current;
}

/** Replaces every `_days` reference under `entry` with the referenced days. */
function inlineDayReferences(entry, where) {
  if (entry._days) {
    const path = ['holidays', ...[entry._days].flat(), 'days'];
    const referenced = readPath(data, path);
    if (!referenced) throw new Error(`Invalid _days reference ${path.join('.')} in ${where}.`);
    entry.days = { ...structuredClone(referenced), ...entry.days };
    delete entry._days;
  }
  for (const group of ['states', 'regions']) {
    for (const [code, child] of Object.entries(entry[group] ?? {})) {
      inlineDayReferences(child, `${where}.${group}.${code}`);
    }
  }
}

/** Collects the `_name` references of every rule under `entry`. */
function collectNameReferences(entry, names = new Set()) {
  for (const rule of Object.values(entry.days ?? {})) {
    if (rule && typeof rule === 'object' && rule._name) names.add(rule._name);
  }
  for (const group of ['states', 'regions']) {
    for (const child of Object.values(entry[group] ?? {})) collectNameReferences(child, names);
  }
  return names;
}

function countryData(code) {
  const country = structuredClone(data.holidays[code]);
  inlineDayReferences(country, code);
  const names = {};
  for (const name of [...collectNameReferences(country)].sort()) {
    if (!Object.hasOwn(data.names, name)) throw new Error(`Unknown _name "${name}" in ${code}.`);
    names[name] = data.names[name];
  }
  if (data.names.substitutes) names.substitutes = data.names.substitutes;
  return { version: data.version, license: data.license, holidays: { [code]: country }, names };
}

const countries = Object.keys(data.holidays).sort();
await mkdir(outputDirectory, { recursive: true });
for (const file of await readdir(outputDirectory)) {
  if (file.endsWith('.json')) await rm(join(outputDirectory, file));
}
let bytes = 0;
for (const code of countries) {
  const text = `${JSON.stringify(countryData(code))}\n`;
  bytes += text.length;
  await writeFile(join(outputDirectory, `${code}.json`), text);
}
const countryList = `${JSON.stringify({ dateHolidays: version, dataVersion: data.version, countries })}\n`;
await writeFile(join(outputDirectory, 'countries.json'), countryList);
console.log(
  `Wrote ${countries.length} countries of date-holidays ${version} (data ${data.version}), ` +
    `${Math.round(bytes / 1024)} KB in all, to ${outputDirectory}.`,
);
