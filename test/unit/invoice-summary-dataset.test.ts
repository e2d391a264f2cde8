import { expect } from '@open-wc/testing';
import { embeddedProvider } from '../helpers/embedded.ts';
import { summarizeInvoices, type InvoiceSummary } from '../../src/invoices/summary.ts';
import type { Invoice } from '../../src/core/records.ts';

type Customer = { id: string; balance: number; overdueBalance: number };
type Status = 'open' | 'partial' | 'overdue' | 'paid' | 'canceled';

/** Recounts the statuses without summarizeInvoices code: float to cents, then plain sums. */
function recount(invoices: readonly Invoice[], today: string) {
  const cents = (value: number | string) => Math.round(Number(value) * 100);
  const totals: Record<Status, { count: number; amount: number; balance: number }> = {
    open: { count: 0, amount: 0, balance: 0 },
    partial: { count: 0, amount: 0, balance: 0 },
    overdue: { count: 0, amount: 0, balance: 0 },
    paid: { count: 0, amount: 0, balance: 0 },
    canceled: { count: 0, amount: 0, balance: 0 },
  };
  let oldestOpenDueDate: string | null = null;
  for (const invoice of invoices) {
    const amount = cents(invoice.amount);
    const paid = cents(invoice.paidAmount);
    let status: Status = 'open';
    if (invoice.canceled) status = 'canceled';
    else if (paid >= amount) status = 'paid';
    else if (invoice.dueDate < today) status = 'overdue';
    else if (paid > 0) status = 'partial';
    const owed = status === 'paid' || status === 'canceled' ? 0 : amount - paid;
    totals[status].count += 1;
    totals[status].amount += amount;
    totals[status].balance += owed;
    if (owed > 0 && (oldestOpenDueDate === null || invoice.dueDate < oldestOpenDueDate)) {
      oldestOpenDueDate = invoice.dueDate;
    }
  }
  return { totals, oldestOpenDueDate };
}

/** Latest (September) bill of each client from the CSV, in cents: column X12. */
async function latestBillsFromCsv(): Promise<Map<string, number>> {
  const text = await (await fetch('/data/clients.csv')).text();
  const bills = new Map<string, number>();
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const cells = line.split(',');
    bills.set(cells[0], Math.round(Number(cells[12]) * 100));
  }
  return bills;
}

function differences(
  id: string,
  summary: InvoiceSummary,
  expected: ReturnType<typeof recount>,
): string[] {
  const found: string[] = [];
  for (const status of ['open', 'partial', 'overdue', 'paid', 'canceled'] as const) {
    for (const key of ['count', 'amount', 'balance'] as const) {
      if (summary[status][key] !== expected.totals[status][key]) {
        found.push(
          `client ${id}: ${status}.${key} is ${summary[status][key]}, recount ${expected.totals[status][key]}`,
        );
      }
    }
  }
  if (summary.oldestOpenDueDate !== expected.oldestOpenDueDate) {
    found.push(
      `client ${id}: oldestOpenDueDate ${summary.oldestOpenDueDate}, recount ${expected.oldestOpenDueDate}`,
    );
  }
  return found;
}

describe('summarizeInvoices over the real dataset', () => {
  it('matches independent recounts for all 30,000 clients', async function () {
    // Building the dataset from the 30,000-row CSV takes seconds on a slow machine.
    this.timeout(120_000);
    const provider = await embeddedProvider();
    const customers = (
      await provider.getList<Customer>('customers', { pagination: { page: 1, perPage: 30_000 } })
    ).data;
    const invoices = (
      await provider.getList<Invoice>('invoices', { pagination: { page: 1, perPage: 1_000_000 } })
    ).data;
    const latestBills = await latestBillsFromCsv();
    const byCustomer = new Map<string, Invoice[]>();
    for (const invoice of invoices) {
      const list = byCustomer.get(String(invoice.customerId)) ?? [];
      list.push(invoice);
      byCustomer.set(String(invoice.customerId), list);
    }
    const today = provider.today;
    const mismatches: string[] = [];
    let totalInvoices = 0;

    for (const customer of customers) {
      const id = String(customer.id);
      const list = byCustomer.get(id) ?? [];
      const summary = summarizeInvoices(list, { today, currency: 'TWD' });
      totalInvoices += summary.total.count;
      mismatches.push(...differences(id, summary, recount(list, today)));
      // Statements are cumulative, so what a client owes is the latest bill when positive.
      const latestBill = Math.max(latestBills.get(id) ?? Number.NaN, 0);
      if (summary.outstanding !== latestBill) {
        mismatches.push(
          `client ${id}: outstanding ${summary.outstanding}, CSV latest bill ${latestBill}`,
        );
      }
      if (summary.outstanding !== Math.round(customer.balance * 100)) {
        mismatches.push(
          `client ${id}: outstanding ${summary.outstanding}, customer.balance ${customer.balance}`,
        );
      }
      if (summary.overdue.balance !== Math.round(customer.overdueBalance * 100)) {
        mismatches.push(
          `client ${id}: overdue ${summary.overdue.balance}, customer.overdueBalance ${customer.overdueBalance}`,
        );
      }
      if (
        summary.total.count !== 6 ||
        summary.skipped.invalid + summary.skipped.otherCurrency !== 0
      ) {
        mismatches.push(`client ${id}: ${summary.total.count} invoices counted, expected 6`);
      }
    }

    expect(customers.length).to.equal(30_000);
    expect(latestBills.size).to.equal(30_000);
    expect(totalInvoices).to.equal(180_000);
    expect(mismatches.slice(0, 10)).to.deep.equal([]);
    expect(mismatches.length).to.equal(0);
  });
});
