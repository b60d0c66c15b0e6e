/**
 * The routes Astro renders in this build: all of them, or in a sharded build
 * (`SIGNPOST_SHARD=i/n`) the slice `planShards` gives shard i — computed from the stored route
 * list, which is the list the loader planned from (`siteRoutes`), so both agree on the slice.
 */
import type { PageData } from '../page-data.ts';
import { routesOfShard } from './shard-plan.ts';
import { shardFromEnv } from './shard-spec.ts';

/**
 * `entries` filtered to this build's slice (unchanged without `SIGNPOST_SHARD`).
 * Example: with `SIGNPOST_SHARD=1/2`, `/da/…` routes only (see shard-plan.ts).
 */
export function routesToRender<T extends { data: Pick<PageData, 'route' | 'kind'> }>(entries: readonly T[], env: NodeJS.ProcessEnv = process.env): T[] {
  const shard = shardFromEnv(env);
  if (!shard) return [...entries];
  const slice = routesOfShard(entries.map((entry) => entry.data), shard);
  return entries.filter((entry) => slice.has(entry.data.route));
}
