/**
 * Destination classes of spec §7.2: what a link or image target written in one file points at
 * in the content root. Shared by links, images and (through `resolveTarget`) the toc renderer.
 */
import type { SiteIndex } from './contracts.ts';
import { hasScheme, resolvePath, routeOf } from './paths.ts';

/** Outcome of resolving a destination. */
export type TargetResolution =
  /** Left as written: URL with a scheme, `#anchor`, site-absolute `/path`. */
  | { status: 'unchanged'; href: string }
  /** A page, stub, landing file or asset inside the root. */
  | { status: 'resolved'; href: string; path: string }
  /** Cannot be served; `href` is what it would have been (for `img src`). */
  | { status: 'broken'; href: string; reason: 'outside-root' | 'missing' | 'include' | 'toc' };

/** Split `path?query#fragment` into its parts (fragment first: `#` may follow `?`). */
function splitTarget(target: string): { path: string; query: string; fragment: string } {
  const hash = target.indexOf('#');
  const fragment = hash === -1 ? '' : target.slice(hash);
  const beforeHash = hash === -1 ? target : target.slice(0, hash);
  const question = beforeHash.indexOf('?');
  return question === -1
    ? { path: beforeHash, query: '', fragment }
    : { path: beforeHash.slice(0, question), query: beforeHash.slice(question), fragment };
}

/**
 * Resolve a link or image destination written in `from` (content-root path).
 * @example resolveTarget(site, 'nl/admin/a.md', '../settings.md#add')
 *   // → { status: 'resolved', href: '/nl/settings/#add', path: 'nl/settings.md' }
 */
export function resolveTarget(site: SiteIndex, from: string, url: string): TargetResolution {
  const target = url.trim();
  if (target === '' || target.startsWith('#') || target.startsWith('/') || hasScheme(target)) {
    return { status: 'unchanged', href: url };
  }
  const { path: rawPath, query, fragment } = splitTarget(target);
  if (rawPath === '') return { status: 'unchanged', href: url }; // `?x` alone: nothing to check
  const path = resolvePath(from, rawPath);
  if (path === null) return { status: 'broken', href: url, reason: 'outside-root' };
  // A folder link reaches its index.md, or an index.mdx when that is the folder's page.
  const lookup = !path.endsWith('/') ? path : site.files.has(`${path}index.md`) || !site.files.has(`${path}index.mdx`) ? `${path}index.md` : `${path}index.mdx`;
  const file = site.files.get(lookup);
  if (!file) return { status: 'broken', href: `/${path}${query}${fragment}`, reason: 'missing' };
  switch (file.kind) {
    case 'page':
    case 'stub':
    case 'landing':
      return { status: 'resolved', href: `${file.route ?? routeOf(file.path)}${fragment}`, path: file.path };
    case 'include':
      return { status: 'broken', href: `/${path}${fragment}`, reason: 'include' };
    case 'toc':
      return { status: 'broken', href: `/${path}${fragment}`, reason: 'toc' };
    default:
      return { status: 'resolved', href: `/${path}${query}${fragment}`, path: file.path };
  }
}

/** Human phrase for a broken reason, used in messages. */
export function describeBroken(reason: 'outside-root' | 'missing' | 'include' | 'toc'): string {
  switch (reason) {
    case 'outside-root':
      return 'it leaves the content root';
    case 'missing':
      return 'no such file exists in the content root';
    case 'include':
      return 'it is an include file, which has no page of its own';
    case 'toc':
      return 'it is a navigation file, which has no page of its own';
  }
}
