/**
 * Text and JSON output of `signpost translations`: a table of pages × locales (by default
 * only rows with an issue) and per-locale totals.
 */
import type { TranslationCell, TranslationStatus } from './status.ts';

/**
 * Short text of a cell: `ok`, `missing`, `untranslated (en)`, `stale`, or several joined by
 * `, `; the source locale's present cells read `source`.
 * @example cellText({file: 'nl/a.md', detected: 'en', issues: ['untranslated']}) // 'untranslated (en)'
 */
export function cellText(cell: TranslationCell, isSource = false): string {
  if (cell.issues.length === 0) return isSource ? 'source' : 'ok';
  return cell.issues.map((issue) => (issue === 'untranslated' ? `untranslated (${cell.detected})` : issue)).join(', ');
}

/**
 * The table; `all` includes rows without issues.
 * @example formatStatusText(status, false)
 *   // 'page                         da      nl\nadmin/import/includes/a.md   source  untranslated (en)\n…'
 */
export function formatStatusText(status: TranslationStatus, all: boolean): string {
  const rows = status.rows.filter((row) => all || status.languages.some((lang) => row.cells[lang].issues.length > 0));
  const table = [['page', ...status.languages.map((lang) => (lang === status.source ? `${lang} (source)` : lang))]];
  for (const row of rows) table.push([row.path, ...status.languages.map((lang) => cellText(row.cells[lang], lang === status.source))]);
  const widths = table[0].map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
  const lines = table.map((cells) => cells.map((text, column) => text.padEnd(widths[column])).join('  ').trimEnd());
  lines.push('');
  for (const lang of status.languages) {
    const t = status.totals[lang];
    lines.push(`${lang}: ${t.missing} missing, ${t.untranslated} possibly untranslated, ${t.stale} stale`);
  }
  lines.push(`${status.rows.length} pages and includes compared; source language ${status.source}`);
  return `${lines.join('\n')}\n`;
}

/** The whole status as JSON (`{languages, source, rows, totals}`). */
export function formatStatusJson(status: TranslationStatus): string {
  return `${JSON.stringify(status, null, 2)}\n`;
}
