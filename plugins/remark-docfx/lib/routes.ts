/**
 * Route assignment with deterministic collision resolution (spec §2.1): a content page beats a
 * redirect stub, `x.md` beats `x/index.md`, `index.md` beats `index.yml`, and otherwise the
 * path that sorts first by code point wins. The losers get no route and a `route-collision`
 * message on their line 1.
 */
import type { DocfxMessage, SiteFile } from './contracts.ts';

/** Lower rank wins. */
function rankOf(file: SiteFile): number[] {
  const kindRank = file.kind === 'page' ? 0 : file.kind === 'stub' ? 1 : 2;
  const indexForm = /(^|\/)index\.mdx?$/i.test(file.path) ? 1 : 0;
  return [kindRank, indexForm];
}

function compare(a: SiteFile, b: SiteFile): number {
  const [rankA, rankB] = [rankOf(a), rankOf(b)];
  for (let index = 0; index < rankA.length; index++) {
    if (rankA[index] !== rankB[index]) return rankA[index] - rankB[index];
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Give every page, stub and landing file its route; returns the route map.
 * @param onCollision called once per losing Markdown file with the winner and the message.
 */
export function resolveCollisions(
  files: Map<string, SiteFile>,
  routeOf: (path: string) => string,
  onCollision: (winner: string, loser: string, message: DocfxMessage) => void,
): Map<string, SiteFile> {
  const candidates = new Map<string, SiteFile[]>();
  for (const file of files.values()) {
    if (file.kind !== 'page' && file.kind !== 'stub' && file.kind !== 'landing') continue;
    const route = routeOf(file.path);
    candidates.set(route, [...(candidates.get(route) ?? []), file]);
  }
  const byRoute = new Map<string, SiteFile>();
  for (const [route, group] of candidates) {
    const [winner, ...losers] = group.sort(compare);
    winner.route = route;
    byRoute.set(route, winner);
    for (const loser of losers) {
      // A landing index.yml beside an index.md is the documented fallback, not a collision.
      if (loser.kind === 'landing') continue;
      onCollision(winner.path, loser.path, {
        ruleId: 'route-collision',
        file: loser.path,
        line: 1,
        message: `Cannot serve \`${loser.path}\` at \`${route}\`: \`${winner.path}\` maps to the same route and wins; rename or remove one of them`,
        fatal: false,
      });
    }
  }
  return byRoute;
}
