/** A piece of a task template: literal text or a `{{name}}` placeholder. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; raw: string };

/** A template piece after filling: literal text, a filled value, or a placeholder left as written. */
export type FilledPart =
  | { kind: 'text'; text: string }
  | { kind: 'value'; text: string; name: string }
  | { kind: 'unknown'; raw: string; name: string };

/** Returns the text of a placeholder, or undefined when the name is not known. */
export type PlaceholderResolver = (name: string) => string | undefined;

const placeholderPattern = /\{\{([^{}]*)\}\}/g;
const namePattern = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
const forbiddenSegments = new Set(['__proto__', 'prototype', 'constructor']);

/** Splits a template into literal text and `{{name}}` placeholders (spaces inside braces are ignored). */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(placeholderPattern)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: template.slice(last, start) });
    parts.push({ kind: 'placeholder', name: match[1].trim(), raw: match[0] });
    last = start + match[0].length;
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  return parts;
}

/**
 * True for a dotted identifier path without `__proto__`, `prototype` or
 * `constructor`, the only names a resolver is ever asked about.
 */
export function isSafePlaceholderName(name: string): boolean {
  if (!namePattern.test(name)) return false;
  return !name.split('.').some((segment) => forbiddenSegments.has(segment));
}

/** Fills every placeholder of `template`; names the resolver does not know stay as written. */
export function fillTemplate(template: string, resolve: PlaceholderResolver): FilledPart[] {
  return parseTemplate(template).map((part): FilledPart => {
    if (part.kind === 'text') return part;
    const text = isSafePlaceholderName(part.name) ? resolve(part.name) : undefined;
    if (text === undefined) return { kind: 'unknown', raw: part.raw, name: part.name };
    return { kind: 'value', text, name: part.name };
  });
}

/** Names of the placeholders of `template` that `resolve` does not know, in order, without repeats. */
export function unknownPlaceholders(template: string, resolve: PlaceholderResolver): string[] {
  const names = fillTemplate(template, resolve)
    .filter((part) => part.kind === 'unknown')
    .map((part) => part.name);
  return [...new Set(names)];
}
