/**
 * `signpost merge` refuses, with one sentence and before writing anything, shard outputs that
 * do not make one site (src/site/shards/check-shards.ts, merge-shards.ts). Fake shard folders:
 * a note and a few files each, no Astro build.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeShards } from '../../src/site/shards/merge-shards.ts';
import { routesDigest, writeManifest, type ShardManifest } from '../../src/site/shards/shard-manifest.ts';

const SITE = ['/da/', '/da/a/', '/nl/', '/nl/a/'];
const SLICES = [['/da/', '/da/a/'], ['/nl/', '/nl/a/']];
let work = '';
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  work = '';
});

/** A shard folder: its slice's pages, the shared `index.html`, and its note with `changes`. */
function fakeShard(index: number, changes: Partial<ShardManifest> = {}, files: Record<string, string> = {}): string {
  work ||= mkdtempSync(join(tmpdir(), 'signpost-merge-'));
  const dir = join(work, `shard-${index}-${Math.random().toString(36).slice(2, 7)}`);
  const routes = changes.routes ?? SLICES[index - 1];
  const all: Record<string, string> = { 'index.html': '<h1>Talen</h1>', ...Object.fromEntries(routes.map((r) => [`${r.slice(1)}index.html`, `<p>${r}</p>`])), ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeManifest(dir, { format: 1, shard: index, count: 2, tree: 'tree-1', settings: { base: '/', origin: 'http://localhost:4321' }, site: { routes: SITE.length, digest: routesDigest(SITE) }, routes, ...changes });
  return dir;
}

const refusal = async (dirs: string[], out = join(work, 'out')) => {
  const error = await mergeShards(dirs, out).then(() => undefined, (e: Error) => e.message);
  expect(error, 'the merge should refuse').toBeDefined();
  expect(error).not.toContain('\n');
  expect(existsSync(join(out, 'index.html'))).toBe(false);
  return error as string;
};

describe('signpost merge refuses', () => {
  it('a missing shard, naming it', async () => {
    expect(await refusal([fakeShard(1)])).toMatch(/^shard 2\/2 is missing \(given: 1\)/);
  });

  it('a shard given twice', async () => {
    expect(await refusal([fakeShard(1), fakeShard(2), fakeShard(2)])).toMatch(/^shard 2\/2 is given twice/);
  });

  it('a folder that is no shard output', async () => {
    work ||= mkdtempSync(join(tmpdir(), 'signpost-merge-'));
    const plain = join(work, 'plain');
    mkdirSync(plain);
    expect(await refusal([fakeShard(1), plain])).toMatch(/is not the output of a finished shard build .*signpost build --shard i\/n/);
  });

  it('shards cut into a different number of slices', async () => {
    expect(await refusal([fakeShard(1), fakeShard(2, { count: 3 })])).toMatch(/^the shards were cut differently: .* one of 2, .* one of 3$/);
  });

  it('shards of another content tree', async () => {
    expect(await refusal([fakeShard(1), fakeShard(2, { tree: 'tree-2' })])).toMatch(/was built from another content tree than/);
  });

  it('shards built with other settings, naming the setting', async () => {
    const other = fakeShard(2, { settings: { base: '/help/', origin: 'http://localhost:4321' } });
    expect(await refusal([fakeShard(1), other])).toMatch(/with other settings .*\(base: \/ ≠ \/help\/\)$/);
  });

  it('overlapping slices', async () => {
    expect(await refusal([fakeShard(1), fakeShard(2, { routes: ['/da/a/', '/nl/', '/nl/a/'] })])).toMatch(/overlap: both rendered `\/da\/a\/`$/);
  });

  it('slices that leave routes out', async () => {
    expect(await refusal([fakeShard(1), fakeShard(2, { routes: ['/nl/a/'] })])).toBe('the shards render 3 routes together, not the site\'s 4');
  });

  it('a shard whose page is missing (its build did not finish)', async () => {
    const broken = fakeShard(2);
    rmSync(join(broken, 'nl/a/index.html'));
    expect(await refusal([fakeShard(1), broken])).toMatch(/lacks its page `\/nl\/a\/`/);
  });

  it('a shared file that differs between shards', async () => {
    expect(await refusal([fakeShard(1), fakeShard(2, {}, { 'index.html': '<h1>Andere</h1>' })])).toMatch(/differ in `index.html`: the shards were built from other sources or settings$/);
  });

  it('an output folder that already holds files', async () => {
    const shards = [fakeShard(1), fakeShard(2)];
    const out = join(work, 'full');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'x');
    expect(await mergeShards(shards, out).catch((e: Error) => e.message)).toMatch(/is not empty/);
  });
});
