/**
 * Reusing generated pages. A route's page (`<route>index.html`) shows its own data and body
 * HTML plus the language chrome every page carries (sidebar, breadcrumbs, previous/next,
 * language switch), which comes from all routes' titles and kinds and all sidebar trees. The
 * digest of a route covers exactly those, plus the build version; a route whose digest
 * matches the previous build's is not generated again — its file stays in the output folder
 * (output-ledger.ts).
 * A changed title or toc changes the shared part, so every page is generated again.
 */
import { createHash } from 'node:crypto';
import type { SiteModel } from '../site-model.ts';
import type { BuildPlan } from './build-plan.ts';
import { untouched, type OutputFiles, type OutputLedger } from './output-ledger.ts';

/** Digest of every route's page: its data and HTML, the site-wide chrome, the version. */
export function routeDigests(model: SiteModel, version: string): Map<string, string> {
  const chrome = createHash('sha256')
    .update(version)
    .update(JSON.stringify([...model.navigation].sort((a, b) => (a.file < b.file ? -1 : 1))))
    .update(JSON.stringify(model.routes.map(({ data }) => [data.route, data.kind, data.lang, data.title])))
    .digest('hex');
  return new Map(model.routes.map(({ data, html }) => [data.route, createHash('sha256').update(chrome).update(JSON.stringify(data)).update('\0').update(html).digest('hex')]));
}

/** Where Astro writes the page of `route` below the output folder (`build.format: 'directory'`), `/`-separated. */
export const routePath = (route: string) => [...route.split('/').filter(Boolean), 'index.html'].join('/');

/** The ledger identity of a route's page (output-ledger.ts). */
export const pageIdentity = (digest: string) => `page:${digest}`;

/**
 * Routes whose page the previous build left in the output folder with the same digest, untouched
 * since: Astro does not generate them again, the file stays where it is.
 */
export function reusableRoutes(outDir: string, previous: OutputFiles | undefined, digests: Map<string, string>): Set<string> {
  const reused = new Set<string>();
  if (!previous) return reused;
  for (const [route, digest] of digests) {
    const path = routePath(route);
    const record = previous.get(path);
    if (record?.identity === pageIdentity(digest) && untouched(outDir, path, record)) reused.add(route);
  }
  return reused;
}

/**
 * After Astro generated the pages: claims the reused pages as they are, records the generated
 * ones and deletes the pages of routes this build no longer has.
 */
export function recordPages(ledger: OutputLedger, plan: BuildPlan): { reused: number; generated: number } {
  let reused = 0;
  let generated = 0;
  for (const [route, digest] of plan.routeDigests) {
    const path = routePath(route);
    if (plan.reusedRoutes.has(route)) {
      ledger.kept(path);
      reused += 1;
    } else {
      ledger.wrote(path, pageIdentity(digest));
      generated += 1;
    }
  }
  ledger.removeUnclaimed(pageIdentity(''));
  return { reused, generated };
}
