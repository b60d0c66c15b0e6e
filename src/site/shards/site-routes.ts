/**
 * Every route the site model will serve, with its kind, from the scanned index alone (no page
 * rendered): what a sharded build plans its slices from before it renders anything. The same
 * list `buildSiteModel` produces — served files, `redirect_from` redirects, generated homes —
 * computed with the same helpers (`servedRoutes`, `planRedirects`).
 */
import type { SiteIndex } from '../../../plugins/remark-docfx/index.ts';
import { planRedirects } from '../redirects.ts';
import { servedRoutes } from '../site-model.ts';
import type { RouteRef } from './shard-plan.ts';

/**
 * The routes of `site` as the model will serve them.
 * Example: `nl/a.md` with `redirect_from: /nl/old` → `/nl/a/` page, `/nl/old/` redirect, `/nl/` home.
 */
export function siteRoutes(site: SiteIndex): RouteRef[] {
  const { served, homes, routes } = servedRoutes(site);
  const refs: RouteRef[] = served.map((file) => ({ route: file.route as string, kind: file.kind === 'stub' ? 'stub' : file.kind === 'landing' ? 'landing' : 'page' }));
  for (const { from } of planRedirects(site, served, new Set(routes)).redirects) refs.push({ route: from, kind: 'redirect' });
  for (const lang of homes) refs.push({ route: `/${lang}/`, kind: 'home' });
  return refs;
}
