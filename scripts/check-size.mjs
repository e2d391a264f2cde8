// Checks the min+gzip size of every public entry against size-budgets.json.
//
// Each entry of vite.config.ts is bundled on its own with esbuild, minified,
// as ESM, with every dependency included because a host app ships them too.
// Code splitting makes each dynamic import (holiday rules, the holiday engine)
// a chunk of its own. An entry's size is the
// sum of the gzipped sizes (node:zlib, level 9) of its file and of every chunk
// it imports statically: what a page downloads before the first lazy load.
// Brazil's holidays are measured apart, as src/holidays/library.ts loads them
// on first use: the country list, Brazil's rules (data) and the engine, with
// the chunks each of them imports statically. The engine is src/holidays/engine
// with date-holidays-parser, built with the replacements of
// scripts/holiday-engine-resolve.mjs as the library build has them. Calendars
// that Brazil's rules do not use stay in chunks of their own and are not counted.
//
// Usage: node scripts/check-size.mjs [--details] [--not-enforced NAME,NAME]
//   --details       lists the largest input packages of every entry, not only
//                   of the entries over budget.
//   --not-enforced  entries whose budget is a target not met yet: they are
//                   measured and reported, but being over does not fail.
// Exits 1 when any other size is over its budget.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { holidayEngineEsbuild } from './holiday-engine-resolve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const showDetails = process.argv.includes('--details');

/** Entry names given after --not-enforced, comma-separated. */
function notEnforcedNames() {
  const index = process.argv.indexOf('--not-enforced');
  if (index < 0) return new Set();
  const value = process.argv[index + 1];
  if (!value || value.startsWith('--')) {
    throw new Error(
      '--not-enforced expects entry names, such as --not-enforced crm-view360,customer-list',
    );
  }
  return new Set(value.split(','));
}

const notEnforced = notEnforcedNames();

/** Reads the library entries (output name to source module) from vite.config.ts. */
async function readEntries() {
  const config = await readFile(join(root, 'vite.config.ts'), 'utf8');
  const block = /const entries = \{([^}]*)\}/.exec(config);
  if (!block) throw new Error('vite.config.ts has no `const entries = { ... }` object to read.');
  const pairs = [...block[1].matchAll(/'([\w-]+)':\s*'([^']+)'/g)];
  return Object.fromEntries(pairs.map(([, name, source]) => [name, source]));
}

const entries = await readEntries();

/** The row of the holiday rules of one country, loaded on first use. */
const holidayRow = 'holidays BR (lazy)';
const holidayCountry = 'BR';

const budgets = JSON.parse(await readFile(join(root, 'size-budgets.json'), 'utf8')).budgets;

function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * Bundles `entry` into a temporary folder and returns the metafile and the
 * gzipped size of every output file, keyed by the metafile's output path.
 */
async function bundle(entry, outdir) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    outdir,
    metafile: true,
    write: false,
    legalComments: 'none',
    logLevel: 'error',
    tsconfig: join(root, 'tsconfig.json'),
    plugins: [holidayEngineEsbuild()],
  });
  const gzipped = new Map();
  for (const file of result.outputFiles) {
    gzipped.set(relative(root, file.path), gzipSize(file.contents));
  }
  return { metafile: result.metafile, gzipped };
}

/** Returns `start` and every output it reaches through static imports. */
function staticGraph(metafile, start) {
  const seen = new Set();
  const queue = [start];
  while (queue.length > 0) {
    const output = queue.pop();
    if (seen.has(output)) continue;
    seen.add(output);
    for (const imported of metafile.outputs[output].imports) {
      if (imported.kind === 'import-statement' && !imported.external) queue.push(imported.path);
    }
  }
  return seen;
}

/** Returns the output path whose entry point (static or dynamic) is `input`. */
function outputOf(metafile, input) {
  const match = Object.entries(metafile.outputs).find(
    ([path, output]) => output.entryPoint === input && path.endsWith('.js'),
  );
  if (!match) throw new Error(`No output chunk found for ${input}.`);
  return match[0];
}

/** Returns the input whose path ends with `suffix`, for lazily imported modules. */
function inputEndingWith(metafile, suffix) {
  const input = Object.keys(metafile.inputs).find((path) => path.endsWith(suffix));
  if (!input) throw new Error(`No input ending with ${suffix} in the bundle.`);
  return input;
}

/** Returns the npm package of an input path, or the folder of the project's own files. */
function packageOf(input) {
  const parts = input.split('/');
  const index = parts.lastIndexOf('node_modules');
  if (index === -1) return dirname(input);
  const name = parts[index + 1];
  return name.startsWith('@') ? `${name}/${parts[index + 2]}` : name;
}

/**
 * Estimates the gzipped bytes of each package in `outputs`: each chunk's
 * gzipped size is shared among its inputs in proportion to their minified bytes.
 */
