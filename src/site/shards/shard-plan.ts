/**
 * Cuts a site's routes into `n` deterministic, balanced slices by locale and folder, so each CI
 * job of a sharded build renders one slice. A pure function of the route list: every shard
 * loads the whole tree, computes the same plan and keeps its own slice.
 *
 * How: routes are grouped by locale, then by folder, splitting a folder into its sub-folders
 * (and its own index route) only while it weighs more than a quarter of a shard; the groups, in
 * route order, are dealt out into `n` contiguous slices, each group to the slice its middle
 * falls in. A slice is therefore a run of whole folders wherever the folders allow; each cut
 * lies within half a group (an eighth of a shard) of its ideal place, so every shard is within a
 * quarter of its fair share; and a page added to the tree moves at most the groups beside a cut.
 */
import type { RouteKind } from '../page-data.ts';

/** A route of the site model and what it serves. */
export interface RouteRef {
  route: string;
  kind: RouteKind;
}

/** Relative cost of a route: a page or landing page is rendered and laid out; the rest are small redirect or home pages. */
const WEIGHT: Record<RouteKind, number> = { page: 4, landing: 4, stub: 1, redirect: 1, home: 1 };
/** A folder heavier than this share of one shard is split into its sub-folders. */
const GROUP_SHARE = 1 / 4;

const weightOf = (routes: readonly RouteRef[]) => routes.reduce((sum, ref) => sum + WEIGHT[ref.kind], 0);
const segmentsOf = (route: string) => route.split('/').filter(Boolean);

/**
 * The routes of every slice (`count` lists, in route order; a slice may be empty when the site
 * has fewer groups than shards). Example: `/nl/a/`, `/nl/b/`, `/da/a/`, `/da/b/` in 2 → `[['/da/a/', '/da/b/'], ['/nl/a/', '/nl/b/']]`.
 */
export function planShards(routes: readonly RouteRef[], count: number): string[][] {
  const sorted = [...routes].sort((a, b) => (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
  const total = weightOf(sorted);
  const slices: string[][] = Array.from({ length: count }, () => []);
  let before = 0;
  let slice = 0;
  for (const group of folderGroups(sorted, 0, (total / count) * GROUP_SHARE)) {
    const weight = weightOf(group);
    while (slice < count - 1 && before + weight / 2 > (total * (slice + 1)) / count) slice++;
    slices[slice].push(...group.map((ref) => ref.route));
    before += weight;
  }
  return slices;
}

/**
 * The routes of `shard` (1-based `index` of `count`) as a set.
 * Example: `routesOfShard(routes, { index: 2, count: 4 }).has('/nl/a/')`.
 */
export function routesOfShard(routes: readonly RouteRef[], shard: { index: number; count: number }): Set<string> {
  return new Set(planShards(routes, shard.count)[shard.index - 1]);
}

/**
 * `routes` (sorted, sharing their first `depth` segments) as groups in route order: the whole
 * list when light enough, else the folder's own route, then each sub-folder's groups. Routes
 * with a common prefix are contiguous in sorted order, so the groups stay in route order.
 */
function folderGroups(routes: RouteRef[], depth: number, cap: number): RouteRef[][] {
  if (routes.length <= 1 || weightOf(routes) <= cap) return routes.length ? [routes] : [];
  const own: RouteRef[] = [];
  const children = new Map<string, RouteRef[]>();
  for (const ref of routes) {
    const segment = segmentsOf(ref.route)[depth];
    if (segment === undefined) own.push(ref);
    else (children.get(segment) ?? children.set(segment, []).get(segment)!).push(ref);
  }
  const groups = own.length ? [own] : [];
  for (const child of children.values()) groups.push(...folderGroups(child, depth + 1, cap));
  return groups;
}
