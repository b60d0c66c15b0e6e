/**
 * Worker thread that renders a share of the pages while the loader renders the rest, so a build
 * uses a second core. Runs under the plugin's worker pool (`serveWorkerPaths`): it scans the
 * content root itself, builds the same unified processor from `markdownOptions`, and renders
 * each page of its share with the metadata the loader scanned; the result carries the page's
 * report (messages, reads, links and, in a build with twins, the Markdown twin) like the
 * loader's own renders.
 */
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { loadSite, readRootText, serveWorkerPaths } from '../../plugins/remark-docfx/index.ts';
import { markdownOptions, type MarkdownSettings } from './markdown-options.ts';
import { rendererFrom, type CaptureOptions, type ProcessorLike, type RenderResult } from './renderer.ts';

/** The settings a render worker receives: the processor's, what to capture, and each page's scanned metadata. */
export interface RenderSettings extends MarkdownSettings, CaptureOptions {
  meta: Record<string, Record<string, unknown>>;
}

void serveWorkerPaths<RenderSettings, RenderResult>(async (settings) => {
  const site = loadSite(settings.contentRoot);
  const processor = unified(markdownOptions(settings)) as unknown as ProcessorLike;
  const render = await rendererFrom(processor, site, { syntaxHighlight: false }, { twins: settings.twins });
  return (path) => {
    const text = readRootText(site, path) ?? '';
    const url = pathToFileURL(`${site.root}${sep}${path.split('/').join(sep)}`);
    return render(text, url, settings.meta[path]);
  };
});
