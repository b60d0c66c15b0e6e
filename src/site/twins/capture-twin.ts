/**
 * The Markdown twin captured during the page's own render: the last remark plugin of the site's
 * processor (markdown-options.ts) serialises the dialect's final tree — includes spliced,
 * directives run, the tree remark-rehype is about to turn into the page's HTML — into the
 * renderer's outbox (render-outbox.ts). So a build with twins parses no page twice; the old way
 * (a second Markdown pass per page after the build) cost ~60 % more build time on the corpus.
 * Only an outbox that asks for twins (a production build without `SIGNPOST_LLMS=off`) gets one;
 * the dev server and `signpost render` pay nothing.
 */
import { relative, sep } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { SiteIndex } from '../../../plugins/remark-docfx/index.ts';
import { OUTBOX_SLOT, type OutboxOptions } from '../render-outbox.ts';
import { twinMarkdown } from './page-twin.ts';

/** Options of `remarkCaptureTwin`: the scanned site and the outbox, both filled in by the renderer. */
export interface CaptureTwinOptions extends OutboxOptions {
  site?: SiteIndex;
}

/**
 * The remark plugin. Example: `remarkPlugins: [[remarkDocfx, …], [remarkCaptureTwin, { site: undefined, outbox: undefined }]]`;
 * rendering `en/import/index.md` with an outbox for `https://x` puts `twin: '# Importing data\n…'` in its report.
 */
export function remarkCaptureTwin(options: CaptureTwinOptions = {}) {
  return (tree: Root, file: VFile) => {
    const outbox = options[OUTBOX_SLOT];
    const site = options.site;
    if (!outbox?.twins || !site) return;
    const route = site.files.get(relative(site.root, file.path).split(sep).join('/'))?.route;
    if (route) outbox.put(file, { twin: twinMarkdown(tree, route, outbox.twins) });
  };
}
