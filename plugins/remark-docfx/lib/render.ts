/**
 * `renderPage`: one entry of the render contract (spec §2.4) — a content page, a redirect stub
 * or a `toc.yml` — as HTML plus its `docfx` messages, metadata and headings.
 */
import { VFile } from 'vfile';
import type { DocfxMessage, RenderedPage, SiteIndex } from './contracts.ts';
import { isRuleId } from './contracts.ts';
import type { Options } from './options.ts';
import { createDocfxProcessor } from './pipeline.ts';
import { readRootText } from './root-files.ts';
import { renderToc } from './toc.ts';

/** Options of `renderPage`: the plugin options plus a processor to reuse across pages. */
export interface RenderOptions extends Omit<Options, 'site' | 'root'> {
  /** A processor from `createDocfxProcessor(site)`, reused to avoid re-creating one per page. */
  processor?: ReturnType<typeof createDocfxProcessor>;
}

/**
 * The contract messages of a rendered vfile: only dialect (`docfx`) messages; portal
 * (`signpost`) ones stay on the vfile for the site build.
 * @example docfxMessagesOf(file) // → [{ ruleId: 'link-broken', file: 'nl/a.md', line: 3, … }]
 */
export function docfxMessagesOf(file: VFile): DocfxMessage[] {
  return file.messages
    .filter((message) => message.source === 'docfx' && isRuleId(message.ruleId))
    .map((message) => ({
      ruleId: message.ruleId as DocfxMessage['ruleId'],
      file: message.file ?? '',
      line: message.line ?? 1,
      ...(message.column ? { column: message.column } : {}),
      message: message.reason,
      fatal: false as const,
    }));
}

/**
 * The vfile of page `path` as the processors read it (its text from the content root, with
 * `docfxPath` set for the dialect), or undefined when it cannot be read.
 * Example: `processor.processSync(pageFile(site, 'nl/a.md')!)`.
 */
export function pageFile(site: SiteIndex, path: string): VFile | undefined {
  const text = readRootText(site, path);
  if (text === undefined) return undefined;
  const file = new VFile({ path: `${site.root}/${path}`, value: text });
  file.data.docfxPath = path;
  return file;
}

/**
 * Render the file at content-root path `path`.
 * @example renderPage(site, 'nl/admin/import/index.md').route // → '/nl/admin/import/'
 */
export function renderPage(site: SiteIndex, path: string, options: RenderOptions = {}): RenderedPage {
  const entry = site.files.get(path);
  if (entry?.kind === 'toc') return renderToc(site, path);
  const processor = options.processor ?? createDocfxProcessor(site, options);
  const file = pageFile(site, path);
  if (!file) {
    return { file: path, route: null, html: '', messages: [], meta: {}, headings: [] };
  }
  const html = String(processor.processSync(file));
  return {
    file: path,
    route: entry?.route ?? null,
    html,
    messages: docfxMessagesOf(file),
    meta: file.data.docfxMeta ?? {},
    headings: file.data.docfxHeadings ?? [],
  };
}
