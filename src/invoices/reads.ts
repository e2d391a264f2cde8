/**
 * The cached reads of a customer's invoices that several elements share
 * through `ProviderQuery`. Elements that build their reads here get equal
 * cache keys, so one load serves all of them.
 */
import type { DataProvider } from '../core/provider.ts';
import { invoiceSchema, type Invoice, type RecordId } from '../core/records.ts';
import { validateRecords } from '../core/validate-records.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import type { ProviderRead } from '../data-layer/provider-query.ts';
import { loadAllInvoices } from './load.ts';
import type { InvoiceSummary, InvoiceSummaryProvider } from './summary.ts';

/**
 * Order of the pages of the full load. A fixed order keeps page boundaries
 * stable while the pages are read; consumers sort the invoices themselves.
 */
const loadOrder = { field: 'dueDate', order: 'ASC' } as const;

/**
 * Reads every invoice of the customer, page by page (`loadAllInvoices`), as
 * one cached response under `['invoices', 'allPages', { filter: { customerId } }]`.
 * The `filter.customerId` lets `invalidateCustomer` and live pushes refetch
 * it. The load stops between pages and aborts the request in flight when no
 * element needs it anymore. Invalid records and repeated ids are skipped with
 * a warning naming them.
 */
export function allInvoicesRead(
  provider: DataProvider,
  customerId: RecordId,
): ProviderRead<Invoice[]> {
  const id = String(customerId);
  return {
    provider,
    resource: 'invoices',
    method: 'allPages',
    params: { filter: { customerId: id } },
    fetch: async (signal) => {
      const invoices = await loadAllInvoices(provider, id, { signal, sort: loadOrder });
      return validateRecords('crm-view360', 'invoices', invoices, invoiceSchema).records;
    },
  };
}

/** True when the provider computes invoice summaries itself. */
export function hasInvoiceSummary(
  provider: DataProvider,
): provider is InvoiceSummaryProvider &
  Required<Pick<InvoiceSummaryProvider, 'getInvoiceSummary'>> {
  return typeof (provider as InvoiceSummaryProvider).getInvoiceSummary === 'function';
}

/**
 * Reads the provider's own invoice summary (`getInvoiceSummary`) as one cached
 * response under `['invoices', 'summary', { filter: { customerId }, today, currency }]`.
 * Returns undefined when the provider has no such method.
 */
export function invoiceSummaryRead(
  provider: DataProvider,
  customerId: RecordId,
  today: CalendarDate,
  currency: string,
): ProviderRead<InvoiceSummary> | undefined {
  if (!hasInvoiceSummary(provider)) return undefined;
  const id = String(customerId);
  return {
    provider,
    resource: 'invoices',
    method: 'summary',
    params: { filter: { customerId: id }, today, currency },
    fetch: (signal) => provider.getInvoiceSummary(id, { signal, today, currency }),
  };
}
