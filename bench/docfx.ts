/**
 * DocFX plugin benchmark (node_modules/.bin/node bench/docfx.ts [--rounds N] [--limit N]).
 *
 * The issue's figure: over ../shared/corpus/superoffice-en-2023 (its pages, includes expanded),
 * the full plugin pipeline (createDocfxProcessor) against the bare pipeline remark-parse →
 * remark-rehype → rehype-stringify on the same texts. Target ≤ 1.5×. The same comparison runs
 * on the nl+da corpus (../shared/corpus/superoffice) for continuity with earlier figures.
 *
 * Each side first runs once on 300 pages, untimed (JIT warm-up); each plugin round starts with
 * an empty include cache, as a build does. Sides run in alternated order (bare, plugin, …, then
 * …, plugin, bare) so drift on a shared machine hits both; each round gives a plugin/bare ratio.
 * Printed: wall seconds per round, the best-of ratio (best plugin / best bare), the median of
 * the per-round wall ratios, and the median of the per-round CPU-time ratios (user + system of
 * the main thread: what other load on the machine distorts least).
 *
 * Context sides on en-2023: the bare pipeline with the dialect's syntax (remark-gfm,
 * remark-directive, rehype-raw) and no DocFX transforms; and, when the `satteri` package
 * (Astro 7's default Markdown processor; not a direct dependency) can be imported, Sätteri's
 * markdownToHtml with the same syntax and no transforms, and a prototype running the same
 * DocFX transforms inside Sätteri (the page prepared and parsed by Sätteri, the remark
 * transformer applied to the whole tree in an mdast `before` hook, the sanitiser in a hast
 * `before` hook, Sätteri's own mdast → hast → HTML). The prototype passes the 104 conformance
 * cases but is not the shipped pipeline (see the issue note).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkDocfx from '../plugins/remark-docfx/index.ts';
import type { SiteIndex } from '../plugins/remark-docfx/lib/contracts.ts';
import { createDocfxProcessor } from '../plugins/remark-docfx/lib/pipeline.ts';
import { prepareSource } from '../plugins/remark-docfx/lib/prepare.ts';
import { rehypeDocfx } from '../plugins/remark-docfx/lib/rehype-docfx.ts';
import { loadSite } from '../plugins/remark-docfx/lib/site-index.ts';

const shared = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const rounds = option('rounds', 4);
const limit = option('limit', Infinity);

interface Timing {
  wall: number;
  cpu: number;
}

const measure = (run: () => void): Timing => {
  const cpuBefore = process.threadCpuUsage();
  const started = performance.now();
  run();
  const wall = performance.now() - started;
  const cpu = process.threadCpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (timings: Timing[]) => timings.map((timing) => (timing.wall / 1000).toFixed(2)).join(' / ');

type MarkdownToHtml = (text: string, options: object) => { html: string };
type Hook = (root: unknown, ctx: { replaceNode(node: unknown, replacement: unknown): void }) => void;
const satteriFeatures = { gfm: true, directive: true, rawHtml: true, frontmatter: false };

/** Sätteri's markdownToHtml, when the package can be imported. */
async function importSatteri(): Promise<MarkdownToHtml | undefined> {
  try {
    return ((await import('satteri')) as { markdownToHtml: MarkdownToHtml }).markdownToHtml;
  } catch {
    return undefined;
  }
}

/** A Sätteri hook that replaces the whole tree by `change` applied to a plain copy of it. */
const wholeTree = (name: string, change: (tree: { data?: object }) => void) => ({
  name,
  options: { position: true },
  before: ((root, ctx) => {
    const tree = JSON.parse(JSON.stringify(root));
    change(tree);
    ctx.replaceNode(root, tree);
  }) as Hook,
});

/** Prototype: the DocFX transforms inside Sätteri (see the module comment). */
function satteriDocfx(markdownToHtml: MarkdownToHtml, site: SiteIndex) {
  const remark = unified().use(remarkParse).use(remarkGfm).use(remarkDocfx, { site }).freeze();
  const sanitise = rehypeDocfx();
  return (path: string, text: string) => {
    const file = new VFile({ value: text });
    file.data.docfxPath = path;
    const prepared = prepareSource(path, text, site.files.get(path)?.bodyLine);
    const docfx = wholeTree('docfx', (tree) => {
      tree.data = { docfxPrepared: prepared };
      remark.runSync(tree as never, file);
    });
    const clean = wholeTree('docfx-sanitise', (tree) => sanitise(tree as never));
    return markdownToHtml(prepared.text, { features: satteriFeatures, mdastPlugins: [docfx], hastPlugins: [clean] }).html;
  };
}

