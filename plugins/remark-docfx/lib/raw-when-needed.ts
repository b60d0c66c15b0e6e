/**
 * rehype-raw only where it can change something. rehype-raw re-parses the whole HTML tree with
 * parse5 so that raw HTML becomes elements; on a page without raw HTML that round trip is an
 * identity — provided the tree is one the HTML parser would build as it is. `isParse5Stable`
 * checks exactly that, conservatively: only elements, nestings and property values for which
 * parse5's tree construction is a plain insert and pop (and the properties survive hast →
 * attributes → hast) pass; anything else still goes through rehype-raw. The raw snippets
 * most pages hold — a whole HTML comment, a bare `<br>`, `<see cref='…'>…</see>`, icons and
 * anchors — are first turned into what parse5 makes of them (raw-snippets.ts), when they are
 * the page's only raw HTML.
 * test/remark-docfx/raw-when-needed.test.ts checks all this on generated trees against rehype-raw.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { PAIRED_ELEMENTS, PAIRED_STRING_PROPERTIES, resolveRawSnippets } from './raw-snippets.ts';

/** Elements parse5 inserts and pops as they are, within the rules of `stableElement`. */
const ELEMENTS = new Set([
  'a', 'abbr', 'article', 'aside', 'b', 'blockquote', 'br', 'button', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl',
  'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'input', 'ins',
  'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary',
  'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr', ...PAIRED_ELEMENTS,
]);

/** Elements without content. */
const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr']);

/** Start tags that close an open `p` (HTML "in body" rules): never inside a `p` here. */
const CLOSES_P = new Set([
  'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements that must sit in a given parent (else parse5 moves, closes or implies elements). */
const REQUIRED_PARENT: Record<string, readonly string[]> = {
  li: ['ul', 'ol'],
  dd: ['dl'],
  dt: ['dl'],
  thead: ['table'],
  tbody: ['table'],
  tfoot: ['table'],
  tr: ['thead', 'tbody', 'tfoot'],
  td: ['tr'],
  th: ['tr'],
};

/** Table parts: their element children must name them in REQUIRED_PARENT, their text must be blank. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** Properties whose string (or number) value comes back as the same attribute text. */
const STRING_PROPERTIES = new Set(['href', 'src', 'alt', 'title', 'id', 'target', 'lang', 'type', 'align', 'role', ...PAIRED_STRING_PROPERTIES]);

/** Boolean attributes: `true` round-trips. */
const BOOLEAN_PROPERTIES = new Set(['checked', 'disabled', 'hidden', 'open']);

/** Where in the tree an element sits. */
interface Context {
  parent: string | undefined;
  inP: boolean;
  inHeading: boolean;
  inLink: boolean;
  inButton: boolean;
}

/** A property value the hast → attribute → hast round trip gives back unchanged (as HTML). */
function stableProperty(key: string, value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true; // dropped either way
  if (value === true) return BOOLEAN_PROPERTIES.has(key);
  if (key === 'className') return Array.isArray(value) && value.every((name) => typeof name === 'string' && /^\S+$/.test(name));
  const plain = STRING_PROPERTIES.has(key) || key === 'start' || /^data[A-Z-]/.test(key);
  return plain && (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)));
}

function stableChildren(children: readonly (RootContent | ElementContent)[], context: Context): boolean {
  const inTablePart = context.parent !== undefined && TABLE_PARTS.has(context.parent);
  for (const child of children) {
    if (child.type === 'text') {
      // Text directly in a table part is moved before the table unless it is blank.
      if (inTablePart && !/^[ \t\n\f\r]*$/.test(child.value)) return false;
    } else if (child.type === 'element') {
      if (!stableElement(child, context)) return false;
    } else if (child.type !== 'comment') {
      return false; // raw HTML, doctypes: rehype-raw's work
    }
  }
  return true;
}

function stableElement(element: Element, context: Context): boolean {
  const name = element.tagName;
  if (!ELEMENTS.has(name) || element.content) return false;
  if (CLOSES_P.has(name) && context.inP) return false;
  if ((HEADINGS.has(name) && context.inHeading) || (name === 'a' && context.inLink) || (name === 'button' && context.inButton)) return false;
  const parents = REQUIRED_PARENT[name];
  if (parents ? !parents.includes(context.parent ?? '') : context.parent !== undefined && TABLE_PARTS.has(context.parent)) return false;
  if (VOID.has(name) && element.children.length > 0) return false;
  // The HTML parser drops a newline right after `<pre>`; rehype-raw does so even when it opens
  // the first text inside an element in the `pre` (`<pre><code>\nx`).
  if (name === 'pre' && /^[\r\n]/.test(firstText(element))) return false;
  for (const key in element.properties) if (!stableProperty(key, element.properties[key])) return false;
  return stableChildren(element.children, {
    parent: name,
    inP: context.inP || name === 'p',
    inHeading: context.inHeading || HEADINGS.has(name),
    inLink: context.inLink || name === 'a',
    inButton: context.inButton || name === 'button',
  });
}

/** The first non-empty text inside `element`, in document order ('' when none). */
function firstText(element: Element): string {
  for (const child of element.children) {
    const value = child.type === 'text' ? child.value : child.type === 'element' ? firstText(child) : '';
    if (value !== '') return value;
  }
  return '';
}

/**
 * True when re-parsing `tree` with parse5 (rehype-raw) would give back the same HTML.
 * @example isParse5Stable(h(null, [h('p', 'a')])) // → true; with a `raw` node → false
 */
export function isParse5Stable(tree: Root): boolean {
  return stableChildren(tree.children, { parent: undefined, inP: false, inHeading: false, inLink: false, inButton: false });
}

/**
 * rehype-raw, skipped on trees it would give back unchanged (see the module comment).
 * @example unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRawWhenNeeded)
 */
export function rehypeRawWhenNeeded(this: Processor, options?: Options) {
  const transform = (rehypeRaw as unknown as (this: Processor, options?: Options) => (tree: Root, file: VFile) => Root).call(this, options);
  return (tree: Root, file: VFile): Root => {
    const undo = resolveRawSnippets(tree);
    if (undo && isParse5Stable(tree)) return tree;
    // Put the snippets back: inside `<pre>`, `<iframe>` … parse5 reads them differently.
    undo?.();
    return transform(tree, file);
  };
}
