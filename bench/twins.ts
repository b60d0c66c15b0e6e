/**
 * What the Markdown twins and llms.txt cost a build (issue 14: "the nl+da build with twins and
 * llms.txt within 10 % of the build without them"): cold `astro build`s of the nl+da corpus with
 * twins (the default) and without (`SIGNPOST_LLMS=off`), alternated (on, off, off, on, …) so
 * load that comes and goes hits both alike. Prints wall and CPU seconds and peak RSS of each
 * build, the medians, and the ratios with/without. Slow: 2 × runs corpus builds.
 *
 *   node_modules/.bin/node bench/twins.ts [--runs N] [--content DIR] [--keep]
 *
 * `--keep` leaves the output folders (paths printed) for comparing twins between versions.
 */
import { readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildMeasure, measureBuild } from './astro-build.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 3);
const content = option('--content') ?? join(projectRoot, '../shared/corpus/superoffice');
const keep = args.includes('--keep');

type Variant = 'twins' | 'off';
const measures: Record<Variant, BuildMeasure[]> = { twins: [], off: [] };
const twinCount = (outDir: string) => readdirSync(outDir, { recursive: true }).filter((name) => String(name).endsWith('index.md')).length;

console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (let run = 0; run < runs; run++) {
  const order: Variant[] = run % 2 === 0 ? ['twins', 'off'] : ['off', 'twins'];
  for (const variant of order) {
    const measure = measureBuild(content, `twins-${variant}`, variant === 'off' ? { SIGNPOST_LLMS: 'off' } : {});
    if (!measure.ok) throw new Error(`the ${variant} build failed:\n${measure.tail}`);
    measures[variant].push(measure);
    console.log(`${variant.padEnd(5)} run ${run + 1}: ${measure.seconds.toFixed(1)} s wall, ${measure.cpuSeconds.toFixed(1)} s CPU, ${Math.round(measure.peakMb)} MB peak, ${measure.pages} pages, ${twinCount(measure.outDir)} twins${keep ? ` → ${measure.outDir}` : ''}`);
    if (!keep) rmSync(dirname(measure.outDir), { recursive: true, force: true });
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const figure = (variant: Variant, key: 'seconds' | 'cpuSeconds' | 'peakMb') => median(measures[variant].map((m) => m[key]));
for (const [key, unit] of [['seconds', 's wall'], ['cpuSeconds', 's CPU'], ['peakMb', 'MB peak']] as const) {
  console.log(`median ${unit}: twins ${figure('twins', key).toFixed(1)}, off ${figure('off', key).toFixed(1)}, ratio ${(figure('twins', key) / figure('off', key)).toFixed(3)}`);
}
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
