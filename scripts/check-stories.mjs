// Renders every story of the built Storybook (storybook-static, written by
// `npm run build-storybook`) in Debian's Chromium and fails when a story logs
// a console error, throws, opens a dialog or gets an HTTP error response.
// When axe-core is installed it also runs axe on each story and reports the
// violations; `--fail-on-a11y` makes them fail too.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const staticDir = 'storybook-static';
const pagesInParallel = 2;
const renderTimeoutMs = 30_000;
// Time after the story rendered for requests the elements start on their own.
const settleMs = 750;
const axeAttempts = 40;
const failOnA11y = process.argv.includes('--fail-on-a11y');

// Chromium reports this benign layout notice as an error; it is no fault of a story.
const ignoredMessages = [/ResizeObserver loop/];

function findAxeScript() {
  try {
    return createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  } catch {
    return undefined;
  }
}

async function readStoryIds() {
  const indexPath = `${staticDir}/index.json`;
  if (!existsSync(indexPath)) {
    throw new Error(`${indexPath} is missing: run "npm run build-storybook" first.`);
  }
  const index = JSON.parse(await readFile(indexPath, 'utf8'));
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
}

/** Opens one story and returns its errors and, when axe is available, its violations. */
async function checkStory(context, baseUrl, id, axeScript) {
  const page = await context.newPage();
  const errors = [];
  const record = (text) => {
    if (!ignoredMessages.some((pattern) => pattern.test(text))) errors.push(text);
  };
  page.on('console', (message) => {
    if (message.type() === 'error') record(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => record(`page error: ${error.message}`));
  // A dialog means script ran that no story opens, such as markup from story data parsed as HTML.
  page.on('dialog', async (dialog) => {
    record(`dialog: ${dialog.type()} "${dialog.message()}"`);
    await dialog.dismiss();
  });
  page.on('response', (response) => {
    if (response.status() >= 400) record(`HTTP ${response.status()}: ${response.url()}`);
  });

  let violations = [];
  try {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    // Storybook 10's preview moves the current render to the `finished` phase
    // after the loaders, the render, the play function and the afterEach hooks
    // (the a11y addon's run). It sets sb-show-errordisplay when any of them threw.
    await page.waitForFunction(
      () => {
        const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        const failed = document.body.classList.contains('sb-show-errordisplay');
        return failed || phase === 'finished' || phase === 'aborted';
      },
      undefined,
      { timeout: renderTimeoutMs },
    );
    const storyError = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay')
        ? document.querySelector('#error-message')?.textContent?.trim() || 'story failed to render'
        : null,
    );
    if (storyError) record(`render: ${storyError}`);
    await page.waitForTimeout(settleMs);
    if (axeScript && !storyError) violations = await runAxe(page, axeScript);
  } catch (error) {
    record(`check: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await page.close();
  }
  return { id, errors, violations };
}

async function runAxe(page, axeScript) {
  // The a11y addon bundles axe too and runs it after each render. Only one axe
  // run may be in progress per page, so a busy axe is retried after a pause.
  const hasAxe = await page.evaluate(() => typeof window.axe?.run === 'function');
  if (!hasAxe) await page.addScriptTag({ path: axeScript });
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await page.evaluate(async () => {
        const root = document.querySelector('#storybook-root') ?? document.body;
        const result = await window.axe.run(root);
        return result.violations.map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        }));
      });
    } catch (error) {
      const busy = error instanceof Error && error.message.includes('Axe is already running');
      if (!busy || attempt >= axeAttempts) throw error;
      await page.waitForTimeout(250);
    }
  }
}

async function main() {
  const ids = await readStoryIds();
  const axeScript = findAxeScript();
  const server = await startStaticServer(staticDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // iframe.html links no icon, so Chromium requests /favicon.ico and logs the 404 as an error.
  await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  const results = [];
  try {
    const queue = [...ids];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const result = await checkStory(context, server.url, id, axeScript);
        const mark = result.errors.length ? 'FAIL' : 'ok  ';
        const a11y = result.violations.length ? ` (${result.violations.length} axe violations)` : '';
        console.log(`${mark} ${id}${a11y}`);
        results.push(result);
      }
    };
    await Promise.all(Array.from({ length: pagesInParallel }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
  return { results, axeScript };
}

const { results, axeScript } = await main();
const failed = results.filter((result) => result.errors.length > 0);
const withViolations = results.filter((result) => result.violations.length > 0);

for (const result of failed) {
  console.error(`\n${result.id}:`);
  for (const error of result.errors) console.error(`  ${error}`);
}
for (const result of withViolations) {
  console.error(`\n${result.id}: axe violations`);
  for (const violation of result.violations) {
    console.error(`  ${violation.rule} (${violation.impact}): ${violation.help}`);
    for (const target of violation.targets) console.error(`    at ${target}`);
  }
}

const axeNote = axeScript ? `${withViolations.length} with axe violations` : 'axe-core not installed, no axe run';
console.log(`\n${results.length} stories checked: ${failed.length} with errors, ${axeNote}.`);
if (failed.length > 0 || (failOnA11y && withViolations.length > 0)) process.exit(1);
