/**
 * Template types of the crm-view360 elements for Vue 3, read by vue-tsc and
 * Vue's editor support (Volar). Vue maps `@customer-select` to the
 * `onCustomerSelect` prop typed here.
 */
import type { DefineComponent } from 'vue';
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

/** `customer-select` -> `CustomerSelect`. */
type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** One optional handler prop per library event; the events bubble, so any element can listen. */
type CrmEventProps = {
  [K in keyof CrmEventDetails as `on${PascalCase<K>}`]?: (
    event: CustomEvent<CrmEventDetails[K]>,
  ) => void;
};

/** A component type with the listed properties of the element and the events as props. */
type ElementComponent<E extends HTMLElement, K extends keyof E> = DefineComponent<
  Partial<Pick<E, K>> & CrmEventProps
>;

declare module 'vue' {
  interface GlobalComponents {
    'crm-scope': ElementComponent<CrmScope, SharedInput>;
    'customer-list': ElementComponent<
      CustomerList,
      SharedInput | 'selectedId' | 'search' | 'pageSize'
    >;
    'customer-view360': ElementComponent<CustomerView360, SharedInput | 'customerId' | 'activeTab'>;
    'invoice-tab': ElementComponent<InvoiceTab, SharedInput | 'customerId' | 'pageSize'>;
    'billing-tab': ElementComponent<BillingTab, SharedInput | 'customerId'>;
    'task-tab': ElementComponent<TaskTab, SharedInput | 'customerId'>;
    'history-timeline': ElementComponent<
      HistoryTimeline,
      SharedInput | 'customerId' | 'view' | 'month'
    >;
    'score-gauge': ElementComponent<ScoreGauge, SharedInput | 'value' | 'max' | 'bands' | 'label'>;
  }
}
