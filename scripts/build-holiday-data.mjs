// Writes src/holidays/data/<CC>.json, one file per date-holidays country, so
// the browser loads the rules of one country instead of all of them.
//
// Each file is a date-holidays-parser data object for one country,
// `{ version, license, holidays: { CC: … }, names: { … } }`, plus what the
// engine of src/holidays/engine needs and the language list:
// - `calendars`: the calendars its rules use besides Gregorian and Easter,
//   which the engine imports on demand;
// - `timeZones`: every zone its places list, plus the zones of its equinox
//   rules, packed as moment-timezone 0.5.48 (date-holidays-parser's
//   dependency) packs them, so the engine computes the same instants;
// - `languages`: holiday names keep only these languages (the place's own,
//   plus en, es and pt, the library's UI languages). The other translations
//   are in all-languages/<CC>.json as `[path, { language: name }]` pairs,
//   which src/holidays/library.ts merges back when a call asks for one of them.
//   A name with none of these languages stays whole, as the parser then
//   returns the whole object.
// Two things that the parser resolves across the whole data set are
// resolved here instead:
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
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputDirectory = join(root, 'src/holidays/data');
const allLanguagesDirectory = join(outputDirectory, 'all-languages');
const require = createRequire(import.meta.url);
const packageDirectory = dirname(require.resolve('date-holidays/package.json'));
const parserDirectory = dirname(require.resolve('date-holidays-parser/package.json'));
// The package's `exports` map hides Parser.js, so it is imported by path.
const { default: Parser } = await import(
  pathToFileURL(join(parserDirectory, 'src/Parser.js')).href
);
const timeZoneData = JSON.parse(
  await readFile(require.resolve('moment-timezone/data/packed/latest.json'), 'utf8'),
);

/** Languages every country keeps in full: the library's UI languages. */
const uiLanguages = ['en', 'es', 'pt'];
/** Calendars the engine has built in: rules with `fn` "gregorian" or "easter". */
const builtInCalendars = new Set(['gregorian', 'easter']);

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

/** Calls `visit(entry, path)` for the country and each of its states and regions. */
function forEachPlace(entry, visit, path = []) {
  visit(entry, path);
  for (const group of ['states', 'regions']) {
    for (const [code, child] of Object.entries(entry[group] ?? {})) {
      forEachPlace(child, visit, [...path, group, code]);
    }
  }
}

/** Returns the calendars and equinox zones that the rules of `country` use. */
function parseRules(country, code) {
  const calendars = new Set();
  const zones = new Set();
  forEachPlace(country, (entry) => {
    for (const rule of Object.keys(entry.days ?? {})) {
      const parser = new Parser();
      const tokens = parser.parse(rule);
      if (parser.error) throw new Error(`Invalid rule "${rule}" in ${code}.`);
      for (const token of tokens) {
        if (!token.fn) continue;
        if (!builtInCalendars.has(token.fn)) calendars.add(token.fn);
        // Equinox.js reads `timezone` (default GMT) as a zone unless it is ±hh:mm.
        if (token.fn === 'equinox' && !/^[+-]\d{2}:\d{2}?$/.test(token.timezone)) {
          zones.add(token.timezone);
        }
      }
    }
  });
  return { calendars: [...calendars].sort(), zones };
}

const packedZones = new Map(timeZoneData.zones.map((packed) => [packed.split('|')[0], packed]));
const zoneLinks = new Map();
for (const link of timeZoneData.links) {
  const [first, second] = link.split('|');
  zoneLinks.set(first, second);
  zoneLinks.set(second, first);
}

/**
 * Returns moment-timezone's packed data of `name`, renamed to `name` when it
 * is a link (moment-timezone resolves links the same way). The engine reads
 * only offsets and transitions, so abbreviations and population are dropped:
 * `name||offsets|indices|untils`.
 */
