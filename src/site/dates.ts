/**
 * Front-matter dates (`MM.DD.YYYY`, month first — spec §3.3) to ISO and to localized text.
 */

/**
 * `'03.31.2024'` → `'2024-03-31'`; undefined for anything that is not a real month-first date
 * (`'31.03.2024'`, `''`, numbers).
 */
export function frontMatterDateToIso(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value.trim());
  if (!match) return undefined;
  const [, month, day, year] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const roundTrips = date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return roundTrips ? `${year}-${month}-${day}` : undefined;
}

/**
 * Formats an ISO date for `lang` with Intl: `('2024-03-31', 'nl')` → `'31 maart 2024'`.
 * Falls back to English for a language Intl does not know.
 */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const locale = Intl.DateTimeFormat.supportedLocalesOf([lang]).length ? lang : 'en';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * A language's name in `displayLang` (its own by default), capitalised for menus only:
 * `('da')` → `'Dansk'`, `('da', 'nl', false)` → `'Deens'`; the code itself when Intl does not know it.
 */
export function languageName(lang: string, displayLang = lang, capitalise = true): string {
  try {
    const name = new Intl.DisplayNames([displayLang, 'en'], { type: 'language' }).of(lang);
    if (!name) return lang;
    return capitalise ? name.charAt(0).toLocaleUpperCase(displayLang) + name.slice(1) : name;
  } catch {
    return lang;
  }
}
