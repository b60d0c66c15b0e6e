/**
 * The words of a built page that Pagefind indexes: the text inside its `data-pagefind-body`
 * element, outside `script`, `style`, `pre`, `code` and `data-pagefind-ignore` elements, with
 * each word's offset in the HTML so a caller can mark it in place (search-terms.ts).
 * The HTML is the build's own serialisation, so a tag tokenizer that honours quoted
 * attribute values is enough; no DOM is built (2,000 pages per build).
 */

/** One word of the indexed text: letters only, as written, at `offset` in the HTML. */
export interface PageWord {
  text: string;
  offset: number;
  /** Inside h1–h6, where Pagefind weighs words higher. */
  inHeading: boolean;
  /**
   * For a word inside an element whose text Pagefind captures as metadata (`data-pagefind-meta="keywords"`):
   * the offset just after that element's end tag, the first place outside the metadata.
   */
  afterMeta?: number;
}

const TAG = /<!--[\s\S]*?-->|<\/?([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const WORD_OR_ENTITY = /&[#\w]+;|[\p{L}\p{M}]+/gu;
const SKIPPED = new Set(['script', 'style', 'pre', 'code', 'template', 'svg']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const HEADING = /^h[1-6]$/;

/**
 * Whether `attributes` hold a `data-pagefind-meta` that captures the element's text: a key
 * without `[attribute]` or `:value` (an inline `key:value` is last and takes the rest, commas too).
 * Example: `' data-pagefind-meta="keywords"'` → true; `' data-pagefind-meta="title:A, b"'` → false.
 */
function capturesMeta(attributes: string): boolean {
  const value = /\sdata-pagefind-meta="([^"]*)"/.exec(attributes)?.[1];
  if (value === undefined) return false;
  for (const item of value.split(',')) {
    if (item.includes(':')) return false;
    if (!item.includes('[') && item.trim() !== '') return true;
  }
  return false;
}

/**
 * Lists the indexed words of `html` in document order. A page without `data-pagefind-body`
 * has none (Pagefind skips it too).
 * @example pageWords('<article data-pagefind-body><h1>Import</h1><p>Zie <code>x</code> hier</p></article>')
 *   // → [{ text: 'Import', offset: 33, inHeading: true }, { text: 'Zie', … }, { text: 'hier', … }]
 */
export function pageWords(html: string): PageWord[] {
  const words: PageWord[] = [];
  const open: string[] = []; // element names open inside the body, innermost last
  let bodyDepth = -1; // open.length at which the body element sits; -1 = not inside it
  let skipDepth = -1; // open.length of the outermost skipped element; -1 = not skipping
  let metaDepth = -1; // open.length of the outermost metadata element; -1 = not inside one
  let inMeta: PageWord[] = [];
  let headings = 0;
  let textStart = 0;
  const collect = (end: number) => {
    if (bodyDepth < 0 || skipDepth >= 0 || end <= textStart) return;
    for (const match of html.slice(textStart, end).matchAll(WORD_OR_ENTITY)) {
      if (match[0][0] === '&') continue;
      const word: PageWord = { text: match[0], offset: textStart + match.index, inHeading: headings > 0 };
      words.push(word);
      if (metaDepth >= 0) inMeta.push(word);
    }
  };
  for (const tag of html.matchAll(TAG)) {
    collect(tag.index);
    textStart = tag.index + tag[0].length;
    const name = tag[1]?.toLowerCase();
    if (!name) continue; // a comment
    if (tag[0][1] === '/') {
      const at = open.lastIndexOf(name);
      if (at < 0) continue;
      for (const closed of open.splice(at)) if (HEADING.test(closed)) headings--;
      if (skipDepth > open.length) skipDepth = -1;
      if (bodyDepth > open.length) bodyDepth = -1;
      if (metaDepth > open.length) {
        for (const word of inMeta) word.afterMeta = textStart;
        metaDepth = -1;
        inMeta = [];
      }
      continue;
    }
    if (VOID.has(name) || tag[0].endsWith('/>')) continue;
    const attributes = tag[2] ?? '';
    if (bodyDepth < 0 && /\sdata-pagefind-body\b/.test(attributes)) bodyDepth = open.length + 1;
    if (bodyDepth >= 0 && skipDepth < 0 && (SKIPPED.has(name) || /\sdata-pagefind-ignore\b/.test(attributes))) skipDepth = open.length + 1;
    if (bodyDepth >= 0 && metaDepth < 0 && capturesMeta(attributes)) metaDepth = open.length + 1;
    if (HEADING.test(name)) headings++;
    open.push(name);
  }
  collect(html.length);
  return words;
}
