/**
 * `docfx(options)`: the dialect's remark and rehype plugins in their one order, for any unified
 * processor that already parses Markdown (remark-parse + remark-gfm) and turns mdast into hast
 * with raw HTML kept (`remark-rehype` with `allowDangerousHtml`). `createDocfxProcessor`
 * (pipeline.ts) and the Astro site (src/site/markdown-options.ts) both assemble their
 * processor from it, so they cannot drift apart.
 */
import type { PluggableList } from 'unified';
import remarkDocfx from './remark-docfx.ts';
import type { Options } from './options.ts';
import { rehypeRawWhenNeeded } from './raw-when-needed.ts';
import { rehypeDocfx } from './rehype-docfx.ts';

/** The ordered plugin lists of the dialect. */
export interface DocfxPreset {
  /** `remarkDocfx` with the given options object (the same object, not a copy). */
  remarkPlugins: PluggableList;
  /** Raw HTML parsed where it changes something (raw-when-needed.ts), then sanitised (rehype-docfx.ts). */
  rehypePlugins: PluggableList;
}

/**
 * The dialect's plugins for `options`. The options object itself goes into the list, so a
 * caller may fill a slot of it later (the Astro renderer hands over the scanned `site`).
 * @example unified().use(remarkParse).use(remarkGfm).use(docfx({ site }).remarkPlugins)
 */
export function docfx(options: Options): DocfxPreset {
  return {
    remarkPlugins: [[remarkDocfx, options]],
    rehypePlugins: [rehypeRawWhenNeeded, rehypeDocfx],
  };
}
