/**
 * The plugin's one door to the files of a content root after the scan (site-index.ts): reading
 * a file's text and its version stamp, both confined to the root of the site object. Transforms
 * reach them only through the `DocfxContext` (context.ts) or the include loader, never through
 * `node:fs` themselves.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteIndex } from './contracts.ts';

/** True for a content-root path that stays inside the root (no empty, absolute, `.` or `..` form). */
const isConfined = (path: string) => path !== '' && !path.startsWith('/') && !path.split('/').some((segment) => segment === '..' || segment === '.');

/**
 * Read a content-root file as text (BOM stripped); undefined when missing or unsafe.
 * @example readRootText(site, 'nl/a.md') // → '# A\n'
 */
export function readRootText(site: SiteIndex, path: string): string | undefined {
  if (!isConfined(path)) return undefined;
  try {
    const text = readFileSync(join(site.root, path), 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/**
 * Version stamp of a content-root file (its modification time in ms), so caches can tell a
 * saved file from the one they hold; -1 when it cannot be read (never cached then).
 * @example rootFileVersion(site, 'nl/includes/a.md') // → 1733500000000.123
 */
export function rootFileVersion(site: SiteIndex, path: string): number {
  if (!isConfined(path)) return -1;
  try {
    return statSync(join(site.root, path)).mtimeMs;
  } catch {
    return -1;
  }
}
