/**
 * React components for the elements, made with @lit/react. React 18 passes
 * every JSX prop of a custom element as a string attribute and cannot listen
 * to custom events, so React 18 applications use these wrappers. They set
 * props as properties and map `onCustomerSelect` to `customer-select`.
 * React 19 needs no wrapper, but the wrappers work there too.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  CrmScope as CrmScopeElement,
  CustomerList as CustomerListElement,
  CustomerView360 as CustomerView360Element,
  TaskTab as TaskTabElement,
  type CrmEventDetails,
} from '../../../src/index.ts';

/** The event name typed with its CustomEvent, which types the handler prop. */
function crmEvent<K extends keyof CrmEventDetails>(name: K) {
  return name as EventName<CustomEvent<CrmEventDetails[K]>>;
}

export const CrmScope = createComponent({
  tagName: 'crm-scope',
  elementClass: CrmScopeElement,
  react: React,
  events: { onCrmError: crmEvent('crm-error') },
});

export const CustomerList = createComponent({
  tagName: 'customer-list',
  elementClass: CustomerListElement,
  react: React,
  events: { onCustomerSelect: crmEvent('customer-select'), onCrmError: crmEvent('crm-error') },
});

export const CustomerView360 = createComponent({
  tagName: 'customer-view360',
  elementClass: CustomerView360Element,
  react: React,
  events: {
    onTabChange: crmEvent('tab-change'),
    onTaskExecuted: crmEvent('task-executed'),
    onTaskAssigned: crmEvent('task-assigned'),
    onCrmError: crmEvent('crm-error'),
  },
});

export const TaskTab = createComponent({
  tagName: 'task-tab',
  elementClass: TaskTabElement,
  react: React,
  events: {
    onTaskExecuted: crmEvent('task-executed'),
    onTaskAssigned: crmEvent('task-assigned'),
    onCrmError: crmEvent('crm-error'),
  },
});
