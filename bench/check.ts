/**
 * `signpost check` over a content tree versus a bare remark parse of the same Markdown files,
 * the floor any Markdown check has to pay. Target: check ≤ 2× the bare parse, under 10 s on
 * the project machine for ../shared/corpus/superoffice.
 *
 *   node_modules/.bin/node bench/check.ts [DIR]     (SIGNPOST_JOBS=N to set render threads)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { loadDialect } from '../src/check/dialect.ts';
import { runCheck } from '../src/check/run-check.ts';
import { defaultJobs } from '../src/check/render-all.ts';

const root = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/superoffice/', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Wall-clock and CPU milliseconds of `work` (CPU time is what a shared machine does not distort). */
async function measure<T>(work: () => T | Promise<T>): Promise<{ wall: number; cpu: number; value: T }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000, value };
}

function bareParse(files: string[]): void {
  const parser = unified().use(remarkParse);
  for (const file of files) parser.parse(readFileSync(file, 'utf8'));
}

const files = markdownFiles(root);
const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
const bare = await measure(() => bareParse(files));
const dialect = await loadDialect();
const jobs = Number(process.env.SIGNPOST_JOBS) || defaultJobs();
const check = await measure(() => runCheck(root, dialect, { jobs }));
const result = check.value;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`content: ${root}`);
console.log(`${files.length} Markdown files, ${(bytes / 1e6).toFixed(1)} MB; ${result.rendered} files rendered by check`);
console.log(`bare remark parse: ${seconds(bare.wall)} wall, ${seconds(bare.cpu)} CPU`);
console.log(`signpost check:    ${seconds(check.wall)} wall, ${seconds(check.cpu)} CPU (all threads), ${jobs} render threads (${result.errors} errors, ${result.warnings} warnings)`);
console.log(`ratio: ${(check.wall / bare.wall).toFixed(2)}× wall (target ≤ 2×, < 10 s)`);
