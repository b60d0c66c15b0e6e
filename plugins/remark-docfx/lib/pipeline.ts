/**
 * The whole-page processor: remark-parse + remark-gfm + the `docfx` preset's remark plugins →
 * remark-rehype (raw HTML kept) → the preset's rehype plugins (rehype-raw where it changes
 * something, then the sanitiser) → rehype-stringify. The Astro site builds its processor from
 * the same preset (preset.ts).
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { SiteIndex } from './contracts.ts';
import type { Options } from './options.ts';
import { docfx, type DocfxPreset } from './preset.ts';
import { rehypeRawWhenNeeded } from './raw-when-needed.ts';
import { rehypeDocfx } from './rehype-docfx.ts';

/** The Markdown half for a preset. */
const mdastProcessor = (preset: DocfxPreset) => unified().use(remarkParse).use(remarkGfm).use(preset.remarkPlugins);

/**
 * The Markdown half of the page processor: parse and the dialect's transforms, no HTML. Every
 * `docfx` message of a page is raised here (`signpost check` runs only this half).
 * @example createDocfxMdastProcessor(site).runSync(processor.parse(vfile), vfile) // → mdast root
 */
export function createDocfxMdastProcessor(site: SiteIndex, options: Omit<Options, 'site' | 'root'> = {}) {
  return mdastProcessor(docfx({ ...options, site }));
}

/**
 * Create a processor that renders DocFX pages of `site` to HTML strings.
 * @example (await createDocfxProcessor(site).process(vfile)).toString() // → '<h1 id="…">…</h1>…'
 */
export function createDocfxProcessor(site: SiteIndex, options: Omit<Options, 'site' | 'root'> = {}) {
  const preset = docfx({ ...options, site });
  return mdastProcessor(preset)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(preset.rehypePlugins)
    .use(rehypeStringify);
}

/**
 * The HTML half without serialising, for `signpost check`: the final Markdown tree → hast, raw
 * HTML parsed and sanitised, so check reports the same `html-removed` warnings as the build.
 * @example createDocfxSanitiseCheck().runSync(mdastTree, vfile) // vfile gets the html-removed messages
 */
export function createDocfxSanitiseCheck() {
  return unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRawWhenNeeded).use(rehypeDocfx);
}
