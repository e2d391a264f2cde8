// The REST server's HTTP conventions and errors, requested from Node by
// scripts/test-examples.mjs before the page checks.
import { expectEqual, getJson, listUrl, sendJson, totalOf } from './helpers.mjs';

/** Returns the named checks of the server's HTTP conventions, requested from Node. */
export function apiChecks(apiUrl) {
  const invalidRequests = [
    ['malformed filter JSON', `${apiUrl}/customers?filter=%7Bbad`, 400, 'Invalid filter parameter'],
    [
      'unknown sort field',
      listUrl(apiUrl, 'customers', { sort: ['nope', 'ASC'] }),
      400,
      'Invalid sort field nope',
    ],
    [
      'lowercase sort order',
      listUrl(apiUrl, 'customers', { sort: ['name', 'asc'] }),
      400,
      'Invalid sort parameter',
    ],
    [
      'reversed range',
      listUrl(apiUrl, 'customers', { range: [5, 1] }),
      400,
      'Invalid range parameter',
    ],
    [
      'unknown filter field',
      listUrl(apiUrl, 'invoices', { filter: { nope: 1 } }),
      400,
      'Invalid filter field nope',
    ],
    [
      'SQL in a sort field',
      listUrl(apiUrl, 'customers', { sort: ['name" DESC; DROP TABLE customers; --', 'ASC'] }),
      400,
      'Invalid sort field',
    ],
    [
      'SQL in a filter field',
      listUrl(apiUrl, 'customers', { filter: { 'id" OR 1=1 --': '1' } }),
      400,
      'Invalid filter field',
    ],
    [
      'object as a filter value',
      listUrl(apiUrl, 'customers', { filter: { score: { $gt: 1 } } }),
      400,
      'Invalid filter score',
    ],
    [
      'range over the page limit',
      listUrl(apiUrl, 'invoices', { range: [0, 5000] }),
      400,
      'Invalid range parameter',
    ],
    ['id with a control character', `${apiUrl}/customers/%00`, 400, 'Invalid id'],
    ['unknown id', `${apiUrl}/customers/no-such-id`, 404, 'not found'],
    ['unknown resource', `${apiUrl}/payments`, 404, 'Not found'],
  ];
  return [
    [
      'API list sends Content-Range',
      async () => {
        const { response, json } = await getJson(listUrl(apiUrl, 'customers', { range: [0, 24] }));
        expectEqual(response.status, 200, 'status');
        expectEqual(response.headers.get('content-range'), 'customers 0-24/30000', 'Content-Range');
        expectEqual(json.length, 25, 'records on the page');
      },
    ],
    [
      'API getManyReference filters by customer',
      async () => {
        const { response, json } = await getJson(
          listUrl(apiUrl, 'invoices', {
            sort: ['dueDate', 'DESC'],
            range: [0, 24],
            filter: { customerId: '17' },
          }),
        );
        expectEqual(response.headers.get('content-range'), 'invoices 0-5/6', 'Content-Range');
        expectEqual(
          new Set(json.map((invoice) => invoice.customerId)).size,
          1,
          'customers on the page',
        );
        expectEqual(json[0].customerId, '17', 'customer of the invoices');
        const dueDates = json.map((invoice) => invoice.dueDate);
        expectEqual(dueDates, [...dueDates].sort().reverse(), 'due dates in DESC order');
      },
    ],
    [
      'API range filters and search wildcards',
      async () => {
        const { json } = await getJson(
          listUrl(apiUrl, 'customers', {
            sort: ['score', 'ASC'],
            range: [0, 99],
            filter: { score_gte: 990 },
          }),
        );
        if (json.length === 0) throw new Error('No customer with a score of 990 or more');
        const scores = json.map((customer) => customer.score);
        expectEqual(
          scores.filter((score) => score < 990),
          [],
          'scores below 990',
        );
        expectEqual(
          scores,
          [...scores].sort((a, b) => a - b),
          'scores in ASC order',
        );
        // `%` and `_` are LIKE wildcards; the server escapes them, and no name contains them.
        for (const q of ['%', '_']) {
          const { response } = await getJson(
            listUrl(apiUrl, 'customers', { range: [0, 0], filter: { q } }),
          );
          expectEqual(totalOf(response), 0, `customers matching q "${q}"`);
        }
      },
    ],
    [
      'API getMany filters by id',
      async () => {
        const { json } = await getJson(
          listUrl(apiUrl, 'customers', { filter: { id: ['3', '1'] } }),
        );
        expectEqual(
          json.map((customer) => customer.id),
          ['1', '3'],
          'ids in insertion order',
        );
      },
    ],
    [
      'API rejects invalid requests',
      async () => {
        for (const [description, url, status, message] of invalidRequests) {
          const { response, json } = await getJson(url);
          expectEqual(response.status, status, `${description}: status`);
          if (!String(json.message).includes(message)) {
            throw new Error(
              `${description}: expected a message with "${message}", got ${JSON.stringify(json)}`,
            );
          }
        }
      },
    ],
    [
      'API checks notes and rejects cross-site writes',
      async () => {
        const { json: customers } = await getJson(listUrl(apiUrl, 'customers', { range: [0, 0] }));
        const note = { customerId: customers[0].id, title: 'Nota de teste' };
        const dateOnly = await sendJson('POST', `${apiUrl}/history`, { ...note, at: '2026-12-04' });
        expectEqual(dateOnly.status, 422, 'note with a date only: status');
        expectEqual(Object.keys(dateOnly.json.errors), ['at'], 'note with a date only: field');

        const created = await sendJson('POST', `${apiUrl}/history`, {
          ...note,
          at: '2026-12-04T10:00:00-03:00',
        });
        expectEqual(created.status, 201, 'note with an offset: status');
        expectEqual(created.json.at, '2026-12-04T13:00:00.000Z', 'note instant stored in UTC');

        const plainText = await fetch(`${apiUrl}/history`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify(note),
        });
        expectEqual(plainText.status, 415, 'text/plain body: status');

        const crossSite = await fetch(`${apiUrl}/history/${created.json.id}`, {
          method: 'DELETE',
          headers: { Origin: 'http://attacker.invalid' },
        });
        expectEqual(crossSite.status, 403, 'write from another origin: status');
        const { response: stillThere } = await getJson(`${apiUrl}/history/${created.json.id}`);
        expectEqual(stillThere.status, 200, 'note kept after the cross-site delete');
      },
    ],
    [
      'API rejects a weekend promise and an unchanged phone',
      async () => {
        const { json: tasks } = await getJson(
          listUrl(apiUrl, 'tasks', {
            sort: ['id', 'ASC'],
            range: [2, 2],
            filter: { status: 'open' },
          }),
        );
        const saturday = nextSaturday(new Date());
        const rejected = await sendJson('POST', `${apiUrl}/task-executions`, {
          taskId: tasks[0].id,
          outcome: 'promise-to-pay',
          values: { promiseDate: saturday, promiseAmount: '99999999.00' },
          idempotencyKey: 'weekend-promise-check',
        });
        expectEqual(rejected.status, 422, 'weekend promise: status');
        expectEqual(
          Object.keys(rejected.json.errors).sort(),
          ['promiseAmount', 'promiseDate'],
          'weekend promise above the balance: fields',
        );

        const samePhone = await sendJson('POST', `${apiUrl}/task-executions`, {
          taskId: tasks[0].id,
          outcome: 'wrong-number',
          values: { phone: tasks[0].values.phone },
          idempotencyKey: 'same-phone-check',
        });
        expectEqual(samePhone.status, 422, 'wrong number with the phone on record: status');
        expectEqual(
          Object.keys(samePhone.json.errors),
          ['phone'],
          'wrong number with the phone on record: fields',
        );
      },
    ],
    [
      'API reassigns and runs a task',
      async () => {
        // The second open task, because the browser checks run the first.
        const { json: tasks } = await getJson(
          listUrl(apiUrl, 'tasks', {
            sort: ['id', 'ASC'],
            range: [1, 1],
            filter: { status: 'open' },
          }),
        );
        const task = tasks[0];
        const newAgent = task.assigneeId === 'agent-1' ? 'agent-2' : 'agent-1';
        const unknownAgent = await sendJson('PUT', `${apiUrl}/tasks/${task.id}`, {
          assigneeId: 'agent-99',
        });
        expectEqual(unknownAgent.status, 422, 'unknown agent: status');
        expectEqual(
          Object.keys(unknownAgent.json.errors),
          ['assigneeId'],
          'unknown agent: field errors',
        );
        const reassigned = await sendJson('PUT', `${apiUrl}/tasks/${task.id}`, {
          assigneeId: newAgent,
        });
        expectEqual(reassigned.status, 200, 'reassignment: status');
        expectEqual(reassigned.json.assigneeId, newAgent, 'reassignment: assigneeId');

        const missingFields = await sendJson('POST', `${apiUrl}/task-executions`, {
          taskId: task.id,
          outcome: 'promise-to-pay',
          values: {},
          idempotencyKey: `check-${task.id}-invalid`,
        });
        expectEqual(missingFields.status, 422, 'promise without date and amount: status');
        expectEqual(
          Object.keys(missingFields.json.errors).sort(),
          ['promiseAmount', 'promiseDate'],
          'promise without date and amount: field errors',
        );
        const execution = {
          taskId: task.id,
          outcome: 'no-answer',
          values: {},
          idempotencyKey: `check-${task.id}`,
        };
        const first = await sendJson('POST', `${apiUrl}/task-executions`, execution);
        const retry = await sendJson('POST', `${apiUrl}/task-executions`, execution);
        expectEqual(first.status, 201, 'execution: status');
        expectEqual(retry.json, first.json, 'retried execution with the same idempotency key');
        const { json: closed } = await getJson(`${apiUrl}/tasks/${task.id}`);
        expectEqual([closed.status, closed.outcome], ['done', 'no-answer'], 'task after the run');
        const { json: events } = await getJson(
          listUrl(apiUrl, 'history', { sort: ['at', 'ASC'], filter: { taskId: task.id } }),
        );
        expectEqual(
          events.map((event) => [event.kind, event.status, event.agentId]),
          [
            ['note', 'done', newAgent],
            ['task', 'done', newAgent],
          ],
          'history events of the task',
        );
      },
    ],
    [
      'API exposes Content-Range to loopback origins',
      async () => {
        const url = listUrl(apiUrl, 'agents', { range: [0, 4] });
        const local = (await getJson(url, { Origin: 'http://127.0.0.1:5173' })).response;
        expectEqual(
          local.headers.get('access-control-allow-origin'),
          'http://127.0.0.1:5173',
          'allowed origin',
        );
        expectEqual(
          local.headers.get('access-control-expose-headers'),
          'Content-Range',
          'exposed headers',
        );
        const remote = (await getJson(url, { Origin: 'http://example.com' })).response;
        expectEqual(
          remote.headers.get('access-control-allow-origin'),
          null,
          'origin of another host',
        );
      },
    ],
  ];
}

/** Returns the next Saturday after `from` as YYYY-MM-DD, read in UTC. */
function nextSaturday(from) {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1));
  while (date.getUTCDay() !== 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
