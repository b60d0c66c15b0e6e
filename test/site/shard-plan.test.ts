/**
 * How a sharded build cuts the site (src/site/shards/): deterministic, every route in exactly
 * one slice, balanced, along locale and folder lines, little movement when a page is added, and
 * the route list planned before rendering is the list the site model serves.
 */
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite, loadToc } from '../../plugins/remark-docfx/index.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { planShards, routesOfShard, type RouteRef } from '../../src/site/shards/shard-plan.ts';
import { parseShard, shardFromEnv } from '../../src/site/shards/shard-spec.ts';
import { siteRoutes } from '../../src/site/shards/site-routes.ts';
import { routesToRender } from '../../src/site/shards/routes-to-render.ts';
import { FIXTURE_FILES } from '../e2e/support/fixture-content.ts';
import { writeContentTree } from '../e2e/support/fixture-site.ts';

/** A site shaped like the corpus: two locales, folders of very different sizes, some redirects. */
function corpusLike(): RouteRef[] {
  const refs: RouteRef[] = [];
  for (const lang of ['da', 'nl']) {
    refs.push({ route: `/${lang}/`, kind: 'home' });
    for (const [folder, size] of [['admin', 120], ['learn', 400], ['import', 60], ['sales', 25], ['web', 3]] as const) {
      refs.push({ route: `/${lang}/${folder}/`, kind: 'landing' });
      for (let i = 0; i < size; i++) refs.push({ route: `/${lang}/${folder}/${i % 7 === 0 ? `deep/` : ''}page-${i}/`, kind: i % 11 === 0 ? 'redirect' : 'page' });
    }
  }
  return refs;
}

const WEIGHT = { page: 4, landing: 4, stub: 1, redirect: 1, home: 1 } as const;
const weightOf = (routes: string[], refs: RouteRef[]) => {
  const kinds = new Map(refs.map((ref) => [ref.route, ref.kind]));
  return routes.reduce((sum, route) => sum + WEIGHT[kinds.get(route)!], 0);
};

describe('planShards', () => {
  it('puts every route in exactly one slice, the same way every time and in any input order', () => {
    const refs = corpusLike();
    const plan = planShards(refs, 4);
    expect(plan.flat().sort()).toEqual(refs.map((ref) => ref.route).sort());
    expect(planShards([...refs].reverse(), 4)).toEqual(plan);
  });

  it('gives each of 4 shards its share within a quarter of a shard', () => {
    const refs = corpusLike();
    const total = weightOf(refs.map((ref) => ref.route), refs);
    for (const slice of planShards(refs, 4)) expect(Math.abs(weightOf(slice, refs) - total / 4)).toBeLessThanOrEqual(total / 4 / 4);
  });

  it('cuts along locale and folder lines: 2 shards are the two locales, small folders stay whole', () => {
    const refs = corpusLike();
    const [first, second] = planShards(refs, 2);
    expect(first.every((route) => route.startsWith('/da/'))).toBe(true);
    expect(second.every((route) => route.startsWith('/nl/'))).toBe(true);
    for (const slice of planShards(refs, 4)) {
      const sales = slice.filter((route) => route.startsWith('/nl/sales/'));
      expect([0, 26]).toContain(sales.length);
    }
  });

  it('moves at most the groups beside the cuts when a page is added', () => {
    const refs = corpusLike();
    const total = weightOf(refs.map((ref) => ref.route), refs);
    const before = planShards(refs, 4);
    const after = planShards([...refs, { route: '/nl/admin/new-page/', kind: 'page' }], 4);
    const moved = before.flatMap((slice, i) => slice.filter((route) => !after[i].includes(route)));
    // 3 cuts, each moving at most one group of at most a quarter of a shard.
    expect(weightOf(moved, refs)).toBeLessThanOrEqual(3 * (total / 4 / 4));
  });

  it('keeps any route list whole: union of the slices, no duplicates, for 1 to 9 shards', () => {
    const route = fc.array(fc.constantFrom('nl', 'da', 'a', 'b', 'c-d', 'e.f', 'x0'), { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}/`);
    fc.assert(
      fc.property(fc.uniqueArray(route, { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (routes, count) => {
        const plan = planShards(routes.map((r) => ({ route: r, kind: 'page' })), count);
        expect(plan).toHaveLength(count);
        expect(plan.flat().sort()).toEqual([...routes].sort());
      }),
    );
  });
});

describe('shard settings', () => {
  it('reads i/n and refuses anything else with the fix', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(shardFromEnv({})).toBeUndefined();
    for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0', '2/4/6']) expect(() => parseShard(bad)).toThrow(/i\/n with 1 ≤ i ≤ n/);
  });

  it('renders only the slice in a sharded build, everything otherwise', () => {
    const refs = corpusLike();
    const entries = refs.map((ref) => ({ data: ref }));
    expect(routesToRender(entries, {})).toHaveLength(refs.length);
    const slice = routesToRender(entries, { SIGNPOST_SHARD: '3/4' }).map((entry) => entry.data.route);
    expect(new Set(slice)).toEqual(routesOfShard(refs, { index: 3, count: 4 }));
  });
});

describe('siteRoutes', () => {
  const root = writeContentTree(FIXTURE_FILES);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists before rendering exactly the routes and kinds the site model serves', async () => {
    const site = loadSite(root);
    const model = await buildSiteModel(loadSite(root), {
      renderMarkdown: async () => ({ html: '', headings: [], messages: [] }),
      loadToc: (scanned, path) => ({ items: loadToc(scanned, path).items, messages: [] }),
    });
    const fromModel = model.routes.map((r) => ({ route: r.data.route, kind: r.data.kind }));
    const sort = (refs: RouteRef[]) => [...refs].sort((a, b) => (a.route < b.route ? -1 : 1));
    expect(sort(siteRoutes(site))).toEqual(sort(fromModel));
    expect(fromModel.some((r) => r.kind === 'redirect') && fromModel.some((r) => r.kind === 'stub') && fromModel.some((r) => r.kind === 'landing')).toBe(true);
  });
});
