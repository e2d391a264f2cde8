/** Locales with built-in text. Other locales fall back by language, then to English. */
export const builtInLocales = ['pt-BR', 'en', 'es'] as const;

export type Messages<K extends string> = Record<K, string>;

/**
 * Text of one element in every locale it has. `pt-BR` and `en` are required,
 * and `es` and any locale added with `registerLocale` are optional.
 */
export type MessageCatalog<K extends string> = { 'pt-BR': Messages<K>; en: Messages<K> } & Record<
  string,
  Messages<K>
>;

/** Messages a host supplies for one catalog: any subset of its keys. */
export type PartialMessages = Readonly<Record<string, string>>;

/** Messages a host supplies for one locale, by catalog name (`'invoice-tab'`, `'states'`). */
export type LocaleMessages = Readonly<Record<string, PartialMessages>>;

const catalogs = new Map<string, MessageCatalog<string>>();

/** Registrations whose catalog is not defined yet, applied when it is: name, then tag. */
const pendingRegistrations = new Map<string, Map<string, PartialMessages>>();

const registrations = new EventTarget();

/**
 * Registers a catalog under `name` so that `registerLocale` can add locales to
 * it, and returns the catalog itself. Names are element tags (`'invoice-tab'`)
 * or a shared part (`'states'`, `'invoice-status'`).
 */
export function defineMessages<K extends string>(
  name: string,
  catalog: MessageCatalog<K>,
): MessageCatalog<K> {
  const widened = catalog as unknown as MessageCatalog<string>;
  catalogs.set(name, widened);
  for (const [tag, messages] of pendingRegistrations.get(name) ?? []) {
    addLocale(name, widened, tag, messages);
  }
  pendingRegistrations.delete(name);
  return catalog;
}

/**
 * Adds a locale, or replaces some messages of an existing one, at run time.
 * `messagesByCatalog` maps catalog names to messages; keys left out keep the
 * locale's existing text, else the English text. A catalog that is not
 * defined yet (its element not imported) gets the messages when it is.
 *
 * Elements pick the new text up on their next render: register before they
 * render, or call their `requestUpdate()` afterwards. Throws RangeError when `tag` is
 * not a valid BCP 47 language tag.
 *
 * @example registerLocale('fr', { 'invoice-tab': { empty: 'Aucune facture' } })
 */
export function registerLocale(tag: string, messagesByCatalog: LocaleMessages): void {
  const [canonical] = Intl.getCanonicalLocales(tag);
  for (const [name, messages] of Object.entries(messagesByCatalog)) {
    const catalog = catalogs.get(name);
    if (catalog) {
      addLocale(name, catalog, canonical, messages);
      continue;
    }
    const pending = pendingRegistrations.get(name) ?? new Map<string, PartialMessages>();
    pending.set(canonical, { ...pending.get(canonical), ...messages });
    pendingRegistrations.set(name, pending);
  }
  registrations.dispatchEvent(new CustomEvent('locale-registered', { detail: canonical }));
}

function addLocale(
  name: string,
  catalog: MessageCatalog<string>,
  tag: string,
  messages: PartialMessages,
): void {
  const known = Object.keys(catalog.en);
  const unknown = Object.keys(messages).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    console.warn(
      `registerLocale('${tag}'): catalog '${name}' has no message ${unknown.join(', ')}; ` +
        `its keys are ${known.join(', ')}.`,
    );
  }
  const entries = Object.entries(messages).filter(([key]) => known.includes(key));
  const base = Object.prototype.hasOwnProperty.call(catalog, tag) ? catalog[tag] : catalog.en;
  catalog[tag] = { ...base, ...Object.fromEntries(entries) };
}

/**
 * Calls `listener` with the tag after every `registerLocale`, so a host or an
 * element can render again. Returns a function that removes the listener.
 */
export function onLocaleRegistered(listener: (tag: string) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<string>).detail);
  registrations.addEventListener('locale-registered', handler);
  return () => registrations.removeEventListener('locale-registered', handler);
}

/** Names of the defined catalogs, for hosts that write a translation. */
export function messageCatalogNames(): string[] {
  return [...catalogs.keys()].sort();
}

/**
 * Copies one locale of every defined catalog, by catalog name: the starting
 * point for a new translation (`localeMessages('en')`). Missing locales give English.
 */
export function localeMessages(locale: string): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const name of messageCatalogNames()) {
    result[name] = { ...pickMessages(catalogs.get(name)!, locale) };
  }
  return result;
}

/**
 * Picks the catalog entry for `locale`: the same tag (in any letter case), then
 * the bare language (`es-MX` to `es`), then another tag of that language
 * (`pt-PT` to `pt-BR`), then `en`.
 */
export function pickMessages<K extends string>(
  catalog: MessageCatalog<K>,
  locale: string,
): Messages<K> {
  if (Object.prototype.hasOwnProperty.call(catalog, locale)) return catalog[locale];
  const requested = locale.toLowerCase();
  const language = requested.split('-')[0];
  const tags = Object.keys(catalog);
  const match =
    tags.find((tag) => tag.toLowerCase() === requested) ??
    tags.find((tag) => tag.toLowerCase() === language) ??
    tags.find((tag) => tag.split('-')[0].toLowerCase() === language);
  if (match) return catalog[match];
  warnEnglishFallback(locale);
  return catalog.en;
}

/** Locales already reported as shown in English. */
const fallbackWarned = new Set<string>();

/** Warns once per locale that has no messages in its language, so English shows. */
function warnEnglishFallback(locale: string): void {
  if (locale === '' || fallbackWarned.has(locale)) return;
  fallbackWarned.add(locale);
  console.warn(
    `crm-view360: no messages for locale "${locale}", so English is shown. ` +
      `Add them with registerLocale('${locale}', messages), starting from localeMessages('en').`,
  );
}

/** Fills `{name}` placeholders in a message. Unknown names stay as written. */
export function interpolate(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** Canonical form of each locale tag checked, or null for an invalid tag. */
const checkedLocales = new Map<string, string | null>();

/**
 * Returns `tag` in canonical form (`pt-br` becomes `pt-BR`), or undefined
 * for an empty or invalid BCP 47 tag such as `pt_BR`, which `Intl` formatters
 * reject with a RangeError. Warns once per invalid tag.
 */
export function validLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  let canonical = checkedLocales.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      canonical = null;
      console.warn(
        `crm-view360: ignored the invalid locale "${tag}"; use a BCP 47 tag such as "pt-BR".`,
      );
    }
    checkedLocales.set(tag, canonical);
  }
  return canonical ?? undefined;
}
