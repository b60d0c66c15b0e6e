/**
 * Helpers shared by the content tests: where the portal's own help tree and the read-only
 * shared materials live, and how to list their files. Paths are resolved from this file so
 * the tests run from any working directory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { findFrontMatter } from '../../plugins/remark-docfx/lib/frontmatter.ts';

/** Absolute path of the project's `content/` folder. */
export const CONTENT_ROOT = resolve(import.meta.dirname, '../../content');

/** Absolute path of the shared materials (`../shared` beside the project, or `$SIGNPOST_SHARED`). */
export const SHARED_ROOT = resolve(process.env.SIGNPOST_SHARED ?? resolve(import.meta.dirname, '../../../shared'));

/** The three languages every help page must exist in. */
export const LANGUAGES = ['nl', 'da', 'en'] as const;

/**
 * Lists every file below `dir`, recursively, as `/`-separated paths relative to `dir`,
 * sorted by code point. A missing folder yields `[]`.
 * Example: `listFiles(CONTENT_ROOT + '/nl')` → `['exact-online/imports.md', …]`.
 */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** True for a Markdown file inside an `includes/` folder (dialect spec §1). */
export const isIncludePath = (path: string): boolean => path.split('/').slice(0, -1).includes('includes');

/** Reads a content file (path relative to `content/`) as UTF-8 text. */
export const readContent = (path: string): string => readFileSync(join(CONTENT_ROOT, path), 'utf8');

/**
 * Splits a page into its front matter text and body with the project's front-matter module
 * (plugins/remark-docfx/lib/frontmatter.ts, spec §3.1). Returns `null` front matter when the page
 * has none.
 * Example: `splitFrontMatter('---\nuid: a\n---\n# T')` → `{ frontMatter: 'uid: a\n', body: '# T' }`.
 */
export function splitFrontMatter(text: string): { frontMatter: string | null; body: string } {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const block = findFrontMatter(normalised);
  if (typeof block !== 'object') return { frontMatter: null, body: text };
  return { frontMatter: block.yaml, body: normalised.split('\n').slice(block.bodyLine - 1).join('\n') };
}
