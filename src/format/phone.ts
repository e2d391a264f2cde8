/**
 * Formats a Brazilian phone number: "+55 11 98765-4321" with the country
 * code, "(11) 98765-4321" or "(11) 3456-7890" with only the area code.
 * Other text, including foreign numbers, is returned as given.
 */
export function formatPhone(value: string | number): string {
  const text = String(value);
  if (!/^\+?[\d\s().-]+$/.test(text.trim())) return text;
  const digits = text.replace(/\D/g, '');
  const international = text.trim().startsWith('+');

  if (international || digits.length > 11) {
    if (!digits.startsWith('55')) return text;
    const national = splitNational(digits.slice(2));
    return national ? `+55 ${national.area} ${national.number}` : text;
  }
  const national = splitNational(digits);
  return national ? `(${national.area}) ${national.number}` : text;
}

/**
 * Splits area code and subscriber number: two digits without a zero (11 to 99), then
 * 9 digits starting with 9 (mobile) or 8 digits starting with 2 to 5 (landline).
 */
function splitNational(digits: string): { area: string; number: string } | null {
  const match = /^([1-9][1-9])(9\d{4}|[2-5]\d{3})(\d{4})$/.exec(digits);
  if (!match) return null;
  return { area: match[1], number: `${match[2]}-${match[3]}` };
}
