import { defineElement } from '../core/define.ts';
import { BillingTab, type BillingSelectionChangeDetail } from './billing-tab.ts';

defineElement('billing-tab', BillingTab);

declare global {
  interface HTMLElementTagNameMap {
    'billing-tab': BillingTab;
  }
}

export { BillingTab };
export type { BillingSelectionChangeDetail };
