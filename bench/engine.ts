/**
 * Import engine benchmark, each case in a fresh Node process with a large heap:
 * - square runs (10k, 100k, 1M rows against as many companies + persons) under Merge and under
 *   Replace, where about half the rows update a company; per-row growth 1M ÷ 10k (target ≤ 2);
 *   peak RSS at 1M × 1M (target ≤ 1.5 GB), of which `input` is what the caller holds before the
 *   engine starts (the parsed rows and records) and `engine` the rest;
 * - 1M × 1M once more through `simulate` (every row result and record kept in arrays, as the
 *   simulators use it), for comparison;
 * - uneven runs in memory (10k rows × 1M records, 1M rows × 10k records);
 * - the same uneven runs through `signpost simulate --output FILE`, as a user runs them (streamed
 *   output; peak RSS of the command's own process).
 * In-memory runs use `simulateStream` and read every row result and final record as it comes.
 * Each line ends with the 1-minute load average when the case ended (the machine is shared).
 *
 *   node_modules/.bin/node bench/engine.ts            # everything
 *   node_modules/.bin/node bench/engine.ts 10000      # square runs of the chosen sizes only
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Result {
  rows: number; records: number; action: string; mode: string; cli: boolean; ms: number; cpuMs: number;
  perRowUs: number; cpuPerRowUs: number; peakRssMb: number; inputRssMb: number; load: number; outputMb?: number;
  companies?: { created: number; updated: number; unchanged: number };
}

const chosen = process.argv.slice(2).map(Number);
const sizes = chosen.length ? chosen : [10_000, 100_000, 1_000_000];
const runner = fileURLToPath(new URL('./engine-run.ts', import.meta.url));

function runCase(args: string[]): Result | null {
  const child = spawnSync(process.execPath, ['--max-old-space-size=12288', '--expose-gc', runner, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) {
    process.stderr.write(`${args.join(' ')} failed (exit ${child.status}): ${child.stderr.trim().split('\n').at(-1)}\n`);
    process.exitCode = 1;
    return null;
  }
  return JSON.parse(child.stdout) as Result;
}

function describe(result: Result): string {
  const updated = result.companies ? `, companies ${result.companies.created} new / ${result.companies.updated} updated` : '';
  const output = result.outputMb === undefined ? '' : `, output ${Math.round(result.outputMb)} MB`;
  const share = result.cli ? '' : ` (input ${Math.round(result.inputRssMb)} MB + engine ${Math.round(result.peakRssMb - result.inputRssMb)} MB)`;
  const mode = result.cli ? ' (CLI)   ' : result.mode === 'arrays' ? ' (arrays)' : '         ';
  return `${String(result.rows).padStart(9)} rows × ${String(result.records).padEnd(9)} ${result.action.padEnd(7)}${mode}: ` +
    `${(result.ms / 1000).toFixed(2)} s, ${result.perRowUs.toFixed(2)} µs/row (CPU ${result.cpuPerRowUs.toFixed(2)} µs/row), ` +
    `peak RSS ${Math.round(result.peakRssMb)} MB${share}${output}${updated}, load ${result.load.toFixed(2)}\n`;
}

for (const action of ['merge', 'replace']) {
  const square = new Map<number, Result>();
  for (const size of sizes) {
    const result = runCase([String(size), String(size), action]);
    if (!result) continue;
    square.set(size, result);
    process.stdout.write(describe(result));
  }
  const smallest = square.get(10_000);
  const largest = square.get(1_000_000);
  if (smallest && largest) {
    process.stdout.write(`${action}: per-row(1M) / per-row(10k) = ${(largest.perRowUs / smallest.perRowUs).toFixed(2)} wall, ` +
      `${(largest.cpuPerRowUs / smallest.cpuPerRowUs).toFixed(2)} CPU (target ≤ 2)\n`);
  }
}
if (!chosen.length) {
  const arrays = runCase(['1000000', '1000000', 'merge', '--arrays']);
  if (arrays) process.stdout.write(describe(arrays));
  for (const extra of [['10000', '1000000', 'merge'], ['1000000', '10000', 'merge']]) {
    for (const mode of [[], ['--cli']]) {
      const result = runCase([...extra, ...mode]);
      if (result) process.stdout.write(describe(result));
    }
  }
}
