/**
 * Redirect checks within one site: `signpost-redirect-loop` (stubs' `redirect_url` and
 * pages' `redirect_from` chaining back to where they started), `signpost-redirect-missing`
 * (a stub whose site-local `redirect_url` names no route of the site) and, as the site build
 * plans them, `signpost-redirect-shadowed` (a `redirect_from` path another file serves).
 * Absolute URLs (`https://…`, all of the corpus's stubs) leave the site and are not followed.
 */
import { frontMatterKeyLine, readRootText, type SiteFile, type SiteIndex } from '../../plugins/remark-docfx/index.ts';
import { loopFrom } from '../site/redirect-loops.ts';
import { planRedirects } from '../site/redirects.ts';
import { servedRoutes } from '../site/site-model.ts';
import { createFinding, messageToFinding, type Finding } from './findings.ts';

/**
 * Normalises a site path the way routes are written (spec §2.1): lower-cased, no query or
 * fragment, `.md`/`.html`/`index.html` dropped, one trailing slash.
 * @example toRoute('/NL/Admin/Import.md#x') // '/nl/admin/import/'
 */
export function toRoute(path: string): string {
  let route = path.split(/[?#]/)[0].toLowerCase().replace(/\/index\.(md|html?)$/, '/').replace(/\.(md|html?)$/, '');
  if (!route.endsWith('/')) route += '/';
  return route.replace(/\/{2,}/g, '/');
}

const isSitePath = (value: string): boolean => value.startsWith('/') && !value.startsWith('//');

interface Edge {
  to: string;
  file: SiteFile;
  key: 'redirect_url' | 'redirect_from';
}

function redirectEdges(site: SiteIndex): Map<string, Edge> {
  const edges = new Map<string, Edge>();
  for (const file of site.files.values()) {
    if (file.route === null) continue;
    if (file.kind === 'stub' && file.redirectUrl && isSitePath(file.redirectUrl)) {
      edges.set(file.route, { to: toRoute(file.redirectUrl), file, key: 'redirect_url' });
    }
    const from = file.meta.redirect_from;
    const sources = typeof from === 'string' ? [from] : Array.isArray(from) ? from.filter((v) => typeof v === 'string') : [];
    for (const source of sources) {
      const route = toRoute(source);
      if (!edges.has(route)) edges.set(route, { to: file.route, file, key: 'redirect_from' });
    }
  }
  return edges;
}

/**
 * Findings for redirect loops (one per file taking part, at its redirect key's line), for
 * `redirect_from` paths another file serves, and for stubs redirecting to a site path that
 * nothing serves.
 * @example a stub /nl/a/ → /nl/b/ and a page /nl/c/ with `redirect_from: /nl/b/` whose route
 *   is the target of `redirect_from: /nl/c/` on a/ — every member of the cycle is reported.
 */
export function checkRedirects(site: SiteIndex): Finding[] {
  const edges = redirectEdges(site);
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const lineOf = (edge: Edge) => frontMatterKeyLine(readRootText(site, edge.file.path) ?? '', edge.key);
  for (const start of [...edges.keys()].sort()) {
    const chain = loopFrom(edges, start);
    if (!chain) continue;
    const cycle = [...chain, start].join(' → ');
    for (const route of chain) {
      const edge = edges.get(route)!;
      const key = `${edge.file.path}\u0000${edge.key}`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push(createFinding('signpost-redirect-loop', edge.file.path, lineOf(edge), `Unexpected redirect loop ${cycle}; point \`${edge.key}\` at the final page`));
    }
  }
  const { served, routes } = servedRoutes(site);
  for (const message of planRedirects(site, served, routes).messages) findings.push(messageToFinding(message));
  for (const [route, edge] of edges) {
    if (edge.key !== 'redirect_url' || edges.has(edge.to) || site.byRoute.has(edge.to)) continue;
    const assetPath = edge.file.redirectUrl!.slice(1).split(/[?#]/)[0];
    if (site.files.get(assetPath)?.kind === 'asset') continue;
    findings.push(
      createFinding('signpost-redirect-missing', edge.file.path, lineOf(edge), `Cannot find redirect target \`${edge.file.redirectUrl}\` of ${route} in the site`),
    );
  }
  return findings;
}
