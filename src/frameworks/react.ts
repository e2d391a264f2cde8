/**
 * JSX types of the elements for React 19. React 19 sets a prop as a property
 * when the element has a property of that name, and adds a listener for each
 * `on<event-name>` prop (`oncustomer-select` listens to `customer-select`).
 *
 * Load it once in an application with `import type {} from 'crm-view360/react';`.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { CrmElementOf, CrmElementProperties, CrmEvents, CrmTag } from './element-types.ts';

/** One optional handler prop per library event, named `on` plus the event name. */
export type CrmReactEventProps = {
  [Name in keyof CrmEvents as `on${Name}`]?: (event: CrmEvents[Name]) => void;
};

/** Props of `Tag` in JSX: the standard HTML ones, a ref, its properties and the event props. */
export type CrmReactProps<Tag extends CrmTag> = HTMLAttributes<CrmElementOf<Tag>> &
  RefAttributes<CrmElementOf<Tag>> &
  CrmElementProperties<Tag> &
  CrmReactEventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'crm-scope': CrmReactProps<'crm-scope'>;
      'customer-list': CrmReactProps<'customer-list'>;
      'customer-view360': CrmReactProps<'customer-view360'>;
      'invoice-tab': CrmReactProps<'invoice-tab'>;
      'billing-tab': CrmReactProps<'billing-tab'>;
      'task-tab': CrmReactProps<'task-tab'>;
      'history-timeline': CrmReactProps<'history-timeline'>;
      'score-gauge': CrmReactProps<'score-gauge'>;
    }
  }
}