/** Times the plugin against the bare pipeline (and context sides) on one corpus. */
async function compare(label: string, root: string, withContext: boolean): Promise<void> {
  const site = loadSite(root);
  const pages = [...site.files.values()].filter((file) => file.kind === 'page' || file.kind === 'stub').slice(0, limit);
  const texts = pages.map((file) => readFileSync(join(root, file.path), 'utf8'));
  const plugin = createDocfxProcessor(site);
  const bare = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
  const syntax = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify);
  // Each side renders the first `count` texts.
  const sides: Record<string, (count: number) => void> = {
    bare: (count) => {
      for (const text of texts.slice(0, count)) bare.processSync(text);
    },
    plugin: (count) => {
      site.includeCache.clear(); // a build reads and parses each include once: so does each round
      for (const [index, file] of pages.slice(0, count).entries()) {
        const vfile = new VFile({ value: texts[index] });
        vfile.data.docfxPath = file.path;
        plugin.processSync(vfile);
      }
    },
  };
  const markdownToHtml = withContext ? await importSatteri() : undefined;
  if (withContext) {
    sides.syntax = (count) => {
      for (const text of texts.slice(0, count)) syntax.processSync(text);
    };
  }
  if (markdownToHtml) {
    sides.satteri = (count) => {
      for (const text of texts.slice(0, count)) markdownToHtml(text, { features: satteriFeatures });
    };
    const render = satteriDocfx(markdownToHtml, site);
    sides.satteriDocfx = (count) => {
      site.includeCache.clear();
      for (const [index, file] of pages.slice(0, count).entries()) render(file.path, texts[index]);
    };
  }
  const names = Object.keys(sides);
  for (const name of names) sides[name](300); // untimed JIT warm-up
  const results: Record<string, Timing[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) results[name].push(measure(() => sides[name](texts.length)));
  }
  const ratios = (name: string) => {
    const wall = results[name].map((timing, round) => timing.wall / results.bare[round].wall);
    const cpu = results[name].map((timing, round) => timing.cpu / results.bare[round].cpu);
    const best = Math.min(...results[name].map((timing) => timing.wall)) / Math.min(...results.bare.map((timing) => timing.wall));
    return `best-of ${best.toFixed(2)}×, median ${median(wall).toFixed(2)}× (per round ${wall.map((ratio) => ratio.toFixed(2)).join(' / ')}), median CPU ${median(cpu).toFixed(2)}×`;
  };
  console.log(`\n${label}: ${pages.length} pages and stubs, ${rounds} alternated rounds`);
  console.log(`  bare   (remark-parse → remark-rehype → rehype-stringify): ${seconds(results.bare)} s`);
  console.log(`  plugin (createDocfxProcessor, includes expanded):          ${seconds(results.plugin)} s`);
  if (results.syntax) console.log(`  bare + dialect syntax (gfm, directive, raw), no transforms: ${seconds(results.syntax)} s`);
  if (results.satteri) console.log(`  Sätteri markdownToHtml (gfm, directive, raw), no transforms: ${seconds(results.satteri)} s`);
  if (results.satteriDocfx) console.log(`  DocFX transforms inside Sätteri (prototype, not shipped):   ${seconds(results.satteriDocfx)} s`);
  console.log(`  ratio plugin / bare: ${ratios('plugin')}`);
  if (results.syntax) console.log(`  ratio bare + dialect syntax / bare: ${ratios('syntax')}`);
  if (results.satteri) console.log(`  ratio Sätteri, no transforms / bare unified: ${ratios('satteri')}`);
  if (results.satteriDocfx) console.log(`  ratio DocFX transforms inside Sätteri / bare unified: ${ratios('satteriDocfx')}`);
}

const siteTimes = [1, 2, 3].map(() => measure(() => loadSite(join(shared, 'superoffice'))));
console.log(`loadSite nl+da: ${siteTimes.map((timing) => timing.wall.toFixed(0)).join(' / ')} ms (3 runs)`);
await compare('superoffice-en-2023 (the issue\'s figure, target ≤ 1.5×)', join(shared, 'superoffice-en-2023'), true);
await compare('superoffice nl+da', join(shared, 'superoffice'), false);
