import { findJsonSyntaxError } from './json-syntax.ts';
import { structureSchema, type Structure } from './schema.ts';
import {
  describeIssue,
  formatIssueMessage,
  jsonTypeName,
  type IssueMessage,
} from '../core/i18n-validation.ts';

/**
 * One validation problem, located by a JSON path such as `$.tabs[2].kind`.
 * `messageKey` and `values` let an element write the problem again in
 * another locale with `formatIssueMessage`.
 */
export interface StructureIssue extends IssueMessage {
  path: string;
  /** The problem in the locale passed to `parseStructure`. */
  message: string;
}

export type StructureResult =
  { ok: true; structure: Structure } | { ok: false; issues: StructureIssue[] };

/** Formats a zod issue path as a JSON path: `['tabs', 2, 'kind']` becomes `$.tabs[2].kind`. */
export function toJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let result = '$';
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) result += `.${key}`;
    else result += `[${JSON.stringify(String(key))}]`;
  }
  return result;
}

/**
 * Validates a data structure given as an object or as JSON text (the form an
 * attribute carries). Never throws: every problem comes back as an issue,
 * with its message in `locale` (English by default).
 */
export function parseStructure(input: unknown, locale = 'en'): StructureResult {
  const issue = (path: string, described: IssueMessage): StructureIssue => ({
    path,
    message: formatIssueMessage(described, locale),
    ...described,
  });
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, issues: [issue('$', describeJsonError(input))] };
    }
  }
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      issues: [
        issue('$', { messageKey: 'structureNotObject', values: { received: jsonTypeName(value) } }),
      ],
    };
  }
  // reportInput keeps the rejected value on each issue, so a type error can name the type received.
  let result: ReturnType<typeof structureSchema.safeParse>;
  try {
    result = structureSchema.safeParse(value, { reportInput: true });
  } catch {
    // A getter or proxy of the host's object threw while zod read it.
    return { ok: false, issues: [issue('$', { messageKey: 'invalidValue', values: {} })] };
  }
  if (result.success) return { ok: true, structure: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((zodIssue) =>
      issue(toJsonPath(zodIssue.path), describeIssue(zodIssue)),
    ),
  };
}

/**
 * Describes why `text` is not JSON by line and column, in words that every
 * locale translates, because the parser's own message is English.
 */
function describeJsonError(text: string): IssueMessage {
  const error = findJsonSyntaxError(text);
  if (!error) {
    // Only when JSON.parse rejects text that the scanner accepts.
    const preview = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return { messageKey: 'structureNotJson', values: { preview } };
  }
  const values = { line: String(error.line), column: String(error.column) };
  return error.endsEarly
    ? { messageKey: 'structureJsonEnds', values }
    : { messageKey: 'structureJsonSyntax', values: { ...values, excerpt: error.excerpt } };
}

export { formatIssueMessage } from '../core/i18n-validation.ts';
export type { IssueMessage, ValidationMessageKey } from '../core/i18n-validation.ts';
