/**
 * Which slice of the site a sharded build renders: `SIGNPOST_SHARD=2/4` (or
 * `signpost build --shard 2/4`) is the second of four slices. Unset → the whole site.
 */

/** One slice of `count`: `index` counts from 1 (`2/4` → `{ index: 2, count: 4 }`). */
export interface Shard {
  index: number;
  count: number;
}

/** Most slices a site may be cut into; more only adds jobs that each load the whole tree. */
const MAX_SHARDS = 256;

/**
 * Parses `i/n`. Throws one sentence with the fix for anything else.
 * Example: `parseShard('2/4')` → `{ index: 2, count: 4 }`; `parseShard('5/4')` throws.
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new Error(`signpost: bad shard \`${text}\`: give it as i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, e.g. 2/4`);
  }
  return { index, count };
}

/**
 * The shard `env.SIGNPOST_SHARD` names, or undefined for a whole-site build.
 * Example: `shardFromEnv({ SIGNPOST_SHARD: '1/2' })` → `{ index: 1, count: 2 }`.
 */
export function shardFromEnv(env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  const text = env.SIGNPOST_SHARD;
  return text ? parseShard(text) : undefined;
}

/** `2/4`, as the shard is written on the command line and in messages. */
export const shardLabel = (shard: Shard): string => `${shard.index}/${shard.count}`;
