/**
 * Last touches on a page body for readers, applied when the page is written (the stored,
 * rendered HTML stays the spec's contract output):
 * - code blocks are keyboard-focusable and wide tables scroll inside their own focusable,
 *   labelled region, so a 390 px page never scrolls sideways and keyboard users can scroll
 *   them (axe `scrollable-region-focusable`);
 * - unless writers' diagnostics are shown (dev preview, `SIGNPOST_SHOW_PROBLEMS=1`), a failed
 *   include or snippet shows a short localized notice instead of its bare link text (DocFX
 *   shows readers nothing); the `data-include-error`/`data-snippet-error` hooks stay.
 * String edits, not a parse: the body comes from our own serializer, where `<pre`/`<table`
 * only start tags (text has `&lt;`), and error elements hold plain text only.
 */
import { escapeHtml } from './sidebar-html.ts';

/** What `prepareForReaders` needs. */
export interface ReaderHtmlOptions {
  /** Keep failed includes as they render for writers. */
  showProblems: boolean;
  /** Localized "This part of the page is not available". */
  unavailable: string;
  /** Localized accessible name of the n-th table's scroll region (landmark names must be unique). */
  tableLabel(n: number): string;
}

const FAILED_PART = /<(div|span)(\s[^>]*\bdata-(?:include|snippet)-error\b[^>]*)>[^<]*<\/\1>/g;

/**
 * Example: `<pre><code>x</code></pre>` → `<pre tabindex="0"><code>x</code></pre>`;
 * `<i class="ph-gear" aria-label="Gear"></i>` → `<i role="img" class="ph-gear" aria-label="Gear"></i>`;
 * `<div data-include-error="missing">Table</div>` → `<div data-include-error="missing" class="sp-unavailable" data-pagefind-ignore>This part …</div>`.
 */
export function prepareForReaders(html: string, options: ReaderHtmlOptions): string {
  let tables = 0;
  let out = html
    .replace(/<pre(?=[\s>])(?![^>]*\stabindex=)/g, '<pre tabindex="0"')
    // An icon such as `<i class="ph ph-gear" aria-label="Gear">` (raw HTML in the corpus) may carry
    // a name only with a role (axe aria-prohibited-attr): it is an image.
    .replace(/<i(?=\s)(?![^>]*\srole=)(?=[^>]*\saria-label=)/g, '<i role="img"')
    .replace(/<table(?=[\s>])/g, () => `<div class="sp-table" role="region" tabindex="0" aria-label="${escapeHtml(options.tableLabel(++tables))}"><table`)
    .replace(/<\/table>/g, '</table></div>');
  if (!options.showProblems) {
    const notice = escapeHtml(options.unavailable);
    out = out.replace(FAILED_PART, (_, tag: string, attributes: string) =>
      `<${tag}${attributes.replace(/\sclass="[^"]*"/, '')} class="sp-unavailable" data-pagefind-ignore>${notice}</${tag}>`);
  }
  return out;
}

/**
 * Whether pages show writers' diagnostics (problem count, outlines, failed includes as
 * written): in the dev preview, or in a build with `SIGNPOST_SHOW_PROBLEMS=1`.
 * Example: `showsProblems({ SIGNPOST_SHOW_PROBLEMS: '1' }, false)` → `true`.
 */
export function showsProblems(env: NodeJS.ProcessEnv, dev: boolean): boolean {
  return dev || /^(1|true|yes)$/i.test(env.SIGNPOST_SHOW_PROBLEMS ?? '');
}
