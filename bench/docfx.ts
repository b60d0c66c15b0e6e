/**
 * DocFX plugin benchmark (run with node_modules/.bin/node bench/docfx.ts [--rounds N] [--limit N]).
 *
 * 1. `loadSite` on the nl+da corpus (../shared/corpus/superoffice).
 * 2. Over the English corpus (../shared/corpus/superoffice-en-2023, 5,125 pages and their
 *    includes): the full plugin pipeline (createDocfxProcessor) against the bare pipeline
 *    remark-parse → remark-rehype → rehype-stringify on the same texts, in alternated rounds
 *    (bare, plugin, plugin, bare …) so drift on a shared machine hits both sides. Prints the
 *    best time of each side and their ratio (target ≤ 1.5×). For context it also times the
 *    bare pipeline with the syntax the dialect requires (remark-gfm, remark-directive,
 *    rehype-raw) and no DocFX transforms, which shows what the transforms themselves cost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import rehypeRaw from 'rehype-raw';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { createDocfxProcessor } from '../plugins/remark-docfx/lib/pipeline.ts';
import { loadSite } from '../plugins/remark-docfx/lib/site-index.ts';

const shared = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const rounds = option('rounds', 2);
const limit = option('limit', Infinity);

const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

const siteTimes = [1, 2, 3].map(() => time(() => loadSite(join(shared, 'superoffice'))));
console.log(`loadSite nl+da: ${siteTimes.map((ms) => ms.toFixed(0)).join(' / ')} ms (3 runs)`);

const enRoot = join(shared, 'superoffice-en-2023');
const site = loadSite(enRoot);
const pages = [...site.files.values()].filter((file) => file.kind === 'page' || file.kind === 'stub').slice(0, limit);
const texts = pages.map((file) => readFileSync(join(enRoot, file.path), 'utf8'));
const plugin = createDocfxProcessor(site);
const bare = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
const syntax = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify);

const runPlugin = () => {
  for (const [index, file] of pages.entries()) {
    const vfile = new VFile({ value: texts[index] });
    vfile.data.docfxPath = file.path;
    plugin.processSync(vfile);
  }
};
const runBare = () => {
  for (const text of texts) bare.processSync(text);
};
const runSyntax = () => {
  for (const text of texts) syntax.processSync(text);
};

const sides = { bare: runBare, syntax: runSyntax, plugin: runPlugin };
type Side = keyof typeof sides;
const results: Record<Side, number[]> = { bare: [], syntax: [], plugin: [] };
for (let round = 0; round < rounds; round++) {
  const order: Side[] = round % 2 === 0 ? ['bare', 'syntax', 'plugin'] : ['plugin', 'syntax', 'bare'];
  for (const side of order) results[side].push(time(sides[side]));
}
const best = (values: number[]) => Math.min(...values);
console.log(`pages: ${pages.length}; rounds: ${rounds}`);
console.log(`bare   (remark-parse → remark-rehype → rehype-stringify): ${results.bare.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`);
console.log(`plugin (createDocfxProcessor, includes expanded):          ${results.plugin.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`);
console.log(`bare + dialect syntax (gfm, directive, raw), no transforms: ${results.syntax.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`);
console.log(`ratio plugin / bare (best of each): ${(best(results.plugin) / best(results.bare)).toFixed(2)}×`);
console.log(`ratio plugin / bare + dialect syntax: ${(best(results.plugin) / best(results.syntax)).toFixed(2)}×`);
