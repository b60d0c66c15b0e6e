/**
 * Issue 15: the fixture tree (four locales, includes, toc.yml, a stub and a `redirect_from`, a
 * landing page, an asset, broken pages) built once whole and once as 4 shards
 * (`SIGNPOST_SHARD=i/4`, as `signpost build --shard i/4` runs it) joined by `signpost merge`:
 * every file of both outputs is the same, byte for byte — pages, twins, llms.txt, assets, Astro's
 * bundles and the Pagefind index. Every shard rendered pages of its own, so leaving any one out
 * would fail the comparison; `signpost merge` itself refuses an incomplete set. Five Astro
 * builds: the slowest test of the unit project (~1 min on 2 busy cores).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as merge } from '../../src/cli/commands/merge.ts';
import { compareOutputs, filesBelow } from '../e2e/support/compare-outputs.ts';
import { FIXTURE_FILES } from '../e2e/support/fixture-content.ts';
import { buildSite, writeContentTree, type BuiltSite } from '../e2e/support/fixture-site.ts';

const SHARDS = 4;
const work = mkdtempSync(join(tmpdir(), 'signpost-sharded-'));
const merged = join(work, 'merged');
const contentRoot = writeContentTree(FIXTURE_FILES);
let whole: BuiltSite;
let shards: BuiltSite[];
let mergeStatus: number;

/** Runs `signpost merge` in-process; resolves to its exit status and what it wrote to stderr. */
async function runMerge(args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return { status: await merge(args), stderr };
  } finally {
    spy.mockRestore();
    out.mockRestore();
  }
}

beforeAll(async () => {
  whole = await buildSite({ contentRoot });
  // One after another: Astro's prerender folder (<project>/.astro/.prerender when the output is
  // outside the project) is shared by builds of one checkout, so two at once break each other.
  shards = [];
  for (let index = 1; index <= SHARDS; index++) shards.push(await buildSite({ contentRoot, env: { SIGNPOST_SHARD: `${index}/${SHARDS}` } }));
  mergeStatus = (await runMerge(['--out', merged, ...shards.map((shard) => shard.outDir)])).status;
}, 600_000);

afterAll(() => {
  for (const built of [whole, ...(shards ?? [])]) if (built) rmSync(join(built.outDir, '..'), { recursive: true, force: true });
  for (const dir of [work, contentRoot]) rmSync(dir, { recursive: true, force: true });
});

describe('a 4-shard build merged', () => {
  it('builds every shard and merges them', () => {
    expect(whole.status, whole.output).toBe(0);
    for (const shard of shards) expect(shard.status, shard.output).toBe(0);
    expect(mergeStatus).toBe(0);
  });

  it('equals the whole build, every file byte for byte', () => {
    const files = filesBelow(whole.outDir);
    expect(files.some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect(files).toContain('nl/llms.txt');
    expect(files).toContain('media/logo.svg');
    expect(files).toContain('nl/gids/importeren/index.md');
    expect(compareOutputs(whole.outDir, merged)).toEqual([]);
  });

  it('had every shard render pages of its own, so a missing shard changes the site', () => {
    const writtenBy = new Map<string, number>();
    for (const shard of shards) for (const path of filesBelow(shard.outDir)) writtenBy.set(path, (writtenBy.get(path) ?? 0) + 1);
    for (const shard of shards) {
      const own = filesBelow(shard.outDir).filter((path) => path.endsWith('index.html') && writtenBy.get(path) === 1);
      expect(own.length, shard.outDir).toBeGreaterThan(0);
    }
  });

  it('refuses three of the four shards, and a shard given twice, with one line', async () => {
    const missing = await runMerge(['--out', join(work, 'three'), ...shards.slice(0, 3).map((shard) => shard.outDir)]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^signpost merge: shard 4\/4 is missing \(given: 1, 2, 3\); give the output of all 4\n$/);
    const twice = await runMerge(['--out', join(work, 'twice'), ...shards.map((shard) => shard.outDir), shards[1].outDir]);
    expect(twice.stderr).toMatch(/^signpost merge: shard 2\/4 is given twice: .*\n$/);
  });
});
