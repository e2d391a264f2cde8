/**
 * End to end: `<invoice-tab>` and `<billing-tab>` over the examples' REST
 * backend (served under /api by the test server, see examples/server/api.ts)
 * with live updates from its Server-Sent Events stream. The backend's dataset
 * follows the system clock, and the backend process is shared by the whole
 * test run, so payments recorded here persist for later tests.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/invoice-tab/define.ts';
import '../src/billing-tab/define.ts';
import type { Invoice } from '../src/core/records.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import { todayIn } from '../src/dates/calendar-date.ts';
import { formatMoney, fromMinorUnits } from '../src/money/money.ts';
import { invoiceBalance, invoiceStatus } from '../src/invoices/status.ts';
import { summarizeInvoices, type InvoiceSummary } from '../src/invoices/summary.ts';
import { withServerSentEvents } from '../src/live/server-sent-events.ts';
import { queryClientFor } from '../src/data-layer/query-client.ts';
import { openLiveSubscriptions } from '../src/data-layer/live-updates.ts';
import { createRestProvider } from '../examples/rest-provider/rest-provider.ts';

const locale = 'pt-BR';
const currency = 'TWD';

/** The calendar date the elements and the backend compute statuses for. */
const today = () => todayIn(defaultStructure.timeZone ?? 'America/Sao_Paulo', new Date());

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Money as the elements show it, with every space normalized like `text`. */
function money(minor: number): string {
  return formatMoney(minor, locale, currency).replace(/\s+/g, ' ');
}

async function getJson<T>(path: string): Promise<{ body: T; total: number }> {
  const response = await fetch(path);
  expect(response.status, `GET ${path}`).to.equal(200);
  const total = Number(response.headers.get('Content-Range')?.split('/').pop());
  return { body: (await response.json()) as T, total };
}

function listPath(resource: string, filter: object, start: number, end: number): string {
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    range: JSON.stringify([start, end]),
  });
  return `/api/${resource}?${query}`;
}

interface Target {
  customerId: string;
  invoices: Invoice[];
  overdue: Invoice;
}

/**
 * Finds a customer with an open task and an overdue invoice, starting from
 * the last open task, because other tests on the shared backend more likely
 * use the first customers.
 */
async function findTarget(): Promise<Target> {
  const openTasks = { status: 'open' };
  const { total } = await getJson<unknown[]>(listPath('tasks', openTasks, 0, 0));
  const start = Math.max(0, total - 50);
  const { body: tasks } = await getJson<Array<{ customerId: string }>>(
    listPath('tasks', openTasks, start, total - 1),
  );
  for (const task of tasks.reverse()) {
    const customerId = String(task.customerId);
    const { body: invoices } = await getJson<Invoice[]>(
      listPath('invoices', { customerId }, 0, 499),
    );
    const overdue = invoices.find((invoice) => invoiceStatus(invoice, today()) === 'overdue');
    if (overdue) return { customerId, invoices, overdue };
  }
  throw new Error('No customer among the last 50 open tasks has an overdue invoice.');
}

describe('live payments end to end', () => {
  let target: Target;

  // The backend parses the 30,000-row CSV on its first request.
  before(async function () {
    this.timeout(120_000);
    target = await findTarget();
  });

  it('shows a payment in both tabs in place', async function () {
    this.timeout(30_000);
    const sources: EventSource[] = [];
    const provider = withServerSentEvents(createRestProvider('/api'), '/api/events', {
      connect: (url) => {
        const source = new EventSource(url);
        sources.push(source);
        return source;
      },
    });
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <invoice-tab
          .provider=${provider}
          .structure=${defaultStructure}
          customer-id=${target.customerId}
        ></invoice-tab>
        <billing-tab
          .provider=${provider}
          .structure=${defaultStructure}
          customer-id=${target.customerId}
        ></billing-tab>
      </div>
    `);
    const invoiceTab = root.querySelector('invoice-tab')!;
    const billingTab = root.querySelector('billing-tab')!;
    const card = (name: string) =>
      text(invoiceTab.shadowRoot!.querySelector(`[data-card="${name}"] dd`));
    const billed = (name: string) =>
      text(billingTab.shadowRoot!.querySelector(`[data-total="${name}"] dd`));
    const before: InvoiceSummary = summarizeInvoices(target.invoices, {
      today: today(),
      currency,
    });
    const pendingBefore = before.open.count + before.partial.count + before.overdue.count;
    await waitUntil(
      () => card('outstanding') !== '' && billed('due') !== '',
      'tabs did not render the customer',
      { timeout: 10_000 },
    );

    expect(card('overdue')).to.match(new RegExp(`^${before.overdue.count} `));
    expect(card('outstanding')).to.equal(money(before.outstanding));
    expect(billed('due')).to.equal(money(before.outstanding));
    expect(billed('overdue')).to.equal(money(before.overdue.balance));
    expect(billed('count')).to.equal(String(pendingBefore));
    await waitUntil(() => sources[0]?.readyState === EventSource.OPEN, 'event stream not open');

    const paid = invoiceBalance(target.overdue);
    const response = await fetch('/api/payments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        invoiceId: target.overdue.id,
        amount: fromMinorUnits(paid, currency),
      }),
    });
    expect(response.status).to.equal(201);

    await waitUntil(
      () => card('outstanding') === money(before.outstanding - paid),
      'invoice tab did not show the payment',
      { timeout: 10_000 },
    );
    await waitUntil(
      () => billed('due') === money(before.outstanding - paid),
      'billing tab did not show the payment',
      { timeout: 10_000 },
    );
    expect(card('overdue')).to.match(new RegExp(`^${before.overdue.count - 1} `));
    expect(billed('overdue')).to.equal(money(before.overdue.balance - paid));
    expect(billed('count')).to.equal(String(pendingBefore - 1));
    expect(billingTab.shadowRoot!.querySelector(`tr[data-id="${target.overdue.id}"]`)).to.equal(
      null,
    );
    expect(root.querySelector('invoice-tab')).to.equal(invoiceTab);
    expect(root.querySelector('billing-tab')).to.equal(billingTab);
    expect(sources.length).to.equal(1);

    root.replaceChildren();

    expect(sources[0].readyState).to.equal(EventSource.CLOSED);
    expect(openLiveSubscriptions(queryClientFor(provider))).to.equal(0);
  });
});
