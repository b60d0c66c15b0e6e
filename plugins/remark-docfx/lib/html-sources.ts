/**
 * Which file holds a piece of raw HTML, for messages raised after the Markdown stage
 * (`rehypeDocfx`'s `html-removed`): the remark stage records the page and the spans of the raw
 * HTML nodes that came from include files (positions there index the include file), and the
 * rehype stage looks an element's start up among them.
 */
import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';

interface HtmlSpan {
  source: string;
  startLine: number;
  endLine: number;
  startOffset: number;
  endOffset: number;
}

declare module 'vfile' {
  interface DataMap {
    /** The page and the included raw HTML spans (set by the plugin, read by `htmlSourceOf`). */
    docfxHtmlSources: { page: string; included: HtmlSpan[] };
  }
}

/**
 * Record the page path and the included raw HTML of `tree` on `file` (after include expansion).
 * @example recordHtmlSources(tree, file, 'nl/a.md')
 */
export function recordHtmlSources(tree: Root, file: VFile, page: string, hasIncludes: boolean): void {
  const included: HtmlSpan[] = [];
  if (hasIncludes) {
    walk(tree, 'html', (node) => {
      const source = node.data?.docfxSource;
      const position = node.position;
      if (!source || source === page || !position || position.start.offset === undefined || position.end.offset === undefined) return;
      included.push({ source, startLine: position.start.line, endLine: position.end.line, startOffset: position.start.offset, endOffset: position.end.offset });
    });
  }
  file.data.docfxHtmlSources = { page, included };
}

/**
 * The content-root file holding the HTML that starts at `point`: an include file whose raw HTML
 * span covers it, else the page; undefined when the plugin did not run.
 * @example htmlSourceOf(file, element.position?.start) // → 'nl/includes/x.md'
 */
export function htmlSourceOf(file: VFile, point: Point | undefined): string | undefined {
  const sources = file.data.docfxHtmlSources;
  if (!sources) return undefined;
  if (point?.offset !== undefined) {
    const span = sources.included.find(
      (candidate) => candidate.startOffset <= point.offset! && point.offset! < candidate.endOffset && candidate.startLine <= point.line && point.line <= candidate.endLine,
    );
    if (span) return span.source;
  }
  return sources.page;
}
