/**
 * JSX types of the crm-view360 elements for React 19, which sets known
 * properties as properties and adds a listener for every `on<event-name>`
 * prop of a custom element (`oncustomer-select` listens to `customer-select`).
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type {
  BillingTab,
  CrmEventDetails,
  CrmScope,
  CustomerList,
  CustomerView360,
  HistoryTimeline,
  InvoiceTab,
  ScoreGauge,
  TaskTab,
} from '../../../src/index.ts';

/** Inputs every element takes or inherits from crm-scope. */
type SharedInput = 'provider' | 'structure' | 'locale' | 'timeZone' | 'clock' | 'roles';

/** One optional handler prop per library event; the events bubble, so any element can listen. */
type CrmEventProps = {
  [K in keyof CrmEventDetails as `on${K}`]?: (event: CustomEvent<CrmEventDetails[K]>) => void;
};

/** Props of an element: the standard HTML ones, a ref, the listed properties and the events. */
type ElementProps<E extends HTMLElement, K extends keyof E> = HTMLAttributes<E> &
  RefAttributes<E> &
  Partial<Pick<E, K>> &
  CrmEventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'crm-scope': ElementProps<CrmScope, SharedInput>;
      'customer-list': ElementProps<
        CustomerList,
        SharedInput | 'selectedId' | 'search' | 'pageSize'
      >;
      'customer-view360': ElementProps<CustomerView360, SharedInput | 'customerId' | 'activeTab'>;
      'invoice-tab': ElementProps<InvoiceTab, SharedInput | 'customerId' | 'pageSize'>;
      'billing-tab': ElementProps<BillingTab, SharedInput | 'customerId'>;
      'task-tab': ElementProps<TaskTab, SharedInput | 'customerId'>;
      'history-timeline': ElementProps<
        HistoryTimeline,
        SharedInput | 'customerId' | 'view' | 'month'
      >;
      'score-gauge': ElementProps<ScoreGauge, SharedInput | 'value' | 'max' | 'bands' | 'label'>;
    }
  }
}
