/**
 * The end of a shard build (the integration's `astro:build:done` with `SIGNPOST_SHARD=i/n`):
 * the Markdown twins of the slice's pages, and from shard 1 alone what depends on the tree but
 * on no rendered page — the content assets and `/<lang>/llms.txt` — then the shard note. The
 * Pagefind index needs every page of a language (compound words are split against the whole
 * language's vocabulary), so `signpost merge` builds it once over the joined pages.
 */
import { loadSite } from '../../../plugins/remark-docfx/index.ts';
import { copyAssets } from '../assets.ts';
import type { SiteSettings } from '../build-settings.ts';
import type { SiteAddress } from '../twins/page-twin.ts';
import { writeTwins } from '../twins/write-twins.ts';
import { outputSettings, routesDigest, treeDigest, writeManifest } from './shard-manifest.ts';
import { planShards } from './shard-plan.ts';
import type { Shard } from './shard-spec.ts';
import { siteRoutes } from './site-routes.ts';

/** What a shard wrote after Astro's pages. */
export interface ShardReport {
  routes: number;
  siteRoutes: number;
  assets: number;
  twins: number;
}

/**
 * Finishes shard `shard` of a build of `settings` into `outDir` (Astro's pages are there).
 * Example: `finishShard(settings, shard, 'dist-shard-1-of-4', address)` → `{ routes: 540, siteRoutes: 2160, assets: 812, twins: 530 }`.
 */
export async function finishShard(settings: SiteSettings, shard: Shard, outDir: string, address: SiteAddress): Promise<ShardReport> {
  const refs = siteRoutes(loadSite(settings.contentRoot));
  const all = refs.map((ref) => ref.route);
  const slice = planShards(refs, shard.count)[shard.index - 1].sort();
  const first = shard.index === 1;
  // Same order as a whole build (integration.ts): assets, then twins, so a name clash resolves alike.
  const assets = first ? await copyAssets(settings.contentRoot, outDir) : 0;
  // The loader filed the twins of this slice's pages (the only ones it rendered) and every llms.txt.
  const twins = settings.twins === false ? 0 : (await writeTwins(outDir, { llms: first })).twins;
  writeManifest(outDir, {
    format: 1,
    shard: shard.index,
    count: shard.count,
    tree: treeDigest(settings.contentRoot),
    settings: outputSettings(settings, address.origin),
    site: { routes: all.length, digest: routesDigest(all) },
    routes: slice,
  });
  return { routes: slice.length, siteRoutes: all.length, assets, twins };
}
