/**
 * Where the memory of one engine run goes, phase by phase: heap in use after a full collection
 * (and RSS) once the input exists, at the end of the rows (the final progress call: everything
 * the run holds), with `simulate`'s output held, and with only its database held. A helper of
 * bench/engine.ts, run on its own (needs --expose-gc):
 *
 *   node --expose-gc --max-old-space-size=12288 bench/engine-phases.ts <rows> [records] [merge|replace] [--stream]
 *
 * `--stream` measures `simulateStream` instead: the end of the rows, then after the final
 * database has been read record by record.
 */
import { simulate, simulateStream } from '../src/engine/index.ts';
import { type BenchAction, benchInput, readRecords } from './engine-data.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  process.stderr.write('run with node --expose-gc\n');
  process.exit(2);
}
const [rowsArg, recordsArg, actionArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const rows = Number(rowsArg);
const records = recordsArg === undefined ? rows : Number(recordsArg);
const phases: [string, number, number][] = [];

/** Heap in use after a full collection, and RSS, in MB. */
function measure(phase: string): void {
  gc!();
  const { heapUsed, rss } = process.memoryUsage();
  phases.push([phase, heapUsed / 2 ** 20, rss / 2 ** 20]);
}

const input = benchInput(rows, records, (actionArg ?? 'merge') as BenchAction);
measure('input');
const atEnd = { progressEvery: rows, onProgress: (done: number) => (done === rows ? measure('rows done (all the run holds)') : undefined) };
if (process.argv.includes('--stream')) {
  const run = simulateStream(input, atEnd);
  if (!run.ok) throw new Error('refused');
  for (const row of run.rows) void row;
  measure(`database read (${readRecords(run.rest().database)} records)`);
} else {
  const output = simulate(input, atEnd) as { rows: unknown; database: unknown };
  measure('output held (rows + database)');
  output.rows = null;
  measure('database held');
  output.database = null;
  measure('output dropped');
}
let previous = 0;
for (const [phase, heap, rss] of phases) {
  process.stdout.write(`${phase.padEnd(36)} heap ${heap.toFixed(0).padStart(6)} MB (${(heap - previous >= 0 ? '+' : '') + (heap - previous).toFixed(0)})  rss ${rss.toFixed(0).padStart(6)} MB\n`);
  previous = heap;
}
process.stdout.write(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
