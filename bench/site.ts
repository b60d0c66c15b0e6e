/**
 * Portal build benchmark on the nl+da corpus: cold `astro build` (content pages, redirect pages,
 * search index) with the DocFX plugins versus the same Astro build and loader with the unified
 * processor but no DocFX plugins (SIGNPOST_DOCFX=off), alternated. Prints wall time, peak RSS
 * (GNU time), pages per second, the ratio, Pagefind index size per language, and the gzip
 * JavaScript of a page without a simulator. Targets: ≤ 32 s and ≤ 1.2 GB for the DocFX build.
 *
 *   node_modules/.bin/node bench/site.ts [--runs N] [--content DIR]
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSizes } from '../src/site/search-index.ts';
import { measureJs } from '../test/e2e/support/js-weight.ts';
import { type BuildMeasure, measureBuild } from './astro-build.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 1);
const content = option('--content') ?? join(projectRoot, '../shared/corpus/superoffice');

interface BuildRun extends BuildMeasure {
  variant: 'docfx' | 'bare';
}

/** One cold build of `variant`. */
function build(variant: BuildRun['variant']): BuildRun {
  return { variant, ...measureBuild(content, variant, { SIGNPOST_DOCFX: variant === 'docfx' ? 'on' : 'off' }) };
}

/** A built page of `lang` without a simulator, for the JavaScript measurement. */
function pageWithoutSimulator(outDir: string, lang: string): string | undefined {
  for (const entry of readdirSync(join(outDir, lang), { recursive: true, withFileTypes: true })) {
    if (entry.name !== 'index.html') continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    if (html.includes('data-pagefind-body') && !html.includes('data-simulator=')) return file;
  }
  return undefined;
}

const results: BuildRun[] = [];
for (let i = 0; i < runs; i++) {
  for (const variant of ['docfx', 'bare'] as const) {
    const run = build(variant);
    results.push(run);
    console.log(`${variant.padEnd(6)} run ${i + 1}: ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, peak ${run.peakMb.toFixed(0)} MB, ${run.pages} pages${run.ok ? '' : ' (BUILD FAILED)'}`);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const of = (variant: BuildRun['variant']) => results.filter((r) => r.variant === variant && r.ok);
const docfx = of('docfx');
const bare = of('bare');
if (docfx.length) {
  const seconds = median(docfx.map((r) => r.seconds));
  const last = docfx[docfx.length - 1];
  console.log(`\nDocFX build: ${seconds.toFixed(1)} s (target ≤ 32), peak ${Math.max(...docfx.map((r) => r.peakMb)).toFixed(0)} MB (target ≤ 1229), ${(last.pages / seconds).toFixed(1)} pages/s`);
  if (bare.length) {
    const bareSeconds = median(bare.map((r) => r.seconds));
    const cpuRatio = median(docfx.map((r) => r.cpuSeconds)) / median(bare.map((r) => r.cpuSeconds));
    console.log(`bare unified build: ${bareSeconds.toFixed(1)} s, peak ${Math.max(...bare.map((r) => r.peakMb)).toFixed(0)} MB; ratio DocFX/bare ${(seconds / bareSeconds).toFixed(2)} wall, ${cpuRatio.toFixed(2)} CPU`);
  }
  for (const [lang, bytes] of Object.entries(indexSizes(join(last.outDir, 'pagefind')))) {
    console.log(`Pagefind index ${lang}: ${(bytes / 1024).toFixed(0)} KB`);
  }
  const sample = pageWithoutSimulator(last.outDir, 'nl');
  if (sample) {
    const js = measureJs(last.outDir, sample);
    console.log(`JavaScript on ${sample.slice(last.outDir.length)} (no simulator): ${(js.gzipBytes / 1024).toFixed(1)} KB gzip (target ≤ 15)`);
  }
}
for (const run of results) rmSync(join(run.outDir, '..'), { recursive: true, force: true });
process.exitCode = docfx.length === runs && bare.length === runs ? 0 : 1;
