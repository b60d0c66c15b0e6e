/**
 * Content-root paths (spec §1, §2.1): languages, file kinds, routes and the resolution of a
 * relative target written in one file. Pure string functions — no file system access.
 */
import type { FileKind } from './contracts.ts';

const LANGUAGE_FOLDER = /^[a-z]{2}(?:-[a-z]{2})?$/i;

/**
 * Language of a content-root path: its first segment when that is a language folder.
 * @example languageOf('nl/admin/a.md') // → 'nl'; languageOf('media/x.png') // → null
 */
export function languageOf(path: string): string | null {
  const slash = path.indexOf('/');
  const first = slash === -1 ? '' : path.slice(0, slash);
  return LANGUAGE_FOLDER.test(first) ? first.toLowerCase() : null;
}

/** True when a directory segment (not the file name) is exactly `includes` (spec §1). */
export function isIncludePath(path: string): boolean {
  return path.split('/').slice(0, -1).includes('includes');
}

/**
 * Kind of a file from its path alone; a Markdown page becomes a `stub` later when its front
 * matter has `redirect_url`.
 * @example kindFromPath('nl/a/includes/b.md') // → 'include'
 */
export function kindFromPath(path: string): FileKind {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name.endsWith('.md') || name.endsWith('.mdx')) return isIncludePath(path) ? 'include' : 'page';
  if (name === 'toc.yml') return 'toc';
  if (name === 'index.yml') return 'landing';
  return 'asset';
}

/**
 * True for an MDX page (`.mdx`): parsed with MDX syntax (mdx-syntax.ts), otherwise a page like `.md`.
 * @example isMdxPath('nl/import/start.mdx') // → true
 */
export const isMdxPath = (path: string): boolean => /\.mdx$/i.test(path);

/**
 * Route of a Markdown page or landing file, lower-cased in full (spec §2.1).
 * @example routeOf('nl/Admin/Import/index.md') // → '/nl/admin/import/'
 */
export function routeOf(path: string): string {
  let stem = path.replace(/\.(mdx?|yml)$/i, '');
  if (/(^|\/)index$/i.test(stem)) stem = stem.slice(0, -'index'.length);
  stem = stem.replace(/\/$/, '');
  return (stem === '' ? '/' : `/${stem}/`).toLowerCase();
}

/** Percent-decode without throwing on malformed escapes. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** True for `https:`, `mailto:` … (a scheme of 2+ characters, so `C:` stays a path). */
export function hasScheme(target: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(target);
}

/**
 * Directory part of a content-root path ('' for a file at the root).
 * @example directoryOf('nl/a/b.md') // → 'nl/a'
 */
export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/**
 * Resolve `target` written in `from` to a normalised content-root path: `\` → `/`,
 * percent-decoding, `~/` = root, `.`/`..` normalised. Null when the target is a URL, starts
 * with `/`, or leaves the root. A trailing `/` is kept (directory targets).
 * @example resolvePath('nl/admin/a.md', '../media/x%20y.png') // → 'nl/media/x y.png'
 */
export function resolvePath(from: string, target: string): string | null {
  const cleaned = safeDecode(target.replace(/\\/g, '/'));
  if (cleaned === '' || hasScheme(cleaned) || cleaned.startsWith('/')) return null;
  const rooted = cleaned.startsWith('~/');
  const relative = rooted ? cleaned.slice(2) : cleaned;
  const segments = rooted ? [] : directoryOf(from).split('/').filter(Boolean);
  const parts = relative.split('/');
  for (const [index, part] of parts.entries()) {
    if (part === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else if (part !== '.' && part !== '') {
      segments.push(part);
    } else if (part === '' && index === parts.length - 1) {
      segments.push(''); // keep the trailing slash of a directory target
    }
  }
  const joined = segments.join('/');
  return joined === '' ? null : joined;
}
