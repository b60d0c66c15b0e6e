/**
 * Classification of one `href` / `topicHref` of a `toc.yml` item (spec §18.1): a page route,
 * a nested TOC file, a landing route, an asset, an unchanged URL — or broken.
 */
import type { SiteIndex } from './contracts.ts';
import { hasScheme, resolvePath, routeOf } from './paths.ts';

/** What a TOC href points at. */
export type TocTarget =
  | { kind: 'url'; href: string }
  | { kind: 'page'; href: string; page: string }
  | { kind: 'toc'; toc: string }
  | { kind: 'broken'; reason: string };

/** True when any file of the site lies below `folder` (a path without trailing slash). */
function folderExists(site: SiteIndex, folder: string): boolean {
  const prefix = `${folder}/`;
  for (const path of site.files.keys()) if (path.startsWith(prefix)) return true;
  return false;
}

/**
 * Resolve `href` written in the TOC file `tocPath`: `\` counts as `/`, `#fragment` is kept on
 * page routes, `x/` means `x/toc.yml`, `*toc.yml` is a nested TOC, `*.yml` a landing route.
 * @example classifyTocHref(site, 'nl/a/toc.yml', 'b.md#x') // → { kind: 'page', href: '/nl/a/b/#x', page: 'nl/a/b.md' }
 */
export function classifyTocHref(site: SiteIndex, tocPath: string, href: string): TocTarget {
  const written = href.trim().replace(/\\/g, '/');
  if (written === '') return { kind: 'broken', reason: 'empty href' };
  if (hasScheme(written) || written.startsWith('/') || written.startsWith('#')) {
    return { kind: 'url', href: written };
  }
  const hashAt = written.indexOf('#');
  const fragment = hashAt === -1 ? '' : written.slice(hashAt);
  const pathPart = (hashAt === -1 ? written : written.slice(0, hashAt)).replace(/\?.*$/, '');
  const resolved = resolvePath(tocPath, pathPart);
  if (resolved === null) return { kind: 'broken', reason: 'it leaves the content root' };

  if (resolved.endsWith('/')) {
    const nested = `${resolved}toc.yml`;
    return site.files.has(nested) ? { kind: 'toc', toc: nested } : { kind: 'broken', reason: `folder has no toc.yml` };
  }
  const file = site.files.get(resolved);
  if (!file) {
    if (folderExists(site, resolved) && site.files.has(`${resolved}/toc.yml`)) {
      return { kind: 'toc', toc: `${resolved}/toc.yml` };
    }
    return { kind: 'broken', reason: 'the file does not exist' };
  }
  const lower = resolved.toLowerCase();
  if (lower.endsWith('toc.yml')) return { kind: 'toc', toc: resolved };
  if (file.kind === 'include') return { kind: 'broken', reason: 'include files have no route' };
  if (lower.endsWith('.md') || lower.endsWith('.mdx') || lower.endsWith('.yml')) {
    // A collision loser has no route of its own; it is not served, so the link is broken.
    const route = file.route ?? (file.kind === 'landing' ? routeOf(resolved) : null);
    if (route === null) return { kind: 'broken', reason: 'the file is not served' };
    return { kind: 'page', href: route + fragment, page: resolved };
  }
  // Any other existing file is served unchanged, case preserved (spec §2.1).
  return { kind: 'url', href: `/${resolved}` };
}
