import { structureSchema, type Structure } from './schema.ts';

/** One validation problem, located by a JSON path such as `$.tabs[2].kind`. */
export interface StructureIssue {
  path: string;
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
 * attribute carries). Never throws: every problem comes back as an issue.
 */
export function parseStructure(input: unknown): StructureResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const preview = input.length > 40 ? `${input.slice(0, 40)}…` : input;
      return {
        ok: false,
        issues: [
          { path: '$', message: `expected the structure as JSON, got "${preview}" (${reason})` },
        ],
      };
    }
  }
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return {
      ok: false,
      issues: [{ path: '$', message: `expected a structure object, got ${got}` }],
    };
  }
  const result = structureSchema.safeParse(value);
  if (result.success) return { ok: true, structure: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: toJsonPath(issue.path),
      message: issue.message,
    })),
  };
}
