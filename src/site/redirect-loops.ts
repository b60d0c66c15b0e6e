/**
 * Redirect loops in the build (issue 17): pages that refresh to each other for ever. Each
 * redirect route (stub or `redirect_from`) whose chain of site-local targets comes back to it
 * is marked, so its page says so instead of refreshing, and reported once per file as
 * `signpost-redirect-loop` at its redirect key's line (the same finding `signpost check` gives).
 */
import { readRootText, type SiteIndex } from '../../plugins/remark-docfx/index.ts';
import type { SiteMessage } from './page-data.ts';

/** A redirect of the build: the route, where it sends the reader, the file that asks for it. */
export interface PlannedRedirect {
  route: string;
  to: string;
  file: string;
  key: 'redirect_url' | 'redirect_from';
}

/** `/NL/A.md#x` → `/nl/a/`: a site path as a route (spec §2.1). */
function toRoute(path: string): string {
  let route = path.split(/[?#]/)[0].toLowerCase().replace(/\/index\.(md|html?)$/, '/').replace(/\.(md|html?)$/, '');
  if (!route.endsWith('/')) route += '/';
  return route.replace(/\/{2,}/g, '/');
}

/** Line of front-matter key `key` in `path`, 1 when not found. */
function keyLine(site: SiteIndex, path: string, key: string): number {
  const lines = (readRootText(site, path) ?? '').split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

/**
 * The chain of routes from `start` when following `edges` comes back to `start`; else undefined.
 * @example loopFrom(new Map([['/a/', { to: '/b/' }], ['/b/', { to: '/a/' }]]), '/a/') // → ['/a/', '/b/']
 */
export function loopFrom(edges: ReadonlyMap<string, { to: string }>, start: string): string[] | undefined {
  const chain = [start];
  let current = edges.get(start);
  while (current && !chain.includes(current.to)) {
    chain.push(current.to);
    current = edges.get(current.to);
  }
  return current && current.to === start ? chain : undefined;
}

/**
 * The looping routes (route → the loop, `a → b → a`) and one message per file in a loop.
 * @example findRedirectLoops(site, [{ route: '/nl/a/', to: '/nl/b/', … }, { route: '/nl/b/', to: '/nl/a/', … }]).loops.get('/nl/a/') // → '/nl/a/ → /nl/b/ → /nl/a/'
 */
export function findRedirectLoops(site: SiteIndex, redirects: PlannedRedirect[]): { loops: Map<string, string>; messages: SiteMessage[] } {
  const edges = new Map<string, PlannedRedirect>();
  for (const redirect of redirects) {
    if (redirect.to.startsWith('/') && !redirect.to.startsWith('//') && !edges.has(redirect.route)) edges.set(redirect.route, { ...redirect, to: toRoute(redirect.to) });
  }
  const loops = new Map<string, string>();
  const messages: SiteMessage[] = [];
  for (const start of [...edges.keys()].sort()) {
    if (loops.has(start)) continue;
    const chain = loopFrom(edges, start);
    if (!chain) continue;
    const loop = [...chain, start].join(' → ');
    for (const route of chain) {
      loops.set(route, loop);
      const edge = edges.get(route)!;
      messages.push({ ruleId: 'signpost-redirect-loop', file: edge.file, line: keyLine(site, edge.file, edge.key), message: `Unexpected redirect loop ${loop}; point \`${edge.key}\` at the final page (the built page says so instead of redirecting)`, fatal: false });
    }
  }
  return { loops, messages };
}
