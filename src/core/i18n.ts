/** Locales with built-in text. Other locales fall back by language, then to English. */
export const builtInLocales = ['pt-BR', 'en'] as const;

export type Messages<K extends string> = Record<K, string>;

/** Text of one element in every built-in locale. `pt-BR` and `en` are required. */
export type MessageCatalog<K extends string> = { 'pt-BR': Messages<K>; en: Messages<K> } & Record<
  string,
  Messages<K>
>;

/** Picks the catalog entry for `locale`: exact tag, then language (`pt-PT` to `pt-BR`), then `en`. */
export function pickMessages<K extends string>(
  catalog: MessageCatalog<K>,
  locale: string,
): Messages<K> {
  if (Object.prototype.hasOwnProperty.call(catalog, locale)) return catalog[locale];
  const language = locale.split('-')[0].toLowerCase();
  const match = Object.keys(catalog).find((tag) => tag.split('-')[0].toLowerCase() === language);
  return match ? catalog[match] : catalog.en;
}

/** Fills `{name}` placeholders in a message. Unknown names stay as written. */
export function interpolate(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
