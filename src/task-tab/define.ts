import { defineElement } from '../core/define.ts';
import { TaskTab } from './task-tab.ts';

defineElement('task-tab', TaskTab);

declare global {
  interface HTMLElementTagNameMap {
    'task-tab': TaskTab;
  }
}

export { TaskTab };
