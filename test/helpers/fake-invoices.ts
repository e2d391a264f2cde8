/**
 * An in-memory invoice provider for element tests: filters by customer and
 * status, sorts by due date, amount or status, pages, records every call and
 * can be told to fail or to hold its answers.
 */
import type { DataProvider, GetListParams, GetListResult } from '../../src/core/provider.ts';
import { ProviderError } from '../../src/core/provider.ts';
import type { Invoice } from '../../src/core/records.ts';
import { addDays, type CalendarDate } from '../../src/dates/calendar-date.ts';
import { compareInvoices, filterInvoicesByStatus } from '../../src/invoices/query.ts';

export interface FakeInvoiceProvider extends DataProvider {
  /** Every `getList` call's params, in order. */
  calls: GetListParams[];
  /** Number of upcoming `getList` calls that reject with a 503. */
  failNext: number;
  /**
   * Holds every answer until the returned function is called. A held call
   * whose `signal` aborts rejects at once with an AbortError.
   */
  hold(): () => void;
}

/** `count` invoices of customer `customerId`, one per month back from `lastDue`, in TWD. */
export function makeInvoices(
  customerId: string,
  count: number,
  lastDue: CalendarDate = '2026-11-10',
): Invoice[] {
  return Array.from({ length: count }, (_, index) => {
    const dueDate = addDays(lastDue, -30 * index);
    const amount = 1000 + index * 10 + 0.5;
    return {
      id: `${customerId}-${index + 1}`,
      customerId,
      number: `F-${String(index + 1).padStart(5, '0')}`,
      issueDate: addDays(dueDate, -20),
      dueDate,
      amount: amount.toFixed(2),
      paidAmount: index % 3 === 0 ? amount.toFixed(2) : '0.00',
      currency: 'TWD',
    };
  });
}

function heldUntil(gate: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return gate;
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    void gate.then(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    });
  });
}

/** A provider over `invoices` whose statuses are computed on `today`. */
export function fakeInvoiceProvider(invoices: Invoice[], today: CalendarDate): FakeInvoiceProvider {
  let gate: Promise<void> = Promise.resolve();
  const provider: FakeInvoiceProvider = {
    calls: [],
    failNext: 0,
    hold() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = Promise.resolve();
        release();
      };
    },
    async getList<T>(resource: string, params: GetListParams): Promise<GetListResult<T>> {
      provider.calls.push(params);
      await heldUntil(gate, params.signal);
      if (provider.failNext > 0) {
        provider.failNext -= 1;
        throw new ProviderError('Service unavailable', 503);
      }
      if (resource !== 'invoices') throw new ProviderError(`Unknown resource ${resource}`, 404);
      const filter = params.filter ?? {};
      let rows = invoices.filter(
        (invoice) => String(invoice.customerId) === String(filter.customerId),
      );
      if (filter.status !== undefined) rows = filterInvoicesByStatus(rows, filter.status, today);
      if (params.sort) {
        const { field, order } = params.sort;
        rows = [...rows].sort((a, b) => compareInvoices(a, b, field, order, today));
      }
      const { page, perPage } = params.pagination;
      const data = rows.slice((page - 1) * perPage, page * perPage) as T[];
      return { data, total: rows.length };
    },
    async getOne() {
      throw new ProviderError('Not supported', 404);
    },
    async update() {
      throw new ProviderError('Not supported', 405);
    },
    async create() {
      throw new ProviderError('Not supported', 405);
    },
  };
  return provider;
}
