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

/**
 * Localized title of an alert kind for a page language.
 * @example alertTitle('caution', 'nl') // → 'Let op'; alertTitle('note', 'de') // → 'Note'
 */
export function alertTitle(kind: AlertKind, lang: string): string {
  return (TITLES[lang.toLowerCase()] ?? TITLES.en)[kind];
}
