/**
 * DocFX plugin benchmark (node_modules/.bin/node bench/docfx.ts [--rounds N] [--context-rounds N]
 * [--chunk N] [--limit N]).
 *
 * The issue's figure: over ../shared/corpus/superoffice-en-2023 — its pages and stubs; the other
 * Markdown files are includes, rendered inside the pages that use them — the full plugin
 * pipeline (createDocfxProcessor, includes expanded) against the bare pipeline remark-parse →
 * remark-rehype → rehype-stringify on the same page files. Target ≤ 1.5×. The same comparison
 * runs on the nl+da corpus (../shared/corpus/superoffice) for continuity with earlier figures.
 *
 * Timing (bench/alternated-rounds.ts): each side first renders 300 pages untimed (JIT warm-up);
 * then every round renders the whole corpus in chunks of 50 pages, each chunk by every side,
 * the order of the sides alternating from chunk to chunk, so load that comes and goes on a
 * shared machine hits both sides alike. Each plugin round starts with an empty include cache,
 * as a build does. Printed: seconds per round (wall and main-thread CPU), and the median
 * plugin/bare ratio over the rounds with its range, wall and CPU, with the machine load before
 * and after. Both sides run in one process; on this corpus that costs the plugin a few percent
 * against each side in its own process (shared JIT state and heap), so the figure errs high.
 *
 * Context, on en-2023, in rounds of their own so they do not slow the issue's figure: the bare
 * pipeline with the dialect's syntax (remark-gfm, remark-directive, rehype-raw) and no DocFX
 * transforms; and, when the `satteri` package (Astro 7's default Markdown processor; not a
 * direct dependency) can be imported, Sätteri's markdownToHtml with the same syntax and no
 * transforms, and a prototype running the same DocFX transforms inside Sätteri (the page
 * prepared and parsed by Sätteri, the remark transformer applied to the whole tree in an mdast
 * `before` hook, the sanitiser in a hast `before` hook, Sätteri's own mdast → hast → HTML). The
 * prototype passes the 104 conformance cases but is not the shipped pipeline (see the issue note).
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
import { alternate, describeLoad, describeRatios, ratios, type Rounds, type Side } from './alternated-rounds.ts';

const shared = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const rounds = option('rounds', 5);
const contextRounds = option('context-rounds', 3);
const chunk = option('chunk', 50);
const limit = option('limit', Infinity);

/** `wall 5.12 / 5.03 s, CPU 4.98 / 4.91 s`: one side's rounds. */
const seconds = (result: Rounds, side: string) => {
  const list = (key: 'wall' | 'cpu') => result.timings[side].map((timing) => (timing[key] / 1000).toFixed(2)).join(' / ');
  return `wall ${list('wall')} s, CPU ${list('cpu')} s`;
};
/** `median 1.41× wall (1.36–1.47), 1.40× CPU (1.38–1.43)` of `side` against the bare pipeline. */
const ratioLine = (result: Rounds, side: string) => {
  const { wall, cpu } = ratios(result, side, 'bare');
  return `median ${describeRatios(wall)} wall, ${describeRatios(cpu)} CPU`;
};

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
    const clean = wholeTree('docfx-sanitise', (tree) => sanitise(tree as never, file));
    return markdownToHtml(prepared.text, { features: satteriFeatures, mdastPlugins: [docfx], hastPlugins: [clean] }).html;
  };
}

/** Times the plugin against the bare pipeline on one corpus, then (with `withContext`) the context sides. */
async function compare(label: string, root: string, withContext: boolean): Promise<void> {
  const site = loadSite(root);
  const markdownFiles = [...site.files.values()].filter((file) => file.path.endsWith('.md')).length;
  const pages = [...site.files.values()].filter((file) => file.kind === 'page' || file.kind === 'stub').slice(0, limit);
  const texts = pages.map((file) => readFileSync(join(root, file.path), 'utf8'));
  const plugin = createDocfxProcessor(site);
  const bare = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
  const sides: Record<string, Side> = {
    bare: (from, to) => {
      for (let index = from; index < to; index++) bare.processSync(texts[index]);
    },
    plugin: (from, to) => {
      for (let index = from; index < to; index++) {
        const vfile = new VFile({ value: texts[index] });
        vfile.data.docfxPath = pages[index].path;
        plugin.processSync(vfile);
      }
    },
  };
  const emptyIncludeCache = () => site.includeCache.clear(); // a build reads and parses each include once: so does each round
  const main = alternate(sides, { items: texts.length, rounds, chunk, beforeRound: emptyIncludeCache });
  console.log(`\n${label}: ${pages.length} pages and stubs (of ${markdownFiles} Markdown files; the others are includes), ${rounds} rounds alternated in chunks of ${chunk} pages, ${describeLoad(main)}`);
  console.log(`  bare   (remark-parse → remark-rehype → rehype-stringify): ${seconds(main, 'bare')}`);
  console.log(`  plugin (createDocfxProcessor, includes expanded):          ${seconds(main, 'plugin')}`);
  console.log(`  ratio plugin / bare: ${ratioLine(main, 'plugin')}`);
  if (!withContext) return;

  const syntax = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify);
  const context: Record<string, Side> = {
    bare: sides.bare,
    syntax: (from, to) => {
      for (let index = from; index < to; index++) syntax.processSync(texts[index]);
    },
  };
  const markdownToHtml = await importSatteri();
  if (markdownToHtml) {
    context.satteri = (from, to) => {
      for (let index = from; index < to; index++) markdownToHtml(texts[index], { features: satteriFeatures });
    };
    const render = satteriDocfx(markdownToHtml, site);
    context.satteriDocfx = (from, to) => {
      for (let index = from; index < to; index++) render(pages[index].path, texts[index]);
    };
  }
  const others = alternate(context, { items: texts.length, rounds: contextRounds, chunk, beforeRound: emptyIncludeCache });
  console.log(`  context (${contextRounds} round${contextRounds === 1 ? "" : "s"} of their own, ${describeLoad(others)}):`);
  console.log(`    bare + dialect syntax (gfm, directive, raw), no transforms: ${seconds(others, 'syntax')}; ${ratioLine(others, 'syntax')}`);
  if (others.timings.satteri) {
    console.log(`    Sätteri markdownToHtml (gfm, directive, raw), no transforms: ${seconds(others, 'satteri')}; ${ratioLine(others, 'satteri')}`);
    console.log(`    DocFX transforms inside Sätteri (prototype, not shipped):   ${seconds(others, 'satteriDocfx')}; ${ratioLine(others, 'satteriDocfx')}`);
  } else {
    console.log('    Sätteri: the `satteri` package cannot be imported here; its sides are left out');
  }
}

const siteTimes = [1, 2, 3].map(() => {
  const started = performance.now();
  loadSite(join(shared, 'superoffice'));
  return performance.now() - started;
});
console.log(`loadSite nl+da: ${siteTimes.map((ms) => ms.toFixed(0)).join(' / ')} ms (3 runs)`);
await compare('superoffice-en-2023 (the issue\'s figure, target ≤ 1.5×)', join(shared, 'superoffice-en-2023'), true);
await compare('superoffice nl+da', join(shared, 'superoffice'), false);