function contributors(metafile, gzipped, outputs) {
  const bytes = new Map();
  for (const path of outputs) {
    const output = metafile.outputs[path];
    const minified = Object.values(output.inputs).reduce(
      (sum, input) => sum + input.bytesInOutput,
      0,
    );
    if (minified === 0) continue;
    const share = gzipped.get(path) / minified;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput * share);
    }
  }
  return [...bytes].sort((a, b) => b[1] - a[1]);
}

function sumSizes(gzipped, outputs) {
  let total = 0;
  for (const path of outputs) total += gzipped.get(path);
  return total;
}

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const outdir = await mkdtemp(join(tmpdir(), 'crm-size-'));
const rows = [];
try {
  for (const [name, entry] of Object.entries(entries)) {
    const { metafile, gzipped } = await bundle(entry, outdir);
    const outputs = staticGraph(metafile, outputOf(metafile, entry));
    rows.push({
      name,
      size: sumSizes(gzipped, outputs),
      top: contributors(metafile, gzipped, outputs),
    });

    if (name !== 'crm-view360') continue;
    // As holidaysFor() loads them: the country list, then the engine and the
    // country's rules, with the shared chunks each of them imports.
    const lazyOutputs = (inputs) => {
      const lazy = new Set();
      for (const input of inputs) {
        for (const output of staticGraph(metafile, outputOf(metafile, input))) lazy.add(output);
      }
      for (const output of outputs) lazy.delete(output);
      return lazy;
    };
    const dataInputs = [
      'src/holidays/data/countries.json',
      `src/holidays/data/${holidayCountry}.json`,
    ];
    const engineInputs = [inputEndingWith(metafile, 'src/holidays/engine/index.ts')];
    const data = lazyOutputs(dataInputs);
    const engine = lazyOutputs(engineInputs);
    const lazy = lazyOutputs([...dataInputs, ...engineInputs]);
    rows.push({
      name: holidayRow,
      size: sumSizes(gzipped, lazy),
      top: contributors(metafile, gzipped, lazy),
      parts: [
        ['engine', sumSizes(gzipped, engine)],
        ['data (country list and rules)', sumSizes(gzipped, data)],
      ],
    });
  }
} finally {
  await rm(outdir, { recursive: true, force: true });
}

const table = rows.map((row) => {
  const budget = budgets[row.name];
  if (budget === undefined) throw new Error(`size-budgets.json has no budget for "${row.name}".`);
  const budgetBytes = budget * 1024;
  return {
    ...row,
    budgetBytes,
    over: row.size > budgetBytes,
    enforced: !notEnforced.has(row.name),
  };
});

const unknownNames = [...notEnforced].filter((name) => !table.some((row) => row.name === name));
if (unknownNames.length > 0) {
  throw new Error(`--not-enforced names unknown entries: ${unknownNames.join(', ')}`);
}

const nameWidth = Math.max(...table.map((row) => row.name.length), 'entry'.length);
console.log(
  `${'entry'.padEnd(nameWidth)}  ${'min+gzip'.padStart(9)}  ${'budget'.padStart(9)}  result`,
);
for (const row of table) {
  let status = row.over ? `OVER by ${kilobytes(row.size - row.budgetBytes)}` : 'OK';
  if (!row.enforced) status += ' (not enforced)';
  console.log(
    `${row.name.padEnd(nameWidth)}  ${kilobytes(row.size).padStart(9)}  ${kilobytes(row.budgetBytes).padStart(9)}  ${status}`,
  );
}

for (const row of table) {
  for (const [part, bytes] of row.parts ?? []) {
    console.log(`  ${row.name} ${part}: ${kilobytes(bytes)}`);
  }
}

for (const row of table) {
  if (!row.over && !showDetails) continue;
  console.log(`\nLargest inputs of ${row.name} (estimated min+gzip by package or source folder):`);
  for (const [name, bytes] of row.top.slice(0, 12)) {
    console.log(`  ${name.padEnd(36)} ${kilobytes(bytes).padStart(9)}`);
  }
}

const tolerated = table.filter((row) => row.over && !row.enforced);
if (tolerated.length > 0) {
  console.log(
    `\nNot enforced, targets not met yet: ${tolerated
      .map((row) => `${row.name} ${kilobytes(row.size)} > ${kilobytes(row.budgetBytes)}`)
      .join(', ')}.`,
  );
}
for (const row of table) {
  if (!row.enforced && !row.over) {
    console.log(
      `\n${row.name} is within its budget now: enforce it by dropping it from --not-enforced.`,
    );
  }
}

const over = table.filter((row) => row.over && row.enforced);
if (over.length > 0) {
  console.error(
    `\n${over.length} size(s) over budget: ${over
      .map((row) => `${row.name} ${kilobytes(row.size)} > ${kilobytes(row.budgetBytes)}`)
      .join(', ')}.`,
  );
  process.exitCode = 1;
}
