/**
 * Template types shared by the React and Vue declarations: each tag's
 * element class, the properties a template may set on it, and the events.
 */
import type { BillingTab } from '../billing-tab/billing-tab.ts';
import type { CrmEventDetails, CrmEventName } from '../core/events.ts';
import type { CrmScope } from '../crm-scope/crm-scope.ts';
import type { CustomerList } from '../customer-list/customer-list.ts';
import type { CustomerView360 } from '../customer-view360/customer-view360.ts';
import type { HistoryTimeline } from '../history-timeline/history-timeline.ts';
import type { InvoiceTab } from '../invoice-tab/invoice-tab.ts';
import type { ScoreGauge } from '../score-gauge/score-gauge.ts';
import type { TaskTab } from '../task-tab/task-tab.ts';

/** Properties every element has; each one left unset is inherited from `<crm-scope>`. */
export type SharedProperty =
  'provider' | 'structure' | 'locale' | 'timeZone' | 'clock' | 'roles' | 'theme';

/** Each tag's element class and the names of the properties a template may set. */
export interface CrmElementTypes {
  'crm-scope': { element: CrmScope; properties: SharedProperty };
  'customer-list': {
    element: CustomerList;
    properties:
      SharedProperty | 'selectedId' | 'search' | 'pageSize' | 'mode' | 'filters' | 'storageKey';
  };
  'customer-view360': {
    element: CustomerView360;
    properties: SharedProperty | 'customerId' | 'activeTab' | 'storageKey';
  };
  'invoice-tab': { element: InvoiceTab; properties: SharedProperty | 'customerId' | 'pageSize' };
  'billing-tab': { element: BillingTab; properties: SharedProperty | 'customerId' };
  'task-tab': { element: TaskTab; properties: SharedProperty | 'customerId' };
  'history-timeline': {
    element: HistoryTimeline;
    properties: SharedProperty | 'customerId' | 'view' | 'month';
  };
  'score-gauge': {
    element: ScoreGauge;
    properties: SharedProperty | 'value' | 'max' | 'bands' | 'label';
  };
}

/** A tag the library defines. */
export type CrmTag = keyof CrmElementTypes;

/** The element class of `Tag`. */
export type CrmElementOf<Tag extends CrmTag> = CrmElementTypes[Tag]['element'];

/** The properties a template may set on `Tag`, each optional, with the element's own types. */
export type CrmElementProperties<Tag extends CrmTag> = Partial<
  Pick<CrmElementOf<Tag>, Extract<CrmElementTypes[Tag]['properties'], keyof CrmElementOf<Tag>>>
>;

/**
 * Every event of the library as the `CustomEvent` a listener receives. The
 * events bubble out of shadow roots, so any of the tags can receive any of them.
 */
export type CrmEvents = { [Name in CrmEventName]: CustomEvent<CrmEventDetails[Name]> };
