/** The first day of the week for a locale, from CLDR through Intl where the browser exposes it. */

/** Day of the week as date-fns numbers it: 0 is Sunday, 6 is Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * First weekday by BCP 47 tag, for engines without `Intl.Locale` week data.
 * The values match what Chromium 156 and Node 20 return from CLDR.
 */
const fallbackWeekStarts: Record<string, Weekday> = {
  'pt-BR': 0,
  pt: 0,
  'pt-PT': 0,
  'en-US': 0,
  en: 0,
  'en-CA': 0,
  'en-GB': 1,
  'en-AU': 1,
  'en-IE': 1,
  'es-MX': 0,
  'es-US': 0,
  es: 1,
  de: 1,
  fr: 1,
  'fr-CA': 0,
  it: 1,
  nl: 1,
};

/** `Intl.Locale` week data: `getWeekInfo()` in newer engines, the `weekInfo` getter in older ones. */
interface LocaleWithWeekInfo extends Intl.Locale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/** `firstDay` from Intl (1 is Monday, 7 is Sunday), or undefined without week data. */
function intlFirstDay(locale: string): number | undefined {
  try {
    // An unsupported tag such as "xx" would get the world's default (Monday), not its own.
    if (Intl.DateTimeFormat.supportedLocalesOf(locale).length === 0) return undefined;
    const parsed = new Intl.Locale(locale) as LocaleWithWeekInfo;
    return (parsed.getWeekInfo?.() ?? parsed.weekInfo)?.firstDay;
  } catch {
    // Intl.Locale throws RangeError for a malformed tag, so the table decides.
    return undefined;
  }
}

/** Returns the first weekday of `locale` from the table (exact tag, then language), else Sunday. */
export function weekStartFromTable(locale: string): Weekday {
  return fallbackWeekStarts[locale] ?? fallbackWeekStarts[locale.split('-')[0]] ?? 0;
}

const weekStarts = new Map<string, Weekday>();

/**
 * Returns the first day of the week for `locale`: Intl's CLDR week data when
 * the engine has it and supports the locale, else {@link weekStartFromTable}.
 */
export function weekStartOf(locale: string): Weekday {
  let start = weekStarts.get(locale);
  if (start === undefined) {
    const firstDay = intlFirstDay(locale);
    start = firstDay !== undefined ? ((firstDay % 7) as Weekday) : weekStartFromTable(locale);
    weekStarts.set(locale, start);
  }
  return start;
}
