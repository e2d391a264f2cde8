import type { DataProvider } from '../core/provider.ts';
import type { Invoice, RecordId } from '../core/records.ts';
import { loadAllInvoices } from '../invoices/load.ts';

/**
 * Every invoice of one customer, loaded once in pages of 500 and shared by
 * the summary and the status-filtered or status-sorted list. Asking for
 * another provider or customer aborts the previous load. A failed load is
 * forgotten, so the next request (a retry) starts over.
 */
export class AllInvoicesLoader {
  private current?: {
    provider: DataProvider;
    customerId: string;
    controller: AbortController;
    invoices: Promise<Invoice[]>;
  };

  load(provider: DataProvider, customerId: RecordId): Promise<Invoice[]> {
    const current = this.current;
    if (current && current.provider === provider && current.customerId === String(customerId)) {
      return current.invoices;
    }
    this.clear();
    const controller = new AbortController();
    const invoices = loadAllInvoices(provider, customerId, { signal: controller.signal });
    this.current = { provider, customerId: String(customerId), controller, invoices };
    invoices.catch(() => {
      if (this.current?.invoices === invoices) this.current = undefined;
    });
    return invoices;
  }

  /** Aborts the load in progress, if any, and drops the cached invoices. */
  clear(): void {
    this.current?.controller.abort();
    this.current = undefined;
  }
}
