import * as z from 'zod/mini';
import type { RecordId } from '../core/records.ts';
import type { FormValues } from './form-model.ts';

/** Typed values and chosen outcome of a task not sent yet. */
export interface TaskDraft {
  outcome?: string;
  values: FormValues;
}

const draftSchema = z.object({
  outcome: z.optional(z.string()),
  values: z.record(z.string(), z.union([z.string(), z.boolean()])),
});

/** sessionStorage key of a task's draft. */
export function draftKey(taskId: RecordId): string {
  return `crm-view360:task-draft:${String(taskId)}`;
}

/**
 * Reads the draft of `taskId` from sessionStorage. Returns undefined when
 * there is none, when it does not match the draft shape, or when storage is
 * unavailable (blocked by privacy settings, for example).
 */
export function loadDraft(
  taskId: RecordId,
  storage: Storage | undefined = sessionStorageOrUndefined(),
): TaskDraft | undefined {
  try {
    const text = storage?.getItem(draftKey(taskId));
    if (!text) return undefined;
    const parsed = draftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the draft; a full or unavailable storage only loses the draft. */
export function saveDraft(
  taskId: RecordId,
  draft: TaskDraft,
  storage = sessionStorageOrUndefined(),
): void {
  try {
    storage?.setItem(draftKey(taskId), JSON.stringify(draft));
  } catch {
    // NOTE: a quota error drops the draft silently; the form itself keeps its values.
  }
}

export function clearDraft(taskId: RecordId, storage = sessionStorageOrUndefined()): void {
  try {
    storage?.removeItem(draftKey(taskId));
  } catch {
    // Storage blocked: there is no draft to clear.
  }
}

function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
