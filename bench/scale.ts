/**
 * Scale benchmark: cold builds of synthetic trees made of the English 2023 corpus (~5,100 pages
 * with its links and includes) copied under 1, 4 and 10 locale folders — about 5k, 20k and 50k
 * pages. Prints pages/s, time per page and peak RSS per size, and time per page at the largest
 * size ÷ the smallest (target ≤ 1.2; peak RSS target ≤ 3 GB at 50k).
 *
 *   node_modules/.bin/node bench/scale.ts [copies …]     # default: 1 4 10
 *
 * The trees are hard-linked copies in the temp folder (no bytes duplicated, removed afterwards).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBuild } from './astro-build.ts';

const source = fileURLToPath(new URL('../../shared/corpus/superoffice-en-2023/en', import.meta.url));
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'sv', 'no', 'fi'];
const chosen = process.argv.slice(2).map(Number).filter((n) => n >= 1 && n <= LOCALES.length);
const copies = chosen.length ? chosen : [1, 4, 10];

if (!existsSync(source)) {
  process.stderr.write(`scale bench: ${source} is missing (../shared beside the project)\n`);
  process.exit(1);
}

/** A tree with the corpus under `count` locale folders (hard links, so it costs no disk). */
function syntheticTree(count: number): string {
  const root = mkdtempSync(join(tmpdir(), `signpost-scale-${count}-`));
  for (const locale of LOCALES.slice(0, count)) {
    cpSync(source, join(root, locale), { recursive: true, preserveTimestamps: true });
  }
  return root;
}

const rows: { count: number; pages: number; seconds: number; cpuSeconds: number; peakMb: number }[] = [];
for (const count of copies) {
  const tree = syntheticTree(count);
  const run = measureBuild(tree, `scale-${count}`);
  rmSync(tree, { recursive: true, force: true });
  rmSync(join(run.outDir, '..'), { recursive: true, force: true });
  if (!run.ok) {
    process.stdout.write(`${count} locale(s): BUILD FAILED\n${run.tail}\n`);
    process.exitCode = 1;
    continue;
  }
  rows.push({ count, pages: run.pages, seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMb: run.peakMb });
  process.stdout.write(
    `${String(run.pages).padStart(6)} pages (${count} locale${count > 1 ? 's' : ''}): ${run.seconds.toFixed(0)} s wall, ` +
    `${run.cpuSeconds.toFixed(0)} s CPU, ${(run.pages / run.seconds).toFixed(1)} pages/s, ` +
    `${((run.seconds * 1000) / run.pages).toFixed(1)} ms/page, peak RSS ${(run.peakMb / 1024).toFixed(2)} GB\n`,
  );
}
if (rows.length > 1) {
  const [first, last] = [rows[0], rows[rows.length - 1]];
  const perPage = (row: (typeof rows)[number]) => row.seconds / row.pages;
  const cpuPerPage = (row: (typeof rows)[number]) => row.cpuSeconds / row.pages;
  process.stdout.write(
    `time per page ${last.pages} ÷ ${first.pages} pages: ${(perPage(last) / perPage(first)).toFixed(2)} wall, ` +
    `${(cpuPerPage(last) / cpuPerPage(first)).toFixed(2)} CPU (target ≤ 1.2); peak RSS at ${last.pages}: ` +
    `${(last.peakMb / 1024).toFixed(2)} GB (target ≤ 3)\n`,
  );
}
