/**
 * One benchmark case in its own process (so peak RSS belongs to that case alone): generates the
 * input, times it, prints one JSON line. Run with `--expose-gc` (bench/engine.ts does) so the
 * input's own size is measured after a full collection.
 *
 *   node bench/engine-run.ts <rows> [records] [merge|replace]           # `simulateStream`, rows and records read as they come
 *   node bench/engine-run.ts <rows> [records] [merge|replace] --arrays  # `simulate`: every row result and record in arrays
 *   node bench/engine-run.ts <rows> [records] [merge|replace] --cli     # `signpost simulate --output`, as a user runs it
 *
 * `--cli` writes the input file, then runs the command in a child process with Node's default
 * heap, as `signpost simulate` runs: its peak RSS is the command's alone, not the bench's input.
 *
 * Memory: `inputRssMb` is the RSS once the input exists (what any engine's caller holds),
 * `peakRssMb` the peak of the whole process; the engine's own share is their difference.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as runSimulateCommand } from '../src/cli/commands/simulate.ts';
import { simulate, simulateStream, type Outcome } from '../src/engine/index.ts';
import { type BenchAction, benchInput, readRecords } from './engine-data.ts';

const mb = (bytes: number) => bytes / 2 ** 20;

/** Times `work`: wall and CPU milliseconds (CPU too: the machine is shared, so wall time alone says little). */
async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const result = await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6, cpuMs: (cpu.user + cpu.system) / 1000 };
}

if (process.argv[2] === '--cli-child') {
  // The child of `--cli`: the command alone, on the file the parent wrote.
  const { result: status, ...timing } = await timed(() => runSimulateCommand(['--input', process.argv[3], '--output', process.argv[4]]));
  process.stdout.write(`${JSON.stringify({ status, ...timing, peakRssMb: mb(process.resourceUsage().maxRSS * 1024) })}\n`);
  process.exit(0);
}

const flags = new Set(process.argv.slice(2).filter((arg) => arg.startsWith('--')));
const mode = flags.has('--cli') ? 'cli' : flags.has('--arrays') ? 'arrays' : 'stream';
const [rowsArg, recordsArg, actionArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const rows = Number(rowsArg);
const records = recordsArg === undefined ? rows : Number(recordsArg);
const action = (actionArg ?? 'merge') as BenchAction;
if (!Number.isSafeInteger(rows) || rows <= 0 || !Number.isSafeInteger(records) || records <= 0 || !['merge', 'replace'].includes(action)) {
  process.stderr.write('usage: node bench/engine-run.ts <rows> [records] [merge|replace] [--arrays|--cli]\n');
  process.exit(2);
}
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
let input: Record<string, unknown> | null = benchInput(rows, records, action);
collect();
const inputMemory = process.memoryUsage();

/** The streamed run as a consumer that keeps nothing reads it: every row, then every final record. */
function streamed(data: unknown) {
  const run = simulateStream(data);
  if (!run.ok) return run;
  const outcomes: Partial<Record<Outcome, number>> = {};
  for (const row of run.rows) if (row.company) outcomes[row.company.outcome] = (outcomes[row.company.outcome] ?? 0) + 1;
  const rest = run.rest();
  return { ok: true as const, summary: rest.summary, stored: readRecords(rest.database) };
}

let counts: Record<string, unknown> = {};
let timing: { ms: number; cpuMs: number };
let outputMb: number | undefined;
let peakRssMb = 0;
if (mode === 'cli') {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-bench-'));
  const inputPath = join(dir, 'input.json');
  const outputPath = join(dir, 'output.json');
  writeFileSync(inputPath, JSON.stringify(input));
  input = null;
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cli-child', inputPath, outputPath], { encoding: 'utf8' });
  const report = child.status === 0 ? JSON.parse(child.stdout) as { status: number; ms: number; cpuMs: number; peakRssMb: number } : null;
  outputMb = report?.status === 0 ? mb(statSync(outputPath).size) : undefined;
  rmSync(dir, { recursive: true, force: true });
  if (!report || report.status !== 0) {
    process.stderr.write(child.stderr);
    process.exit(1);
  }
  timing = { ms: report.ms, cpuMs: report.cpuMs };
  peakRssMb = report.peakRssMb;
} else {
  const { result: output, ...rest } = await timed(() => (mode === 'arrays' ? simulate(input) : streamed(input)));
  if (!output.ok) {
    process.stderr.write(`refused: ${JSON.stringify(output.errors).slice(0, 500)}\n`);
    process.exit(1);
  }
  counts = { companies: output.summary.companies, persons: output.summary.persons };
  timing = rest;
}
process.stdout.write(`${JSON.stringify({
  rows, records, action, mode, cli: mode === 'cli', ...timing, perRowUs: (timing.ms * 1000) / rows, cpuPerRowUs: (timing.cpuMs * 1000) / rows,
  peakRssMb: mode === 'cli' ? peakRssMb : mb(process.resourceUsage().maxRSS * 1024), inputRssMb: mb(inputMemory.rss), inputHeapMb: mb(inputMemory.heapUsed),
  load: loadavg()[0], outputMb, ...counts,
})}\n`);
