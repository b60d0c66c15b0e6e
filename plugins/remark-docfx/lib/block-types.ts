/**
 * The one custom mdast node of the block transforms: `docfxBlock`, a container that
 * remark-rehype turns into the element named by `data.hName` (alerts, tab groups, panels,
 * steppers, videos …). Declared once here so every transform and consumer agrees on it.
 */
import type { Properties, ElementContent } from 'hast';
import type { Data, Parent, RootContent } from 'mdast';
import type { Position } from 'unist';

/** A rendered container: `<hName …hProperties>children</hName>`. */
export interface DocfxBlock extends Parent {
  type: 'docfxBlock';
  children: RootContent[];
  data: Data & { hName: string; hProperties?: Properties; hChildren?: ElementContent[] };
}

declare module 'mdast' {
  interface RootContentMap {
    docfxBlock: DocfxBlock;
  }
  interface BlockContentMap {
    docfxBlock: DocfxBlock;
  }
  interface PhrasingContentMap {
    docfxBlock: DocfxBlock;
  }
}

/**
 * Build a `docfxBlock`.
 * @example createBlock('div', { dataAlert: 'note' }, []) // → { type: 'docfxBlock', data: { hName: 'div', … }, children: [] }
 */
export function createBlock(
  hName: string,
  hProperties: Properties,
  children: RootContent[],
  position?: Position,
): DocfxBlock {
  const block: DocfxBlock = { type: 'docfxBlock', data: { hName, hProperties }, children };
  if (position) block.position = position;
  return block;
}

/** True for a node that has children. */
export const isParent = (node: unknown): node is Parent =>
  typeof node === 'object' && node !== null && Array.isArray((node as Parent).children);

/** Parents whose children are inline content or table parts: no block can sit below them. */
const INLINE_HOLDERS = new Set(['paragraph', 'heading', 'table', 'tableRow', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'textDirective', 'leafDirective']);

/**
 * True for a node whose children may be blocks (root, quotes, lists, items, rendered
 * containers, unknown parents): where the block transforms look for their constructs. Not
 * descending into paragraphs and tables saves most of their tree walks.
 */
export const holdsBlocks = (node: unknown): node is Parent => isParent(node) && !INLINE_HOLDERS.has(node.type);

/** A position covering whole lines `from`–`to` (columns unknown), for split-off fragments. */
export const linePosition = (from: number, to: number): Position => ({
  start: { line: from, column: 1 },
  end: { line: to, column: 1 },
});
