import { defineElement } from '../core/define.ts';
import { InvoiceTab } from './invoice-tab.ts';

defineElement('invoice-tab', InvoiceTab);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-tab': InvoiceTab;
  }
}

export { InvoiceTab };
