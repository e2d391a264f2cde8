// Builds the framework examples (plain HTML over the single-file bundle, React
// 19, Vue 3, and the REST example over SQLite), serves each build on
// 127.0.0.1 and drives it in Debian's Chromium as an agent would. In each, the
// list must show the 30,000 customers, a click and Enter on a row must open
// that customer in the 360 view, and a tab switch must show the invoices. The
// REST example also searches, sorts and runs a task through its server, then
// checks the rows in SQLite (examples/rest/test/). The demo of `npm start` and
// the README's page example run on Vite's dev server with checks of their own:
// the demo in English with its address and language menu, the README page
// loading the list and opening a customer. Any console error or page error
// fails the example. Prints "N passed, N failed" and exits with 1 when a check
// failed. Example names as arguments run only those
// (`node scripts/test-examples.mjs rest`).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, createServer } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { apiChecks } from '../examples/rest/test/api-checks.mjs';
import { restPageChecks } from '../examples/rest/test/page-checks.mjs';
import { startRestServer } from '../examples/rest/test/server-process.mjs';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** Each example: its Vite config, the folder to serve and the page's path in it. */
const examples = [
  {
    name: 'plain-html',
    config: 'examples/plain-html/vite.bundle.config.ts',
    // The page links ../../dist/bundle/, so the repository root is served.
    serve: '.',
    path: '/examples/plain-html/',
  },
  {
    // The same page with a second copy of the bundle evaluated: no define
    // error, and the elements of the first copy keep working.
    name: 'plain-html-loaded-twice',
    config: 'examples/plain-html/vite.bundle.config.ts',
    serve: '.',
    path: '/examples/plain-html/?load-twice',
    extraChecks: (page) => [
      [
        'second copy of the bundle was evaluated',
        () =>
          waitFor(
            'a request for crm-view360.bundle.js?copy=2',
            () =>
              page.evaluate(() =>
                performance
                  .getEntriesByType('resource')
                  .some((entry) => entry.name.endsWith('crm-view360.bundle.js?copy=2')),
              ),
            Boolean,
          ),
      ],
    ],
  },
  {
    name: 'react',
    config: 'examples/react/vite.config.ts',
    serve: 'examples/react/dist',
    path: '/',
  },
  { name: 'vue', config: 'examples/vue/vite.config.ts', serve: 'examples/vue/dist', path: '/' },
  {
    // The demo of `npm start`, on Vite's dev server as the README runs it, in English.
    name: 'demo',
    devServer: 'vite.config.ts',
    path: '/?lang=en',
    checks: demoChecks,
  },
  {
    // The README's "use it in a page" example, copied to tmp/ and served like the demo.
    name: 'readme',
    devServer: 'vite.config.ts',
    prepare: writeReadmeExample,
    path: '/tmp/readme-example/',
    checks: readmeChecks,
  },
  {
    name: 'rest',
    config: 'examples/rest/vite.config.ts',
    serve: 'examples/rest/dist',
    path: '/',
    // Starts examples/rest/server on a fresh SQLite file; the page reads its URL from ?api=.
    backend: 'rest',
  },
];

/** Maximum wait for one expected state, in milliseconds. Loading and parsing clients.csv takes most of it. */
const stateTimeoutMs = 20_000;

/** Chromium reports this benign layout notice as an error. Every other error fails the example. */
const ignoredErrors = [/ResizeObserver loop/];

/**
 * Polls `read` until `accept` returns true for its value. Throws with
 * `description` and the last value read when `stateTimeoutMs` passes.
 */
