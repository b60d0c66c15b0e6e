/**
 * Locating front matter keys in a file's text, for findings about metadata the site index
 * holds without positions. Reads only the front matter block (spec §3.1 delimiters).
 */
import { resolve } from 'node:path';
import { guardOf, readGuardedText } from '../../plugins/remark-docfx/lib/root-guard.ts';

/** Reads a content-root relative file as text without its BOM; '' when unreadable. */
export function readSource(root: string, path: string): string {
  // Through the content-root guard (issue 17): never outside the root, never a FIFO, capped.
  return readGuardedText(guardOf(resolve(root)), path)?.replace(/^\uFEFF/, '') ?? '';
}

/**
 * 1-based line of the front matter key `key` in `text`, or 1 when it is not found there.
 * @example frontMatterKeyLine('---\ntitle: A\nuid: a\n---\n', 'uid') // 3
 */
export function frontMatterKeyLine(text: string, key: string): number {
  const lines = text.split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return 1;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^['"]?${escaped}['"]?[ \\t]*:`);
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)[ \t]*$/.test(lines[i])) break;
    if (pattern.test(lines[i])) return i + 1;
  }
  return 1;
}