function packedZone(name) {
  const target = packedZones.has(name) ? name : zoneLinks.get(name);
  const packed = target && packedZones.get(target);
  if (!packed) throw new Error(`moment-timezone has no time zone "${name}".`);
  const [, , offsets, indices, untils] = packed.split('|');
  return [name, '', offsets, indices, untils].join('|');
}

/** Returns the packed zones that the places and rules of `country` can ask for. */
function timeZonesOf(country, ruleZones) {
  const names = new Set(ruleZones);
  forEachPlace(country, (entry) => {
    for (const zone of entry.zones ?? []) names.add(zone);
  });
  // src/holidays/library.ts uses UTC for a place without zones.
  if (!country.zones?.length) names.add('UTC');
  return Object.fromEntries([...names].sort().map((name) => [name, packedZone(name)]));
}

/** Returns the languages whose names `country`'s file keeps. */
function languagesOf(country) {
  const languages = new Set(uiLanguages);
  forEachPlace(country, (entry) => {
    for (const language of entry.langs ?? []) languages.add(language);
  });
  return [...languages].sort();
}

/**
 * Keeps only `languages` in every holiday name under `object` (a `days` or
 * `names` object) and returns the removed translations as `[path, names]`.
 */
function trimNames(object, path, languages, removed) {
  for (const [key, rule] of Object.entries(object)) {
    const name = rule?.name;
    if (!name || typeof name !== 'object') continue;
    const keptLanguages = Object.keys(name).filter((language) => languages.includes(language));
    if (keptLanguages.length === 0) continue;
    const others = Object.keys(name).filter((language) => !languages.includes(language));
    if (others.length === 0) continue;
    removed.push([[...path, key, 'name'], Object.fromEntries(others.map((l) => [l, name[l]]))]);
    rule.name = Object.fromEntries(keptLanguages.map((language) => [language, name[language]]));
  }
}

function countryData(code) {
  const country = structuredClone(data.holidays[code]);
  inlineDayReferences(country, code);
  const names = {};
  for (const name of [...collectNameReferences(country)].sort()) {
    if (!Object.hasOwn(data.names, name)) throw new Error(`Unknown _name "${name}" in ${code}.`);
    names[name] = structuredClone(data.names[name]);
  }
  if (data.names.substitutes) names.substitutes = structuredClone(data.names.substitutes);

  const { calendars, zones } = parseRules(country, code);
  const languages = languagesOf(country);
  const removed = [];
  trimNames(names, ['names'], languages, removed);
  forEachPlace(country, (entry, path) => {
    if (entry.days) trimNames(entry.days, ['holidays', code, ...path, 'days'], languages, removed);
  });
  return {
    rules: {
      version: data.version,
      license: data.license,
      holidays: { [code]: country },
      names,
      languages,
      calendars,
      timeZones: timeZonesOf(country, zones),
    },
    otherLanguages: removed,
  };
}

const countries = Object.keys(data.holidays).sort();
for (const directory of [outputDirectory, allLanguagesDirectory]) {
  await mkdir(directory, { recursive: true });
  for (const file of await readdir(directory)) {
    if (file.endsWith('.json')) await rm(join(directory, file));
  }
}
let bytes = 0;
for (const code of countries) {
  const { rules, otherLanguages } = countryData(code);
  const text = `${JSON.stringify(rules)}\n`;
  bytes += text.length;
  await writeFile(join(outputDirectory, `${code}.json`), text);
  await writeFile(
    join(allLanguagesDirectory, `${code}.json`),
    `${JSON.stringify(otherLanguages)}\n`,
  );
}
const countryList = `${JSON.stringify({ dateHolidays: version, dataVersion: data.version, countries })}\n`;
await writeFile(join(outputDirectory, 'countries.json'), countryList);
console.log(
  `Wrote ${countries.length} countries of date-holidays ${version} (data ${data.version}), ` +
    `${Math.round(bytes / 1024)} KB in all, to ${outputDirectory}.`,
);
