/**
 * `signpost check` over a content tree versus a bare remark parse of the same Markdown files,
 * the floor any Markdown check has to pay. Target: check ≤ 2× the bare parse, under 10 s on
 * the project machine for ../shared/corpus/superoffice.
 *
 *   node_modules/.bin/node bench/check.ts [DIR] [--rounds N]   (SIGNPOST_JOBS=N to set render threads)
 *
 * The two sides run alternated in one process (bare, check, check, bare, bare, check …, default
 * 3 rounds) so that JIT warm-up and drift on a shared machine hit both; the first round of each
 * is the cold one a fresh `signpost check` process pays. Printed: every round's wall and CPU
 * seconds, the median wall and CPU time of each side (CPU = user + system of all threads: what
 * other load on the machine distorts least), the ratio of those medians and the median of the
 * per-round ratios, and the load average before and after.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { loadDialect } from '../src/check/dialect.ts';
import { runCheck, type CheckResult } from '../src/check/run-check.ts';
import { defaultJobs } from '../src/check/render-all.ts';

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const positional = process.argv.slice(2).find((arg, index, args) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
const root = positional ?? fileURLToPath(new URL('../../shared/corpus/superoffice/', import.meta.url));
const rounds = option('rounds', 3);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall-clock and CPU milliseconds of `work` (CPU of all threads: check may render on workers). */
async function measure(work: () => unknown): Promise<Timing> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function bareParse(files: string[]): void {
  const parser = unified().use(remarkParse);
  for (const file of files) parser.parse(readFileSync(file, 'utf8'));
}

const files = markdownFiles(root);
const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
const dialect = await loadDialect();
const jobs = Number(process.env.SIGNPOST_JOBS) || defaultJobs();
const loadBefore = loadavg();
const bare: Timing[] = [];
const check: Timing[] = [];
let result: CheckResult | undefined;
const runBare = async () => bare.push(await measure(() => bareParse(files)));
const runChecked = async () => check.push(await measure(async () => (result = await runCheck(root, dialect, { jobs }))));
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? [runBare, runChecked] : [runChecked, runBare];
  for (const side of order) await side();
}
const loadAfter = loadavg();

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows = (timings: Timing[]) => timings.map((t) => `${(t.wall / 1000).toFixed(2)} (${(t.cpu / 1000).toFixed(2)})`).join(' / ');
/** Median over rounds of check / bare of the same round (each pair ran back to back). */
const pairedRatio = (of: (t: Timing) => number) => median(check.map((t, round) => of(t) / of(bare[round])));
const side = (timings: Timing[]) => ({ wall: median(timings.map((t) => t.wall)), cpu: median(timings.map((t) => t.cpu)) });
const [b, c] = [side(bare), side(check)];
const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(' ');
console.log(`content: ${root}`);
console.log(`${files.length} Markdown files, ${(bytes / 1e6).toFixed(1)} MB; ${result!.rendered} files rendered by check, ${jobs} render thread(s) (${result!.errors} errors, ${result!.warnings} warnings)`);
console.log(`rounds, wall (CPU) s: bare ${rows(bare)} · check ${rows(check)}`);
console.log(`bare remark parse: ${s(b.wall)} wall, ${s(b.cpu)} CPU (median of ${rounds})`);
console.log(`signpost check:    ${s(c.wall)} wall, ${s(c.cpu)} CPU (median of ${rounds}; first, cold: ${s(check[0].wall)} wall)`);
console.log(`ratio of medians: ${(c.wall / b.wall).toFixed(2)}× wall, ${(c.cpu / b.cpu).toFixed(2)}× CPU; median of per-round ratios: ${pairedRatio((t) => t.wall).toFixed(2)}× wall, ${pairedRatio((t) => t.cpu).toFixed(2)}× CPU (target ≤ 2×, < 10 s)`);
console.log(`load average: ${load(loadBefore)} before, ${load(loadAfter)} after`);
