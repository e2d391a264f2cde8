/**
 * Brazilian tax ids shown with their usual punctuation. Formatting checks
 * only the shape, not the check digits: a stored id is shown as recorded.
 */

/**
 * Formats a CPF (11 digits) as "123.456.789-09". Accepts digits with or
 * without punctuation, and a number whose leading zeros were lost. Anything
 * else is returned as given, as text.
 */
export function formatCpf(value: string | number): string {
  const digits = documentCharacters(value, 11);
  if (digits === null || !/^\d{11}$/.test(digits)) return String(value);
  return `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9)}`;
}

/**
 * Formats a CNPJ (14 characters) as "12.345.678/0001-95". Accepts digits with
 * or without punctuation, a number whose leading zeros were lost, and the
 * alphanumeric CNPJ (12 characters of 0-9 or A-Z, then 2 check digits).
 * Anything else is returned as given, as text.
 */
export function formatCnpj(value: string | number): string {
  const characters = documentCharacters(value, 14);
  if (characters === null || !/^[0-9A-Z]{12}\d{2}$/.test(characters)) return String(value);
  return (
    `${characters.slice(0, 2)}.${characters.slice(2, 5)}.${characters.slice(5, 8)}/` +
    `${characters.slice(8, 12)}-${characters.slice(12)}`
  );
}

/** Strips the usual punctuation, or returns null when other characters are present. */
function documentCharacters(value: string | number, length: number): string | null {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? String(value).padStart(length, '0') : null;
  }
  if (typeof value !== 'string' || !/^[\s0-9A-Za-z./-]+$/.test(value)) return null;
  return value.replace(/[\s./-]/g, '').toUpperCase();
}
