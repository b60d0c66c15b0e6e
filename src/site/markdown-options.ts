/**
 * The portal's unified processor options, in one place: astro.config.mjs passes them to
 * `unified()` from @astrojs/markdown-remark, and the render worker (render-worker.ts) builds the
 * identical processor from them, so a page renders the same on either thread.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { docfx, rehypeRawWhenNeeded } from '../../plugins/remark-docfx/index.ts';
import { catalogueAlertTitles } from '../i18n/alert-titles.ts';
import { mergeExample } from '../simulators/merge-example.ts';
import { rehypeExposeMessages } from './build-messages.ts';
import { rehypeKeepImages } from './keep-images.ts';
import { CAPTURE_SLOT, rehypeCaptureMdxHtml } from './mdx-html.ts';
import { rehypeRecordLinks, remarkRecordReads } from './page-reads.ts';
import { rehypeBasePath } from './rehype-base.ts';
import { OUTBOX_SLOT } from './render-outbox.ts';
import { remarkCaptureTwin } from './twins/capture-twin.ts';

/** What the options depend on. */
export interface MarkdownSettings {
  contentRoot: string;
  base: string;
  /** false = the bench baseline: same processor without the DocFX plugins. */
  docfx: boolean;
}

/**
 * Options for `unified(…)`: GFM on, smartypants off (pages must match `signpost render`), the
 * DocFX remark plugin with the `:::merge-example` handler, alert titles from the UI catalogues,
 * the include-reads recorder and the Markdown-twin capture (twins/capture-twin.ts), then
 * raw HTML parsed, sanitised, its site links recorded, base-prefixed, and the messages exposed
 * to the loader.
 * Example: `unified(markdownOptions({ contentRoot: '/repo/content', base: '/', docfx: true }))`.
 */
export function markdownOptions(settings: MarkdownSettings): UnifiedProcessorOptions {
  // `site` is the slot the loader fills with the content root it scanned (renderer.ts);
  // `root` is the fallback should Astro create a renderer of its own. `remarkRecordReads`
  // and `rehypeRecordLinks` tell the dev loader what each page depends on (page-reads.ts).
  // `outbox` is the slot the renderer fills with its outbox (render-outbox.ts): what these
  // plugins report comes back beside the HTML.
  const dialect = docfx({ site: undefined, root: settings.contentRoot, directives: { 'merge-example': mergeExample }, alertTitles: catalogueAlertTitles() });
  const outbox = () => ({ [OUTBOX_SLOT]: undefined });
  return {
    gfm: true,
    smartypants: false,
    // The twin capture last: it serialises the tree remark-rehype turns into the page's HTML.
    remarkPlugins: settings.docfx ? [...dialect.remarkPlugins, [remarkRecordReads, outbox()], [remarkCaptureTwin, { site: undefined, ...outbox() }]] : [],
    // The dialect's rehype plugins in the preset's order (as `signpost render`); the bench
    // baseline keeps only the raw HTML step.
    rehypePlugins: [
      ...(settings.docfx ? [...dialect.rehypePlugins, [rehypeRecordLinks, outbox()]] : [rehypeRawWhenNeeded]),
      [rehypeBasePath, { base: settings.base }],
      [rehypeExposeMessages, outbox()],
      // Astro's image step runs after these and must leave the plugin's images alone.
      rehypeKeepImages,
      // Last: an `.mdx` page's body, taken from the tree @astrojs/mdx's compiler built (mdx-html.ts).
      [rehypeCaptureMdxHtml, { [CAPTURE_SLOT]: undefined }],
    ],
  } as UnifiedProcessorOptions;
}
