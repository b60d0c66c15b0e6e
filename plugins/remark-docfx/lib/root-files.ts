/**
 * The plugin's one door to the files of a content root after the scan (site-index.ts): reading
 * a file's text and its version stamp, both confined to the root of the site object. Transforms
 * reach them only through the `DocfxContext` (context.ts) or the include loader, never through
 * `node:fs` themselves.
 */
import { statSync } from 'node:fs';
import type { SiteIndex } from './contracts.ts';
import type { DecodedContent } from './decode.ts';
import { readContent } from './read-content.ts';
import { checkPath, guardOf } from './root-guard.ts';

/** True for a content-root path that stays inside the root (no empty, absolute, `.` or `..` form). */
const isConfined = (path: string) => path !== '' && !path.startsWith('/') && !path.split('/').some((segment) => segment === '..' || segment === '.');

/**
 * Read a content-root file as text (BOM stripped; UTF-8, or UTF-16 by its BOM, read-content.ts);
 * undefined when missing, unsafe, undecodable, or refused by the content-root guard (outside the
 * root through a link, not a regular file, larger than the cap — root-guard.ts).
 * @example readRootText(site, 'nl/a.md') // → '# A\n'
 */
export function readRootText(site: SiteIndex, path: string): string | undefined {
  const content = readRootContent(site, path);
  return content?.ok ? content.text : undefined;
}

/**
 * Read a content-root file decoded (or where it cannot be decoded); undefined when missing or unsafe.
 * @example readRootContent(site, 'da/toc.yml') // → { ok: true, text: 'items: …', encoding: 'utf-16le' }
 */
export function readRootContent(site: SiteIndex, path: string): DecodedContent | undefined {
  return isConfined(path) ? readContent(site.root, path) : undefined;
}

/**
 * Version stamp of a content-root file (its modification time in ms), so caches can tell a
 * saved file from the one they hold; -1 when it cannot be read (never cached then).
 * @example rootFileVersion(site, 'nl/includes/a.md') // → 1733500000000.123
 */
export function rootFileVersion(site: SiteIndex, path: string): number {
  if (!isConfined(path)) return -1;
  const checked = checkPath(guardOf(site.root), path);
  if (!('real' in checked)) return -1;
  try {
    return statSync(checked.real).mtimeMs;
  } catch {
    return -1;
  }
}
