/**
 * Sharded build on the nl+da corpus (issue 15): one whole cold build, then the same tree as N
 * shards (`SIGNPOST_SHARD=i/N`, default 4) built one after another, each cold in its own output
 * and cache, then `signpost merge` (mergeShards: checks, copy, Pagefind over the joined pages).
 * Prints wall and CPU seconds and peak RSS of each build, the merge time, the CI critical path
 * (longest shard + merge) against the whole build, and whether the merged output equals the
 * whole build file for file, byte for byte.
 *
 *   node_modules/.bin/node bench/shards.ts [--shards N] [--content DIR] [--keep]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeShards } from '../src/site/shards/merge-shards.ts';
import { compareOutputs, filesBelow } from '../test/e2e/support/compare-outputs.ts';
import { measureBuild, type BuildMeasure } from './astro-build.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Number(option('--shards') ?? 4);
const content = option('--content') ?? join(projectRoot, '../shared/corpus/superoffice');

const line = (label: string, run: BuildMeasure) =>
  console.log(`${label.padEnd(12)} ${run.seconds.toFixed(1).padStart(6)} s wall ${run.cpuSeconds.toFixed(1).padStart(6)} s CPU  peak ${run.peakMb.toFixed(0).padStart(5)} MB  ${String(run.pages).padStart(5)} pages${run.ok ? '' : `  FAILED\n${run.tail}`}`);

const whole = measureBuild(content, 'whole');
line('whole', whole);
const shards: BuildMeasure[] = [];
for (let index = 1; index <= count; index++) {
  const shard = measureBuild(content, `shard-${index}`, { SIGNPOST_SHARD: `${index}/${count}` });
  line(`shard ${index}/${count}`, shard);
  shards.push(shard);
}

const merged = join(mkdtempSync(join(tmpdir(), 'signpost-bench-merged-')), 'dist');
const started = performance.now();
const report = await mergeShards(shards.map((shard) => shard.outDir), merged).catch((error: Error) => {
  console.log(`merge refused: ${error.message}`);
  return undefined;
});
const mergeSeconds = (performance.now() - started) / 1000;
if (report) console.log(`merge        ${mergeSeconds.toFixed(1).padStart(6)} s wall  ${report.files} files (${report.shared} alike in every shard), Pagefind ${report.searchPages} pages`);

const differences = report ? compareOutputs(whole.outDir, merged) : ['(no merge)'];
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
console.log(`\nshards one after another + merge: ${(sum(shards.map((s) => s.seconds)) + mergeSeconds).toFixed(1)} s wall, ${sum(shards.map((s) => s.cpuSeconds)).toFixed(1)} s CPU in the shards (whole build ${whole.seconds.toFixed(1)} s wall, ${whole.cpuSeconds.toFixed(1)} s CPU)`);
console.log(`CI critical path (longest shard + merge): ${(Math.max(...shards.map((s) => s.seconds)) + mergeSeconds).toFixed(1)} s vs whole ${whole.seconds.toFixed(1)} s`);
console.log(`merged output vs whole build: ${differences.length === 0 ? `identical (${filesBelow(whole.outDir).length} files, byte for byte)` : `${differences.length} differences, e.g. ${differences.slice(0, 5).join('; ')}`}`);

if (!args.includes('--keep')) for (const dir of [whole.outDir, ...shards.map((s) => s.outDir), merged]) rmSync(dirname(dir), { recursive: true, force: true });
else console.log(`kept: whole ${whole.outDir}, merged ${merged}, shards ${shards.map((s) => s.outDir).join(' ')}`);
process.exitCode = differences.length === 0 && whole.ok && shards.every((s) => s.ok) ? 0 : 1;
