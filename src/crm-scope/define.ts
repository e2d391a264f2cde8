import { defineElement } from '../core/define.ts';
import { CrmScope } from './crm-scope.ts';

defineElement('crm-scope', CrmScope);

declare global {
  interface HTMLElementTagNameMap {
    'crm-scope': CrmScope;
  }
}

export { CrmScope };
