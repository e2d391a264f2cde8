// Builds the benchmark pages, serves them on 127.0.0.1, runs each page in
// Chromium RUNS times and writes docs/benchmarks.md and bench/results.json.
// Usage: node bench/run.mjs [--runs N] [--page NAME]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const projectDir = resolve(benchDir, '..');
const docsFile = join(projectDir, 'docs', 'benchmarks.md');
const resultsFile = join(benchDir, 'results.json');
const generatedMarker = '<!-- Everything below is written by bench/run.mjs. -->';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, page: { type: 'string' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  throw new Error(`Invalid --runs ${values.runs}: expected a whole number of at least 1`);
}

function build() {
  console.log('Building bench/pages with Vite (production)…');
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], {
    cwd: projectDir,
    stdio: 'inherit',
  });
}

function pageNames() {
  const names = readdirSync(join(benchDir, 'pages'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length));
  return values.page ? names.filter((name) => name === values.page) : names;
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function stats(numbers) {
  return { median: median(numbers), min: Math.min(...numbers), max: Math.max(...numbers) };
}

/** Runs one page `runs` times, each in a fresh page, and returns every run's result. */
async function runPage(browser, baseUrl, name) {
  const results = [];
  for (let run = 1; run <= runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[${name}] page error: ${error.message}`));
    await page.goto(`${baseUrl}/${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchmark !== undefined, null, { timeout: 60_000 });
    const result = await page.evaluate(() => window.benchmark.run());
    console.log(`  ${name} run ${run}/${runs} done`);
    results.push(result);
    await context.close();
  }
  return results;
}

/** Combines the runs of one page into median, min and max per metric. */
function summarize(name, results) {
  const first = results[0];
  const metrics = first.metrics.map((metric, index) => {
    const ours = stats(results.map((result) => result.metrics[index].ours));
    const peers = Object.fromEntries(
      Object.keys(metric.peers).map((peer) => {
        const peerStats = stats(results.map((result) => result.metrics[index].peers[peer]));
        return [peer, { ...peerStats, ratio: ours.median / peerStats.median }];
      }),
    );
    return { name: metric.name, unit: metric.unit, lowerIsBetter: metric.lowerIsBetter, ours, peers };
  });
  return { page: name, title: first.title, runs: results.length, metrics };
}

const digits = (value, unit) =>
  Number.isFinite(value) ? value.toFixed(unit === 'nodes' ? 0 : 1) : 'n/a';

function table(summary) {
  const peers = Object.keys(summary.metrics[0]?.peers ?? {});
  const header = ['metric', 'unit', 'ours median (min–max)'];
  for (const peer of peers) header.push(`${peer} median (min–max)`, `ours / ${peer}`);
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const metric of summary.metrics) {
    const range = (s) => `${digits(s.median, metric.unit)} (${digits(s.min, metric.unit)}–${digits(s.max, metric.unit)})`;
    const cells = [metric.name, metric.unit, range(metric.ours)];
    for (const peer of peers) {
      const s = metric.peers[peer];
      cells.push(range(s), Number.isFinite(s.ratio) ? s.ratio.toFixed(2) : 'n/a');
    }
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function machine(browserVersion) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    chromium: browserVersion,
    node: process.version,
    date: new Date().toISOString(),
    command: `node bench/run.mjs${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`,
  };
}

function writeDocs(info, summaries) {
  let header = '# Benchmarks\n\n';
  try {
    const existing = readFileSync(docsFile, 'utf8');
    const at = existing.indexOf(generatedMarker);
    // Hand-written text before the marker, or the whole page before the first run, is kept.
    header = at >= 0 ? existing.slice(0, at) : existing;
  } catch {
    // No page yet: start one with a bare title.
  }
  const body = [
    generatedMarker,
    '',
    '## Latest results',
    '',
    `- Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB`,
    `- Chromium ${info.chromium}, Node ${info.node}`,
    `- Date: ${info.date}`,
    `- Command: \`${info.command}\` (${runs} runs per page, each in a fresh page)`,
    '',
    ...summaries.flatMap((summary) => [`### ${summary.title}`, '', table(summary), '']),
  ].join('\n');
  writeFileSync(docsFile, `${header.trimEnd()}\n\n${body}`);
}

build();
const server = await startStaticServer(join(benchDir, 'dist'));
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
try {
  const summaries = [];
  for (const name of pageNames()) {
    console.log(`Running ${name}…`);
    summaries.push(summarize(name, await runPage(browser, server.url, name)));
  }
  const info = machine(browser.version());
  for (const summary of summaries) {
    console.log(`\n${summary.title}\n${table(summary)}`);
  }
  const json = { machine: info, pages: summaries };
  console.log(`\n${JSON.stringify(json, null, 2)}`);
  writeFileSync(resultsFile, `${JSON.stringify(json, null, 2)}\n`);
  writeDocs(info, summaries);
  console.log(`\nWrote ${resultsFile} and ${docsFile}`);
} finally {
  await browser.close();
  await server.close();
}
