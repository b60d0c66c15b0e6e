/**
 * What the loader of a sharded build renders: every shard scans the whole tree and loads every
 * toc (so sidebars, previous/next, breadcrumbs, the language switch and redirects are those of
 * the whole site), but renders the Markdown of its own slice's pages only. The other pages keep
 * their scanned data (title, description, route) and an empty body, which no page of this shard
 * shows: Astro renders only the slice's routes (`[...slug].astro`, `routesToRender`).
 */
import type { SiteFile, SiteIndex } from '../../../plugins/remark-docfx/index.ts';
import type { LiveBody, LiveRenderer } from '../live-site.ts';
import { routesOfShard } from './shard-plan.ts';
import type { Shard } from './shard-spec.ts';
import { siteRoutes } from './site-routes.ts';

/**
 * Whether a served file of `site` belongs to the slice of `shard`; always true without a shard.
 * Example: `inShard(site, { index: 1, count: 4 })(site.files.get('nl/a.md'))` → `true` or `false`.
 */
export function inShard(site: SiteIndex, shard: Shard | undefined): (file: SiteFile) => boolean {
  if (!shard) return () => true;
  const slice = routesOfShard(siteRoutes(site), shard);
  return (file) => !!file.route && slice.has(file.route);
}

/**
 * `render` for the files `keep` accepts, an empty body (no HTML, headings or problems) for the rest.
 * Example: `renderOnly(inShard(site, shard), render)(otherSlicePage, text)` → `{ html: '', … }`.
 */
export function renderOnly(keep: (file: SiteFile) => boolean, render: LiveRenderer): LiveRenderer {
  return async (file, text) => (keep(file) ? render(file, text) : emptyBody());
}

const emptyBody = (): LiveBody => ({ html: '', headings: [], messages: [], reads: [], links: [] });
