/**
 * Template types of the elements for Vue 3, read by vue-tsc and Vue's editor
 * extension. Each tag is declared in `GlobalComponents` with the
 * `DefineCustomElement` shape from Vue's guide ("Web Components and
 * TypeScript"): `$props` types the bound properties and `$emit` types the
 * `@event` listeners.
 *
 * Load it once in an application with `import type {} from 'crm-view360/vue';`.
 * Vue's compiler must also treat the tags as custom elements
 * (`compilerOptions.isCustomElement`), which types cannot do.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { CrmElementOf, CrmElementProperties, CrmEvents, CrmTag } from './element-types.ts';

/** Maps the events to the listener signatures Vue reads from `$emit`. */
type CrmVueEmit = EmitFn<{ [Name in keyof CrmEvents]: (event: CrmEvents[Name]) => void }>;

/** The component type Vue's tools use for `Tag`; an instance is the element itself. */
export type CrmVueElement<Tag extends CrmTag> = new () => CrmElementOf<Tag> & {
  /** @deprecated Template prop types only: the element has no `$props`. */
  $props: HTMLAttributes & CrmElementProperties<Tag> & PublicProps;
  /** @deprecated Template event types only: the element has no `$emit`. */
  $emit: CrmVueEmit;
};

declare module 'vue' {
  interface GlobalComponents {
    'crm-scope': CrmVueElement<'crm-scope'>;
    'customer-list': CrmVueElement<'customer-list'>;
    'customer-view360': CrmVueElement<'customer-view360'>;
    'invoice-tab': CrmVueElement<'invoice-tab'>;
    'billing-tab': CrmVueElement<'billing-tab'>;
    'task-tab': CrmVueElement<'task-tab'>;
    'history-timeline': CrmVueElement<'history-timeline'>;
    'score-gauge': CrmVueElement<'score-gauge'>;
  }
}
