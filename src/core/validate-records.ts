import type * as z from 'zod/mini';
import { issueText } from './i18n-validation.ts';

/** Records that passed validation, and one message per record that did not. */
export interface ValidatedRecords<T> {
  records: T[];
  warnings: string[];
}

function describeId(record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? `"${id}"` : '(missing id)';
}

/**
 * Keeps the records that match `schema` and skips the rest, warning once per
 * skipped record with the element's tag, the resource, the record's id and
 * the first problem. A repeated id keeps its first record. Never throws, so a
 * bad record from a provider costs one row, not the whole view.
 */
export function validateRecords<S extends z.ZodMiniType>(
  tag: string,
  resource: string,
  records: unknown,
  schema: S,
): ValidatedRecords<z.infer<S>> {
  const warnings: string[] = [];
  const valid: Array<z.infer<S>> = [];
  if (!Array.isArray(records)) {
    warnings.push(`${tag}: skipped the ${resource} response: expected an array of records`);
  }
  const seen = new Set<string>();
  for (const record of Array.isArray(records) ? records : []) {
    // reportInput keeps the rejected value on the issue, so the warning can name its type.
    const result = schema.safeParse(record, { reportInput: true });
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      warnings.push(
        `${tag}: skipped ${resource} record ${describeId(record)}: ${issue ? issueText(issue) : 'invalid'}${where}`,
      );
      continue;
    }
    const id = String((result.data as { id: unknown }).id);
    if (seen.has(id)) {
      warnings.push(`${tag}: skipped ${resource} record "${id}": repeated id`);
      continue;
    }
    seen.add(id);
    valid.push(result.data);
  }
  for (const warning of warnings) console.warn(warning);
  return { records: valid, warnings };
}
