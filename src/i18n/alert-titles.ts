/**
 * Alert titles from the UI catalogues (`locales/<lang>/site.json`, keys `alert.<kind>`), for the
 * DocFX plugin's `alertTitles` option: every locale with a catalogue gets its own titles (the
 * spec's nl/da/en titles are the same words). Read with `fs`, not Vite's glob, because the
 * render worker builds its processor in plain Node.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALERT_KINDS, type AlertTitles } from '../../plugins/remark-docfx/index.ts';

const LOCALES = fileURLToPath(new URL('./locales/', import.meta.url));

/**
 * `{ nl: { note: 'Opmerking', … }, de: { note: 'Hinweis', … }, … }` for every catalogue folder
 * of `folder` whose site.json has `alert.*` keys.
 */
export function catalogueAlertTitles(folder = LOCALES): AlertTitles {
  const titles: Record<string, Record<string, string>> = {};
  for (const lang of readdirSync(folder)) {
    const file = join(folder, lang, 'site.json');
    if (!existsSync(file)) continue;
    const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const own = Object.fromEntries(ALERT_KINDS.filter((kind) => strings[`alert.${kind}`]).map((kind) => [kind, strings[`alert.${kind}`]]));
    if (Object.keys(own).length) titles[lang] = own;
  }
  return titles;
}
