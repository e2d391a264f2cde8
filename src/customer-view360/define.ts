import { defineElement } from '../core/define.ts';
import { CustomerView360 } from './customer-view360.ts';

defineElement('customer-view360', CustomerView360);

declare global {
  interface HTMLElementTagNameMap {
    'customer-view360': CustomerView360;
  }
}

export { CustomerView360 };
