import { defineElement } from '../core/define.ts';
import { CustomerList } from './customer-list.ts';

defineElement('customer-list', CustomerList);

declare global {
  interface HTMLElementTagNameMap {
    'customer-list': CustomerList;
  }
}

export { CustomerList };
