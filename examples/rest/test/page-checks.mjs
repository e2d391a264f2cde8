// The REST page's checks in Chromium, run by scripts/test-examples.mjs after
// the checks every example shares. The page searches, sorts and runs a task
// through ra-data-simple-rest, then the checks read the rows that the run
// left in SQLite.
import Database from 'better-sqlite3';
import { expectEqual, getJson, listUrl, totalOf } from './helpers.mjs';

/** The outcome the browser check records, and the phone it requires. */
const outcome = { id: 'wrong-number', label: 'Número errado' };
const typedPhone = '(11) 98765-4321';
const storedPhone = '+5511987654321';
/** Lowercases and removes accents, as the server's search does. */
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Returns the named browser checks of the REST page. They start after the
 * shared list and view checks. `helpers` contains `waitFor` and `rowName` of
 * scripts/test-examples.mjs; `server` is what startRestServer resolved to.
 */
export function restPageChecks(page, helpers, server) {
  const { waitFor, rowName } = helpers;
  const apiUrl = server.url;
  const list = page.locator('customer-list');
  const view = page.locator('customer-view360');
  const rows = list.locator('tbody tr[part="row"]');
  const count = list.locator('[part="count"]');
  const search = list.locator('[part="search-input"]');
  const taskTab = view.locator('task-tab');
  const requests = [];
  page.on('request', (request) =>
    requests.push({ method: request.method(), url: decodeURIComponent(request.url()) }),
  );
  const countText = (total) =>
    `${new Intl.NumberFormat('pt-BR').format(total)} ${total === 1 ? 'cliente' : 'clientes'}`;
  let task;

  return [
    [
      'search goes through the server',
      async () => {
        const query = 'ana almeida';
        const { response } = await getJson(
          listUrl(apiUrl, 'customers', { range: [0, 0], filter: { q: query } }),
        );
        const total = totalOf(response);
        await search.fill(query);
        await waitFor(
          `count "${countText(total)}"`,
          () => count.textContent(),
          (text) => text?.trim() === countText(total),
        );
        const names = await Promise.all((await rows.all()).map(rowName));
        for (const name of names) {
          if (!fold(name).includes('ana') || !fold(name).includes('almeida')) {
            throw new Error(`Row "${name}" does not match the search "${query}"`);
          }
        }
        if (
          !requests.some(
            ({ url }) => url.startsWith(`${apiUrl}/customers?`) && url.includes(`"q":"${query}"`),
          )
        ) {
          throw new Error(`No request to ${apiUrl}/customers with filter q "${query}"`);
        }
      },
    ],
    [
      'sort goes through the server',
      async () => {
        await search.fill('');
        await waitFor(
          'count "30.000 clientes"',
          () => count.textContent(),
          (text) => text?.trim() === '30.000 clientes',
        );
        const { json } = await getJson(
          listUrl(apiUrl, 'customers', { sort: ['score', 'ASC'], range: [0, 24] }),
        );
        const expected = json.map((customer) => customer.name);
        await list.locator('[part="sort-button"]', { hasText: 'Score' }).click();
        await waitFor(
          'the 25 lowest scores first',
          async () => Promise.all((await rows.all()).map(rowName)),
          (names) => JSON.stringify(names) === JSON.stringify(expected),
        );
        if (
          !requests.some(
            ({ url }) =>
              url.startsWith(`${apiUrl}/customers?`) && url.includes('sort=["score","ASC"]'),
          )
        ) {
          throw new Error(`No request to ${apiUrl}/customers sorted by score ASC`);
        }
      },
    ],
    [
      'task run goes through the adapter',
      async () => {
        const tasks = await getJson(
          listUrl(apiUrl, 'tasks', {
            sort: ['id', 'ASC'],
            range: [0, 0],
            filter: { status: 'open' },
          }),
        );
        task = tasks.json[0];
        const customer = (
          await getJson(`${apiUrl}/customers/${encodeURIComponent(task.customerId)}`)
        ).json;
        await search.fill(customer.document);
        await waitFor(
          `one row "${customer.name}"`,
          async () => Promise.all((await rows.all()).map(rowName)),
          (names) => names.length === 1 && names[0] === customer.name,
        );
        await rows.first().click();
        await waitFor(
          `360 view title "${customer.name}"`,
          () => view.locator('[part="title"]').textContent(),
          (text) => text?.includes(customer.name),
        );
        await view.locator('[role="tab"][data-tab="tasks"]').click();
        const radio = taskTab.getByRole('radio', { name: outcome.label });
        await waitFor(
          `outcome "${outcome.label}"`,
          () => radio.count(),
          (found) => found === 1,
        );
        await radio.check();
        await taskTab.locator('[data-path="phone"] input').fill(typedPhone);
        await taskTab.locator('[part="submit"]').click();
        await waitFor(
          'the success message',
          () => taskTab.locator('[part="success"]').textContent(),
          (text) => text?.includes(outcome.label),
        );
        await waitFor(
          `page status for ${task.id}`,
          () => page.locator('#status').textContent(),
          (text) => text === `Tarefa ${task.id} executada: ${outcome.id}`,
        );
        if (
          !requests.some(
            ({ method, url }) => method === 'POST' && url === `${apiUrl}/task-executions`,
          )
        ) {
          throw new Error(`No POST ${apiUrl}/task-executions`);
        }
      },
    ],
    [
      'history shows the task run',
      async () => {
        await view.locator('[role="tab"][data-tab="history"]').click();
        const outcomes = view.locator('history-timeline [part="event"] [part="outcome"]');
        await waitFor(
          `a history event with outcome "${outcome.label}"`,
          () => outcomes.allTextContents(),
          (texts) => texts.some((text) => text.includes(outcome.label)),
        );
        // The adapter renames the contract's `from` and `to` to the server's range filters.
        const historyRead = requests.find(
          ({ url }) => url.startsWith(`${apiUrl}/history?`) && url.includes('"at_gte"'),
        );
        if (!historyRead) throw new Error(`No request to ${apiUrl}/history with an at_gte filter`);
        if (historyRead.url.includes('"from"')) {
          throw new Error(
            `The history request kept the contract's from filter: ${historyRead.url}`,
          );
        }
      },
    ],
    [
      'SQLite holds the task run',
      async () => {
        const db = new Database(server.databasePath, { readonly: true, fileMustExist: true });
        try {
          const row = db.prepare('SELECT * FROM tasks WHERE id = ?').get(task.id);
          expectEqual(row.status, 'done', `${task.id} status`);
          expectEqual(row.outcome, outcome.id, `${task.id} outcome`);
          expectEqual(JSON.parse(row.values).phone, storedPhone, `${task.id} values.phone`);
          if (!row.completedAt) throw new Error(`${task.id} has no completedAt`);
          const events = db
            .prepare(
              'SELECT kind, status, "outcomeId" FROM history WHERE "taskId" = ? ORDER BY rowid',
            )
            .all(task.id);
          expectEqual(
            events,
            [{ kind: 'task', status: 'done', outcomeId: outcome.id }],
            `history rows of ${task.id}`,
          );
          const customer = db
            .prepare('SELECT phone, "openTaskId" FROM customers WHERE id = ?')
            .get(task.customerId);
          expectEqual(
            customer,
            { phone: storedPhone, openTaskId: null },
            `customer ${task.customerId}`,
          );
          const executions = db
            .prepare(
              'SELECT outcome, "idempotencyKey" <> \'\' AS keyed FROM task_executions WHERE "taskId" = ?',
            )
            .all(task.id);
          expectEqual(
            executions,
            [{ outcome: outcome.id, keyed: 1 }],
            `task_executions rows of ${task.id}`,
          );
        } finally {
          db.close();
        }
      },
    ],
  ];
}
