/**
 * Import engine benchmark: 10k, 100k and 1M import rows against as many existing companies and
 * persons, each size in a fresh Node process with a large heap. Prints total time, time per row,
 * peak RSS, and the ratio per-row(1M) / per-row(10k) (target ≤ 2: matching must stay linear).
 *
 *   node_modules/.bin/node bench/engine.ts            # all sizes
 *   node_modules/.bin/node bench/engine.ts 10000      # chosen sizes
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10_000, 100_000, 1_000_000];
const runner = fileURLToPath(new URL('./engine-run.ts', import.meta.url));
const results: { size: number; ms: number; cpuMs: number; perRowUs: number; cpuPerRowUs: number; peakRssMb: number }[] = [];

for (const size of sizes) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=12288', runner, String(size)], {
    encoding: 'utf8', maxBuffer: 1 << 20,
  });
  if (child.status !== 0) {
    process.stderr.write(`size ${size} failed (exit ${child.status}): ${child.stderr.trim().split('\n').at(-1)}\n`);
    process.exitCode = 1;
    continue;
  }
  const result = JSON.parse(child.stdout);
  results.push(result);
  process.stdout.write(
    `${String(size).padStart(9)} rows × ${size} companies + persons: ${(result.ms / 1000).toFixed(2)} s, ` +
    `${result.perRowUs.toFixed(2)} µs/row (CPU ${(result.cpuMs / 1000).toFixed(2)} s, ${result.cpuPerRowUs.toFixed(2)} µs/row), ` +
    `peak RSS ${Math.round(result.peakRssMb)} MB\n`,
  );
}
const smallest = results.find((r) => r.size === 10_000);
const largest = results.find((r) => r.size === 1_000_000);
if (smallest && largest) {
  const ratio = largest.perRowUs / smallest.perRowUs;
  const cpuRatio = largest.cpuPerRowUs / smallest.cpuPerRowUs;
  process.stdout.write(`per-row(1M) / per-row(10k) = ${ratio.toFixed(2)} wall, ${cpuRatio.toFixed(2)} CPU (target ≤ 2)\n`);
}
