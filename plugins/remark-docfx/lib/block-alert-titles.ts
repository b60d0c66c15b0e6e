/**
 * Alert kinds and their localized titles (spec §6.4). The title language is the language
 * folder of the page being rendered; any language without its own column uses English.
 */

/** The five alert kinds, lower-case as they appear in `data-alert`. */
export const ALERT_KINDS = ['note', 'tip', 'important', 'caution', 'warning'] as const;
/** One alert kind. */
export type AlertKind = (typeof ALERT_KINDS)[number];
/** True for one of the five alert kinds (already lower-cased). */
export const isAlertKind = (value: string): value is AlertKind => (ALERT_KINDS as readonly string[]).includes(value);

const TITLES: Readonly<Record<string, Readonly<Record<AlertKind, string>>>> = Object.freeze({
  nl: { note: 'Opmerking', tip: 'Tip', important: 'Belangrijk', caution: 'Let op', warning: 'Waarschuwing' },
  da: { note: 'Bemærk', tip: 'Tip', important: 'Vigtigt', caution: 'Forsigtig', warning: 'Advarsel' },
  en: { note: 'Note', tip: 'Tip', important: 'Important', caution: 'Caution', warning: 'Warning' },
});

/** Alert titles per language and kind (the `alertTitles` option), e.g. `{ de: { note: 'Hinweis' } }`. */
export type AlertTitles = Readonly<Record<string, Readonly<Partial<Record<AlertKind, string>>>>>;

/**
 * Localized title of an alert kind for a page language: from `titles` (the `alertTitles`
 * option, e.g. the portal's UI catalogues) when it has one, else the spec's table.
 * @example alertTitle('caution', 'nl') // → 'Let op'; alertTitle('note', 'de') // → 'Note'
 * @example alertTitle('note', 'de', { de: { note: 'Hinweis' } }) // → 'Hinweis'
 */
export function alertTitle(kind: AlertKind, lang: string, titles?: AlertTitles): string {
  const code = lang.toLowerCase();
  return titles?.[code]?.[kind] ?? (TITLES[code] ?? TITLES.en)[kind];
}
