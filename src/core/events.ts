import type { Customer, RecordId } from './records.ts';
import type { StructureIssue } from '../structure/parse.ts';

/** Detail of every event the library fires, by event name. */
export interface CrmEventDetails {
  'customer-select': { id: RecordId; customer: Customer };
  'tab-change': { tab: string };
  'task-executed': { taskId: RecordId; outcome: string };
  'task-assigned': { taskId: RecordId; agentId: RecordId };
  'billing-selection-change': { invoiceIds: string[]; total: number };
  'crm-error':
    | { kind: 'structure'; issues: StructureIssue[] }
    | { kind: 'provider'; message: string; status?: number };
}

export type CrmEventName = keyof CrmEventDetails;

/** Dispatches a bubbling, composed CustomEvent with a typed detail. Returns false if cancelled. */
export function fire<K extends CrmEventName>(
  target: EventTarget,
  name: K,
  detail: CrmEventDetails[K],
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'customer-select': CustomEvent<CrmEventDetails['customer-select']>;
    'tab-change': CustomEvent<CrmEventDetails['tab-change']>;
    'task-executed': CustomEvent<CrmEventDetails['task-executed']>;
    'task-assigned': CustomEvent<CrmEventDetails['task-assigned']>;
    'billing-selection-change': CustomEvent<CrmEventDetails['billing-selection-change']>;
    'crm-error': CustomEvent<CrmEventDetails['crm-error']>;
  }
}