async function waitFor(description, read, accept) {
  const deadline = Date.now() + stateTimeoutMs;
  let value;
  for (;;) {
    try {
      value = await read();
      if (accept(value)) return value;
    } catch (error) {
      value = `(read failed: ${error.message.split('\n')[0]})`;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${description}. Last value: ${JSON.stringify(value)}`);
    }
    await delay(100);
  }
}

/** Records every customer-select and tab-change event that reaches the document. */
function recordEvents() {
  window.crmEvents = [];
  for (const name of ['customer-select', 'tab-change']) {
    document.addEventListener(name, (event) => {
      const detail = event.detail ?? {};
      window.crmEvents.push({
        type: name,
        id: detail.id === undefined ? undefined : String(detail.id),
        name: detail.customer?.name,
        tab: detail.tab,
      });
    });
  }
}

async function lastEvent(page, type) {
  const events = await page.evaluate(() => window.crmEvents);
  return events.filter((event) => event.type === type).at(-1);
}

/** Returns locators of the page's parts. Playwright's CSS engine reaches into open shadow roots. */
function locate(page) {
  const list = page.locator('customer-list');
  const view = page.locator('customer-view360');
  return {
    count: list.locator('[part="count"]'),
    rows: list.locator('tbody tr[part="row"]'),
    title: view.locator('[part="title"]'),
    invoicesTab: view.locator('[role="tab"][data-tab="invoices"]'),
    invoicesPanel: view.locator('#panel-invoices'),
    invoiceRows: view.locator('invoice-tab [part="row"]'),
    status: page.locator('#status'),
  };
}

async function rowName(row) {
  return (await row.locator('[part="cell"]').first().textContent()).trim();
}

/** Returns the named checks of one example page. Each one starts where the previous one left off. */
function checksFor(page) {
  const ui = locate(page);
  return [
    [
      'list shows the customer count',
      async () => {
        await waitFor(
          'customer count text "30.000 clientes"',
          () => ui.count.textContent(),
          (text) => text?.includes('30.000 clientes'),
        );
      },
    ],
    [
      'list renders customer rows',
      async () => {
        await waitFor(
          '25 rows on the first page',
          () => ui.rows.count(),
          (count) => count === 25,
        );
        await waitFor('a name in the first row', () => rowName(ui.rows.first()), Boolean);
      },
    ],
    [
      'row click opens the customer',
      async () => {
        const row = ui.rows.nth(1);
        const name = await rowName(row);
        await row.click();
        const event = await waitFor(
          `customer-select for "${name}"`,
          () => lastEvent(page, 'customer-select'),
          (found) => found?.name === name,
        );
        if (!event.id) throw new Error(`customer-select for "${name}" has no detail.id`);
        await waitFor(
          `360 view title "${name}"`,
          () => ui.title.textContent(),
          (text) => text?.includes(name),
        );
        await waitFor(
          `page status naming "${name}"`,
          () => ui.status.textContent(),
          (text) => text === `Cliente selecionado: ${name}`,
        );
      },
    ],
    [
      'Enter on a row opens the customer',
      async () => {
        const row = ui.rows.nth(3);
        const name = await rowName(row);
        await row.focus();
        await page.keyboard.press('Enter');
        await waitFor(
          `customer-select for "${name}"`,
          () => lastEvent(page, 'customer-select'),
          (found) => found?.name === name,
        );
        await waitFor(
          `360 view title "${name}"`,
          () => ui.title.textContent(),
          (text) => text?.includes(name),
        );
        await waitFor(
          'selected row',
          () => row.getAttribute('aria-selected'),
          (selected) => selected === 'true',
        );
      },
    ],
    [
      'tab switch shows the invoices',
      async () => {
        await ui.invoicesTab.click();
        await waitFor(
          'tab-change with tab "invoices"',
          () => lastEvent(page, 'tab-change'),
          (found) => found?.tab === 'invoices',
        );
        await waitFor(
          'selected invoices tab',
          () => ui.invoicesTab.getAttribute('aria-selected'),
          (selected) => selected === 'true',
        );
        await waitFor('visible invoices panel', () => ui.invoicesPanel.isVisible(), Boolean);
        await waitFor(
          'invoice rows',
          () => ui.invoiceRows.count(),
          (count) => count > 0,
        );
        await waitFor(
          'page status "Aba: invoices"',
          () => ui.status.textContent(),
          (text) => text === 'Aba: invoices',
        );
      },
    ],
  ];
}

/** Writes the first HTML example of README.md to tmp/readme-example/index.html, with an empty icon. */
async function writeReadmeExample() {
  const readme = await readFile(`${repositoryRoot}README.md`, 'utf8');
  const block = /```html\n([\s\S]*?<crm-scope>[\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no ```html example with <crm-scope>.');
  const folder = `${repositoryRoot}tmp/readme-example`;
  await mkdir(folder, { recursive: true });
  // An empty icon, so the browser's request for /favicon.ico logs no 404.
  const page = block[1].replace(/<body>/, '<link rel="icon" href="data:," />\n  <body>');
  await writeFile(`${folder}/index.html`, page);
}

/** Returns the checks of the README's example: the list loads and a row opens the customer. */
function readmeChecks(page) {
  const ui = locate(page);
  return [
    checksFor(page)[0],
    [
      'row click opens the customer',
      async () => {
        const row = ui.rows.nth(1);
        const name = await rowName(row);
        await row.click();
        await waitFor(
          `360 view title "${name}"`,
          () => ui.title.textContent(),
          (text) => text?.includes(name),
        );
      },
    ],
  ];
}

/**
 * Returns the checks of the demo page (index.html, examples/demo/), opened
 * with ?lang=en: page text, list and view in English, the customer and tab
 * in the address, and a switch to Spanish that keeps them.
 */
function demoChecks(page) {
  const ui = locate(page);
  const intro = page.locator('#intro');
  const header = page.locator('customer-list thead th').first();
  const invoicesTab = page.locator('customer-view360 [role="tab"][data-tab="invoices"]');
  let name;
  return [
    [
      'page text and list in English',
      async () => {
        await waitFor(
          'the English introduction',
          () => intro.textContent(),
          (text) => text?.startsWith('Search for a customer'),
        );
        await waitFor(
          'customer count text "30,000 customers"',
          () => ui.count.textContent(),
          (text) => text?.includes('30,000 customers'),
        );
        await waitFor(
          'column header "Name"',
          () => header.textContent(),
          (text) => text?.trim().startsWith('Name'),
        );
      },
    ],
    [
      'row click opens the customer in the address',
      async () => {
        const row = ui.rows.nth(2);
        name = await rowName(row);
        await row.click();
        await waitFor(
          `360 view title "${name}"`,
          () => ui.title.textContent(),
          (text) => text?.includes(name),
        );
        await waitFor(
          'a customer in the address',
          () => page.evaluate(() => location.hash),
          (hash) => /^#\/customers\/[^/?]+$/.test(hash),
        );
      },
    ],
    [
      'tab switch goes into the address',
      async () => {
        await waitFor(
          'tab label "Invoices"',
          () => invoicesTab.textContent(),
          (text) => text?.trim() === 'Invoices',
        );
        await invoicesTab.click();
        await waitFor(
          'tab=invoices in the address',
          () => page.evaluate(() => location.hash),
          (hash) => hash.endsWith('?tab=invoices'),
        );
        await waitFor(
          'invoice rows',
          () => ui.invoiceRows.count(),
          (count) => count > 0,
        );
      },
    ],
    [
      'language switch keeps the customer and tab',
      async () => {
        const hash = await page.evaluate(() => location.hash);
        await page.locator('#language').selectOption('es');
        await waitFor(
          'the Spanish introduction',
          () => intro.textContent(),
          (text) => text?.startsWith('Busca un cliente'),
        );
        await waitFor(
          '?lang=es with the same hash',
          () => page.evaluate(() => location.search + location.hash),
          (address) => address === `?lang=es${hash}`,
        );
        await waitFor(
          `360 view title "${name}"`,
          () => ui.title.textContent(),
          (text) => text?.includes(name),
        );
        await waitFor(
          'selected tab "Facturas"',
          () => page.locator('customer-view360 [role="tab"][aria-selected="true"]').textContent(),
          (text) => text?.trim() === 'Facturas',
        );
      },
    ],
    [
      'Back shows English with the menu on English',
      async () => {
        await page.goBack();
        await waitFor(
          'the English introduction',
          () => intro.textContent(),
          (text) => text?.startsWith('Search for a customer'),
        );
        await waitFor(
          'the language menu on "en"',
          () => page.locator('#language').inputValue(),
          (value) => value === 'en',
        );
      },
    ],
  ];
}

/**
 * Opens one example and runs its checks, then `extraChecks(page)` when given.
 * `query` is appended to the page's address. Returns one result per check,
 * plus the error check.
 */
async function runExample(browser, example, baseUrl, { query = '', extraChecks } = {}) {
  const page = await browser.newPage({ locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
  // Short, because waitFor repeats each read until stateTimeoutMs.
  page.setDefaultTimeout(5_000);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  // The console message of a failed request has no address, so it is recorded here.
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(recordEvents);

  const results = [];
  try {
    const checks = [...(example.checks ?? checksFor)(page), ...(extraChecks?.(page) ?? [])];
    // A dev server's first load converts the dependencies, which takes seconds.
    await page.goto(new URL(`${example.path}${query}`, baseUrl).href, { timeout: 60_000 });
    let failed = false;
    for (const [name, check] of checks) {
      if (failed) {
        results.push({ name, error: 'not run because an earlier check failed' });
        continue;
      }
      try {
        await check();
        results.push({ name });
      } catch (error) {
        failed = true;
        results.push({ name, error: error.message });
      }
    }
  } catch (error) {
    results.push({ name: 'page loads', error: error.message });
  } finally {
    const reported = errors.filter((text) => !ignoredErrors.some((pattern) => pattern.test(text)));
    results.push({
      name: 'no console or page errors',
      error: reported.length > 0 ? reported.join('\n') : undefined,
    });
    await page.close();
  }
  return results;
}

/** Runs named checks that need no page; each reports on its own. */
async function runChecks(checks) {
  const results = [];
  for (const [name, check] of checks) {
    try {
      await check();
      results.push({ name });
    } catch (error) {
      results.push({ name, error: error.message });
    }
  }
  return results;
}

/**
 * Starts the REST example's server, runs its API checks and returns the
 * options of runExample for the page. Resolves to undefined after reporting
 * a failed start.
 */
async function prepareRestExample(report) {
  let server;
  try {
    server = await startRestServer(repositoryRoot);
  } catch (error) {
    report('rest: server starts', error.message);
    return undefined;
  }
  report('rest: server starts');
  // The load time is printed, not asserted: speed goals belong in benchmarks.
  console.log(`     ${server.loadLine}`);
  for (const result of await runChecks(apiChecks(server.url))) {
    report(`rest: ${result.name}`, result.error);
  }
  return {
    server,
    query: `?api=${encodeURIComponent(server.url)}`,
    extraChecks: (page) => restPageChecks(page, { waitFor, rowName }, server),
  };
}

/**
 * Starts Vite's dev server with `config` on 127.0.0.1 and a free port, as
 * `npm start` does. Resolves to its address and a close function.
 */
async function startDevServer(config) {
  const server = await createServer({
    configFile: `${repositoryRoot}${config}`,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: true },
  });
  await server.listen();
  const { port } = server.httpServer.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Vite configs already built in this run, so examples that share a build run it once. */
const builtConfigs = new Set();

async function buildExample(example) {
  if (!example.config || builtConfigs.has(example.config)) return;
  await build({ configFile: `${repositoryRoot}${example.config}`, logLevel: 'warn' });
  builtConfigs.add(example.config);
}

/** Returns the examples named on the command line (`node scripts/test-examples.mjs rest`), else all. */
function selectedExamples() {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !examples.some((example) => example.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown example ${unknown.join(', ')}: expected ${examples.map((example) => example.name).join(', ')}`,
    );
  }
  return names.length === 0 ? examples : examples.filter((example) => names.includes(example.name));
}

async function main() {
  let passed = 0;
  let failed = 0;
  const report = (label, error) => {
    if (error) {
      failed += 1;
      console.log(`FAIL ${label}\n     ${error.replaceAll('\n', '\n     ')}`);
    } else {
      passed += 1;
      console.log(`ok   ${label}`);
    }
  };

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    for (const example of selectedExamples()) {
      try {
        await example.prepare?.();
        await buildExample(example);
      } catch (error) {
        // Vite has printed the whole error above.
        report(`${example.name}: vite build`, error.message.split('\n')[0]);
        continue;
      }
      const backend =
        example.backend === 'rest'
          ? await prepareRestExample(report)
          : { extraChecks: example.extraChecks };
      if (!backend) continue;
      try {
        const server = example.devServer
          ? await startDevServer(example.devServer)
          : await startStaticServer(`${repositoryRoot}${example.serve}`);
        try {
          for (const result of await runExample(browser, example, server.url, backend)) {
            report(`${example.name}: ${result.name}`, result.error);
          }
        } finally {
          await server.close();
        }
      } finally {
        // Stops the REST server and deletes its SQLite file.
        await backend.server?.close();
      }
    }
  } finally {
    await browser.close();
  }

  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
