/**
 * Translation status of a content tree: a matrix of pages × locales where each cell says
 * whether the translation is missing, possibly untranslated (its text is in another of the
 * site's languages than its folder) or stale (the source language's `date` is newer).
 * Pages are matched across locales by their path inside the language folder.
 */
import type { FileKind, SiteIndex } from '../../plugins/remark-docfx/index.ts';
import { frontMatterDateToIso } from '../site/dates.ts';
import { detectLanguage, type Detection } from './detect-language.ts';
import { markdownToPlainText } from './plain-text.ts';

/** What is wrong with one translation. */
export type CellIssue = 'missing' | 'untranslated' | 'stale';

/** One page in one locale. */
export interface TranslationCell {
  /** Content-root relative path, absent when missing. */
  file?: string;
  route?: string | null;
  /** Detected text language (a locale, or `unknown`); absent for stubs and missing files. */
  detected?: string;
  /** `date`/`so.date` as ISO `YYYY-MM-DD`, when valid. */
  date?: string;
  issues: CellIssue[];
}

/** One page across locales; `path` is relative to the language folder. */
export interface TranslationRow {
  path: string;
  kind: FileKind;
  cells: Record<string, TranslationCell>;
}

/** The whole matrix plus per-locale issue counts. */
export interface TranslationStatus {
  languages: string[];
  source: string;
  rows: TranslationRow[];
  totals: Record<string, Record<CellIssue, number>>;
}

const TRANSLATABLE: ReadonlySet<FileKind> = new Set(['page', 'stub', 'include']);

/** Options: `source` locale (default `en` when present, else the first locale). */
export interface StatusOptions {
  source?: string;
  /** Reads a content-root relative file's text (tests inject fakes). */
  readText: (path: string) => string | undefined;
}

/**
 * Builds the translation matrix of `site`.
 * @example translationStatus(loadSite('content'), {readText}).rows[0]
 *   // {path: 'admin/import/includes/open-import.md', kind: 'include',
 *   //  cells: {da: {file: 'da/…', detected: 'da', issues: []}, nl: {file: 'nl/…', detected: 'en', issues: ['untranslated']}}}
 */
export function translationStatus(site: SiteIndex, options: StatusOptions): TranslationStatus {
  const languages = [...site.languages];
  const source = options.source ?? (languages.includes('en') ? 'en' : languages[0] ?? 'en');
  const candidates = [...new Set([...languages, 'en'])];
  const byPath = new Map<string, TranslationRow>();
  for (const file of site.files.values()) {
    if (!file.lang || !TRANSLATABLE.has(file.kind) || !languages.includes(file.lang)) continue;
    const path = file.path.slice(file.lang.length + 1);
    const row = byPath.get(path) ?? { path, kind: file.kind, cells: {} };
    if (row.kind === 'stub' && file.kind !== 'stub') row.kind = file.kind;
    const cell: TranslationCell = { file: file.path, route: file.route, issues: [] };
    const date = frontMatterDateToIso(file.meta.date) ?? frontMatterDateToIso(file.meta['so.date']);
    if (date) cell.date = date;
    if (file.kind !== 'stub') {
      const detection: Detection = detectLanguage(markdownToPlainText(options.readText(file.path) ?? ''), candidates);
      cell.detected = detection.lang;
      if (detection.lang !== 'unknown' && detection.lang !== file.lang) cell.issues.push('untranslated');
    }
    row.cells[file.lang] = cell;
    byPath.set(path, row);
  }
  const rows = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  const totals: TranslationStatus['totals'] = {};
  for (const lang of languages) totals[lang] = { missing: 0, untranslated: 0, stale: 0 };
  for (const row of rows) {
    const sourceDate = row.cells[source]?.date;
    for (const lang of languages) {
      const cell = (row.cells[lang] ??= { issues: ['missing'] });
      if (lang !== source && sourceDate && cell.date && cell.date < sourceDate) cell.issues.push('stale');
      for (const issue of cell.issues) totals[lang][issue] += 1;
    }
  }
  return { languages, source, rows, totals };
}
