const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the absolute URL to use as a link target when `value` is an http,
 * https, mailto or tel URL, else null (for `javascript:`, `data:`, relative
 * paths and anything unparsable). The returned text is the URL parser's
 * normalized form, so hidden tabs or newlines in a scheme cannot slip through.
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  return allowedProtocols.has(url.protocol) ? url.href : null;
}
