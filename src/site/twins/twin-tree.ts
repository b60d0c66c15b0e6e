/**
 * Turns the dialect's final Markdown tree of a page (includes spliced, links resolved, block
 * constructs as `docfxBlock`s) into plain CommonMark + GFM mdast for the page's Markdown twin:
 * alerts become block quotes led by their title in bold, other containers give up their
 * children, build-time HTML (a merge-example table, a video) and raw HTML give up their text,
 * and every site link or image becomes an absolute URL.
 */
import type { ElementContent } from 'hast';
import type { BlockContent, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

/** How site-local URLs become absolute: `absolute('/nl/a/')` → `https://x.example/help/nl/a/`. */
export type Absolutise = (url: string) => string;

const TAG = /<[^>]*>/g;
const COMMENT = /<!--[\s\S]*?-->/g;

/** The text of raw HTML (tags and comments dropped, entities as written), or '' for none. */
const htmlText = (html: string): string => html.replace(COMMENT, '').replace(TAG, ' ').replace(/\s+/g, ' ').trim();

/** Elements whose text stands on a line of its own (a table row is one line, cells spaced). */
const LINE_ELEMENTS = new Set(['p', 'div', 'figcaption', 'caption', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'table']);

/** The text of build-time hast: one line per block element, cells and items separated by spaces. */
function hastText(nodes: readonly ElementContent[]): string {
  return nodes.map((node) => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element') return '';
    const inner = hastText(node.children);
    return LINE_ELEMENTS.has(node.tagName) ? `\n${inner}\n` : ` ${inner} `;
  }).join('');
}

/** Build-time hast (tables, figures) as one paragraph per line of text. */
function hastParagraphs(children: ElementContent[]): Paragraph[] {
  const text = hastText(children);
  return text.split(/\n+/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).map((line) => ({ type: 'paragraph', children: [{ type: 'text', value: line }] }));
}

/**
 * Adjacent text nodes as one, without the spaces a dropped comment left before a line break
 * or at the end (`overwritten. <!-- claim -->` → `overwritten.`).
 */
function joinTexts(children: RootContent[]): RootContent[] {
  const joined: RootContent[] = [];
  for (const child of children) {
    const previous = joined[joined.length - 1];
    if (child.type === 'text' && previous?.type === 'text') previous.value += child.value;
    else joined.push(child);
  }
  for (const [index, child] of joined.entries()) {
    if (child.type !== 'text') continue;
    child.value = child.value.replace(/[ \t]+\n/g, '\n');
    if (index === joined.length - 1) child.value = child.value.trimEnd();
  }
  return joined;
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'html']);

/**
 * Block content with stray phrasing (a tab title, text a container held directly) wrapped in
 * paragraphs: mdast-util-to-markdown would otherwise write the whole parent as one line.
 */
function asBlocks(children: RootContent[]): RootContent[] {
  const blocks: RootContent[] = [];
  for (const child of children) {
    const previous = blocks[blocks.length - 1];
    if (!PHRASING.has(child.type)) blocks.push(child);
    else if (previous?.type === 'paragraph' && (previous.data as { twinWrap?: boolean } | undefined)?.twinWrap) previous.children.push(child as PhrasingContent);
    else blocks.push({ type: 'paragraph', children: [child as PhrasingContent], data: { twinWrap: true } as never });
  }
  for (const block of blocks) if (block.type === 'paragraph' && block.data) delete block.data;
  return blocks;
}

/** Plain replacement nodes for one dialect node (recursively). */
function plainNodes(node: Nodes, absolute: Absolutise, inline: boolean): RootContent[] {
  const data = node.data as { hChildren?: ElementContent[]; hProperties?: Record<string, unknown> } | undefined;
  // Build-time HTML (a directive's table, a video): its text; the element itself has no Markdown.
  if (data?.hChildren) return inline ? [{ type: 'text', value: hastText(data.hChildren).replace(/\s+/g, ' ').trim() }] : hastParagraphs(data.hChildren);
  const properties = data?.hProperties ?? {};
  if (node.type === 'docfxBlock') {
    const flat = node.children.flatMap((child) => plainNodes(child as Nodes, absolute, inline));
    const children = inline ? flat : asBlocks(flat);
    if (properties.dataAlert !== undefined && !inline) return [{ type: 'blockquote', children: children as BlockContent[] }];
    return children;
  }
  if (node.type === 'paragraph' && properties.dataAlertTitle !== undefined) {
    return [{ type: 'paragraph', children: [{ type: 'strong', children: node.children.flatMap((child) => plainNodes(child, absolute, true)) as PhrasingContent[] }] }];
  }
  if (node.type === 'html') {
    const text = htmlText(node.value);
    if (!text) return [];
    return inline ? [{ type: 'text', value: text }] : [{ type: 'paragraph', children: [{ type: 'text', value: text }] }];
  }
  // A shallow copy without `data`: the page's own tree goes on to become its HTML untouched.
  const copy = { ...node } as Nodes;
  delete copy.data;
  if (copy.type === 'link' || copy.type === 'image' || copy.type === 'definition') copy.url = absolute(copy.url);
  if ('children' in node) {
    const childInline = inline || node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'link' || node.type === 'emphasis' || node.type === 'strong';
    const children = node.children.flatMap((child) => plainNodes(child as Nodes, absolute, childInline));
    const listLike = node.type === 'list' || node.type === 'table' || node.type === 'tableRow';
    (copy as { children: RootContent[] }).children = childInline ? joinTexts(children) : listLike ? children : asBlocks(children);
  }
  return [copy as RootContent];
}

/**
 * The twin tree of a page's final dialect tree: a new tree, the page's own is left as it was
 * (the twin is captured in the middle of the page's render, twins/capture-twin.ts).
 * Example: an alert `docfxBlock` (title `Tip`, body `x`) → `> **Tip**\n>\n> x` once serialised.
 */
export function toTwinTree(tree: Root, absolute: Absolutise): Root {
  return { type: 'root', children: asBlocks(tree.children.flatMap((child) => plainNodes(child, absolute, false))) };
}
