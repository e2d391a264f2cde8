/**
 * crm-view360: registers every element and exports the public API.
 * Import a single element's module (e.g. `crm-view360/customer-list.js`) to load less.
 * The provider over the bundled dataset is `crm-view360/embedded-provider.js`,
 * apart from this module because a host with its own backend never runs it.
 */
import './crm-scope/define.ts';
import './customer-list/define.ts';
import './customer-view360/define.ts';
import './invoice-tab/define.ts';
import './billing-tab/define.ts';
import './task-tab/define.ts';
import './history-timeline/define.ts';
import './score-gauge/define.ts';

export { CrmScope } from './crm-scope/define.ts';
export { CustomerList } from './customer-list/define.ts';
export { CustomerView360 } from './customer-view360/define.ts';
export { InvoiceTab } from './invoice-tab/define.ts';
export { BillingTab } from './billing-tab/define.ts';
export { TaskTab } from './task-tab/define.ts';
export { HistoryTimeline } from './history-timeline/define.ts';
export { ScoreGauge } from './score-gauge/define.ts';

export * from './core/records.ts';
export * from './core/provider.ts';
export * from './core/clock.ts';
export * from './core/context.ts';
export type { CrmEventDetails, CrmEventName } from './core/events.ts';
export {
  registerLocale,
  onLocaleRegistered,
  localeMessages,
  messageCatalogNames,
} from './core/i18n.ts';
export type { LocaleMessages, PartialMessages } from './core/i18n.ts';
export * from './structure/schema.ts';
export * from './structure/parse.ts';
export { defaultStructure } from './structure/default-structure.ts';
export * from './money/money.ts';
export * from './dates/calendar-date.ts';
export * from './format/format.ts';
export * from './invoices/summary.ts';
export * from './holidays/business-days.ts';
export type { BillingSelectionChangeDetail } from './billing-tab/define.ts';
export * from './data-layer/query-client.ts';
export { ProviderQuery } from './data-layer/provider-query.ts';
export type { ProviderRead, QueryView, SuccessState } from './data-layer/provider-query.ts';
export { withServerSentEvents } from './live/server-sent-events.ts';
export type { LiveProvider, ServerSentEventsOptions } from './live/server-sent-events.ts';
