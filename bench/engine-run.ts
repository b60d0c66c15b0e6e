/**
 * One benchmark case in its own process (so peak RSS belongs to that case alone): generates the
 * input, times it, prints one JSON line.
 *
 *   node bench/engine-run.ts <rows> [records] [merge|replace]         # `simulate` in memory
 *   node bench/engine-run.ts <rows> [records] [merge|replace] --cli   # `signpost simulate --output`, as a user runs it
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runSimulateCommand } from '../src/cli/commands/simulate.ts';
import { simulate } from '../src/engine/index.ts';
import { type BenchAction, benchInput } from './engine-data.ts';

const cli = process.argv.includes('--cli');
const [rowsArg, recordsArg, actionArg] = process.argv.slice(2).filter((arg) => arg !== '--cli');
const rows = Number(rowsArg);
const records = recordsArg === undefined ? rows : Number(recordsArg);
const action = (actionArg ?? 'merge') as BenchAction;
if (!Number.isSafeInteger(rows) || rows <= 0 || !Number.isSafeInteger(records) || records <= 0 || !['merge', 'replace'].includes(action)) {
  process.stderr.write('usage: node bench/engine-run.ts <rows> [records] [merge|replace] [--cli]\n');
  process.exit(2);
}
const input = benchInput(rows, records, action);

/** Times `work`: wall and CPU milliseconds (CPU too: the machine is shared, so wall time alone says little). */
async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const result = await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6, cpuMs: (cpu.user + cpu.system) / 1000 };
}

let counts: Record<string, unknown>;
let timing: { ms: number; cpuMs: number };
let outputMb: number | undefined;
if (cli) {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-bench-'));
  const inputPath = join(dir, 'input.json');
  const outputPath = join(dir, 'output.json');
  writeFileSync(inputPath, JSON.stringify(input));
  const { result: status, ...rest } = await timed(() => runSimulateCommand(['--input', inputPath, '--output', outputPath]));
  outputMb = statSync(outputPath).size / 2 ** 20;
  rmSync(dir, { recursive: true, force: true });
  if (status !== 0) process.exit(1);
  counts = {};
  timing = rest;
} else {
  const { result: output, ...rest } = await timed(() => simulate(input));
  if (!output.ok) {
    process.stderr.write(`refused: ${JSON.stringify(output.errors).slice(0, 500)}\n`);
    process.exit(1);
  }
  counts = { companies: output.summary.companies, persons: output.summary.persons };
  timing = rest;
}
process.stdout.write(`${JSON.stringify({
  rows, records, action, cli, ...timing, perRowUs: (timing.ms * 1000) / rows, cpuPerRowUs: (timing.cpuMs * 1000) / rows,
  peakRssMb: process.resourceUsage().maxRSS / 1024, outputMb, ...counts,
})}\n`);
