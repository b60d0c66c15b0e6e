/**
 * Incremental production builds on the nl+da corpus (issue 15): cold `astro build` against a
 * second build with the same cache folder after one page changed and after one shared include
 * changed, alternated over the rounds so the machine's load hits all three alike. Each
 * incremental build's output is compared byte for byte with a cold build of the same tree.
 * Works on a copy of the corpus in a temporary folder (the edits never touch ../shared).
 *
 *   node_modules/.bin/node bench/incremental.ts [--runs N] [--content DIR]
 *
 * The edited page is the first nl page by path; the include is the one the most pages name
 * (a worst case). Prints each build, then per kind the median time and time ÷ median cold.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildMeasure, measureBuild } from './astro-build.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 3);
const source = option('--content') ?? join(projectRoot, '../shared/corpus/superoffice');

const work = mkdtempSync(join(tmpdir(), 'signpost-bench-incremental-'));
const content = join(work, 'content');
cpSync(source, content, { recursive: true });
const kept = join(work, 'kept'); // dist/ and cache/ of the incremental builds

/** Markdown files below `dir`, content-root relative, sorted. */
const markdownFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(content, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();

const nlFiles = markdownFiles(join(content, 'nl'));
const page = nlFiles.find((path) => !path.includes('/includes/') && !readFileSync(join(content, path), 'utf8').includes('redirect_url')) as string;
/** The include the most nl files name. */
const include = (() => {
  const includes = nlFiles.filter((path) => path.includes('/includes/'));
  const texts = nlFiles.map((path) => readFileSync(join(content, path), 'utf8'));
  const uses = (path: string) => texts.filter((text) => text.includes(path.slice(path.lastIndexOf('/') + 1))).length;
  return includes.map((path) => ({ path, uses: uses(path) })).sort((a, b) => b.uses - a.uses)[0];
})();

/** Digest of every file of an output folder (paths and bytes). */
function outputDigest(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  for (const file of files) hash.update(`\0${relative(dir, file)}\0`).update(readFileSync(file));
  return `${files.length} files, sha256 ${hash.digest('hex').slice(0, 16)}`;
}

type Kind = 'cold' | 'page' | 'include';
interface Run extends BuildMeasure {
  kind: Kind;
  load: number;
}
const results: Run[] = [];
const coldWork = join(work, 'cold'); // dist/ and cache/ of the cold builds

/** Where a build's time went, from its log: loader, Vite bundling and page generation, twins, search, all after the build. */
function phases(output: string): string {
  const ms = (pattern: RegExp) => pattern.exec(output)?.[1];
  const seconds = (pattern: RegExp) => {
    const value = ms(pattern);
    return value === undefined ? '?' : (Number(value) / 1000).toFixed(1);
  };
  return [
    `loader ${seconds(/routes \(\d+ pages\) from .* in (\d+) ms/)} s`,
    `Astro sync ${ms(/\[build\] ✓ Completed in ((?:\d+m )?[\d.]+m?s)\./) ?? '?'} (loader included)`,
    `bundling + generating ${[...output.matchAll(/\[build\] ✓ Completed in ((?:\d+m )?[\d.]+m?s)\./g)].at(-1)?.[1] ?? '?'}`,
    `twins ${seconds(/Markdown twins and llms.txt for \d+ languages in (\d+) ms/)} s`,
    `search ${seconds(/search index: .* in (\d+) ms/)} s`,
    `after the build (pages, assets, twins, search) ${seconds(/after the build (\d+) ms/)} s`,
  ].join(', ');
}

function build(kind: Kind): Run {
  const load = loadavg()[0];
  // A cold build as `npm run build` after deleting the cache: over the previous output, which Astro empties first.
  if (kind === 'cold') rmSync(join(coldWork, 'cache'), { recursive: true, force: true });
  const measured = measureBuild(content, kind, {}, kind === 'cold' ? coldWork : kept);
  const reuse = /rendered \d+ of \d+ pages, reusing \d+ of \d+ generated routes/.exec(measured.output)?.[0];
  const run = { ...measured, kind, load, output: '' };
  console.log(`${kind.padEnd(7)} ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, peak ${run.peakMb.toFixed(0)} MB, load ${load.toFixed(1)}; ${reuse}${run.ok ? '' : ` (BUILD FAILED)\n${run.tail}`}`);
  console.log(`        ${phases(measured.output)}`);
  results.push(run);
  return run;
}

/** Appends a sentence to a file, so every edit is a real change. */
const edit = (path: string, round: number) => appendFileSync(join(content, path), `\nGewijzigd voor de meting, ronde ${round}.\n`);

/** Compares an incremental build's output with a cold build's of the same tree. */
function compare(kind: Kind, incremental: Run, cold: Run): boolean {
  const [a, b] = [outputDigest(incremental.outDir), outputDigest(cold.outDir)];
  console.log(`  output after the ${kind} change ${a === b ? 'identical to' : 'DIFFERS from'} the cold build (${a}${a === b ? '' : ` vs ${b}`})`);
  return a === b;
}

console.log(`content: copy of ${source}; edited page ${page}; include ${include.path} (named by ${include.uses} nl files)`);
// The first cold build fills the cache the incremental builds start from; the second leaves
// the output the measured cold builds replace.
const first = measureBuild(content, 'cold', {}, kept);
cpSync(join(kept, 'dist'), join(coldWork, 'dist'), { recursive: true });
console.log(`cold    ${first.seconds.toFixed(1)} s wall, ${first.cpuSeconds.toFixed(1)} s CPU (fills the cache; not in the medians)${first.ok ? '' : ` (BUILD FAILED)\n${first.tail}`}`);
let identical = true;
for (let round = 0; round < runs; round++) {
  // Alternate which change a cold build checks, so both kinds get checked and timed in turn.
  const order: ('page' | 'include')[] = round % 2 === 0 ? ['page', 'include'] : ['include', 'page'];
  for (const [index, kind] of order.entries()) {
    edit(kind === 'page' ? page : include.path, round);
    const next = build(kind);
    if (index === 0) {
      const cold = build('cold');
      identical = compare(kind, next, cold) && identical;
    }
  }
}
const last = results.filter((run) => run.kind !== 'cold').at(-1) as Run;
const check = build('cold');
identical = compare(last.kind, last, check) && identical;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const of = (kind: Kind) => results.filter((run) => run.kind === kind && run.ok);
const cold = median(of('cold').map((run) => run.seconds));
const coldCpu = median(of('cold').map((run) => run.cpuSeconds));
console.log(`\ncold build: median ${cold.toFixed(1)} s wall, ${coldCpu.toFixed(1)} s CPU (${of('cold').length} builds)`);
for (const kind of ['page', 'include'] as const) {
  const runsOf = of(kind);
  const wall = median(runsOf.map((run) => run.seconds));
  const cpu = median(runsOf.map((run) => run.cpuSeconds));
  console.log(`incremental after one ${kind} change: median ${wall.toFixed(1)} s wall = ${((100 * wall) / cold).toFixed(0)} % of cold (CPU ${((100 * cpu) / coldCpu).toFixed(0)} %), runs ${runsOf.map((run) => run.seconds.toFixed(1)).join(', ')} s (target ≤ 20 %)`);
}
console.log(`output identical to a cold build of the same tree: ${identical ? 'yes, every check' : 'NO'}`);
rmSync(work, { recursive: true, force: true });
process.exitCode = identical && first.ok && results.every((run) => run.ok) ? 0 : 1;
