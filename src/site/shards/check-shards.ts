/**
 * Whether the notes of the shard outputs given to `signpost merge` make one whole site: the
 * same cut, tree and settings, every slice exactly once, no route in two slices, together every
 * route of the site. Each refusal is one sentence naming the folders involved.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { routesDigest, type ShardManifest } from './shard-manifest.ts';

/** A shard output folder and its note. */
export interface GivenShard {
  dir: string;
  manifest: ShardManifest;
}

const label = (shard: GivenShard) => `${shard.manifest.shard}/${shard.manifest.count} (\`${shard.dir}\`)`;

/**
 * Throws the first reason `shards` do not make one site; returns them ordered by slice.
 * Example: slices 1, 2 and 4 of 4 → throws `shard 3/4 is missing (given: 1, 2, 4) …`.
 */
export function checkShards(shards: readonly GivenShard[]): GivenShard[] {
  if (shards.length === 0) throw new Error('give the output folder of every shard (signpost merge DIR…)');
  const [first] = shards;
  const count = first.manifest.count;
  for (const shard of shards) {
    const { manifest } = shard;
    if (manifest.count !== count) throw new Error(`the shards were cut differently: ${label(first)} is one of ${count}, ${label(shard)} one of ${manifest.count}`);
    if (manifest.tree !== first.manifest.tree) throw new Error(`${label(shard)} was built from another content tree than ${label(first)}`);
    const setting = differingSetting(first.manifest.settings, manifest.settings);
    if (setting) throw new Error(`${label(shard)} was built with other settings than ${label(first)} (${setting})`);
    if (manifest.site.digest !== first.manifest.site.digest) throw new Error(`${label(shard)} planned other routes than ${label(first)}`);
  }
  const byIndex = new Map<number, GivenShard>();
  for (const shard of shards) {
    const twin = byIndex.get(shard.manifest.shard);
    if (twin) throw new Error(`shard ${shard.manifest.shard}/${count} is given twice: \`${twin.dir}\` and \`${shard.dir}\``);
    byIndex.set(shard.manifest.shard, shard);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length) {
    throw new Error(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing (given: ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')}); give the output of all ${count}`);
  }
  const ordered = [...byIndex.values()].sort((a, b) => a.manifest.shard - b.manifest.shard);
  checkSlices(ordered);
  return ordered;
}

/** No route in two slices, all slices together the whole site, and each slice's pages present. */
function checkSlices(shards: readonly GivenShard[]): void {
  const owner = new Map<string, GivenShard>();
  for (const shard of shards) {
    for (const route of shard.manifest.routes) {
      const other = owner.get(route);
      if (other) throw new Error(`shards ${label(other)} and ${label(shard)} overlap: both rendered \`${route}\``);
      owner.set(route, shard);
      // The file name as written, or percent-encoded should the writer have encoded it.
      const page = (path: string) => existsSync(join(shard.dir, ...path.split('/').filter(Boolean), 'index.html'));
      if (!page(route) && !page(encodeURI(route))) throw new Error(`shard ${label(shard)} lacks its page \`${route}\` (index.html): did its build finish?`);
    }
  }
  const site = shards[0].manifest.site;
  if (owner.size !== site.routes || routesDigest([...owner.keys()]) !== site.digest) {
    throw new Error(`the shards render ${owner.size} routes together, not the site's ${site.routes}`);
  }
}

/** The first setting two notes disagree on, as `NAME: a ≠ b`; undefined when they agree. */
function differingSetting(a: Record<string, string>, b: Record<string, string>): string | undefined {
  for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (a[name] !== b[name]) return `${name}: ${a[name] ?? 'unset'} ≠ ${b[name] ?? 'unset'}`;
  }
  return undefined;
}
