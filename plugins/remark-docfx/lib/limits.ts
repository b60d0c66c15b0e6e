/**
 * Rendering always completes (spec §2.3, issue 17): a page nested deeper than `MAX_DEPTH`
 * (a list 1,000 levels deep, 2,000 blockquotes) is cut at that depth right after parsing, before
 * any recursive step (tree walks, mdast → hast, HTML serialisation) can overflow the stack; the
 * cut is reported as `render-limit` at the line of the first node that went.
 */
import type { Nodes, Root, RootContent } from 'mdast';

/** Deepest nesting of Markdown nodes kept: far beyond any real page (the corpora reach ~12). */
export const MAX_DEPTH = 100;
/** Most include expansions in one page (the corpora use < 60); beyond it, directives stay unexpanded. */
export const MAX_INCLUDE_EXPANSIONS = 2_000;

declare module 'mdast' {
  interface RootData {
    /** Lines where `limitDepth` cut the tree. */
    docfxTruncated?: number[];
  }
}

/**
 * Cut every subtree below `MAX_DEPTH` (iteratively: the walk itself cannot overflow) and
 * record the lines cut on `tree.data.docfxTruncated`. Returns the tree.
 * @example limitDepth(parse('>'.repeat(2000) + ' x')).data?.docfxTruncated // → [1]
 */
export function limitDepth(tree: Root, maxDepth = MAX_DEPTH): Root {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  const cut: number[] = [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!('children' in node) || node.children.length === 0) continue;
    if (depth >= maxDepth) {
      const line = (node.children[0] as RootContent).position?.start.line ?? node.position?.start.line ?? 1;
      cut.push(line);
      node.children = [{ type: 'text', value: '…' }] as never;
      continue;
    }
    for (const child of node.children) stack.push({ node: child as Nodes, depth: depth + 1 });
  }
  if (cut.length > 0) tree.data = { ...tree.data, docfxTruncated: [...new Set(cut)].sort((a, b) => a - b).slice(0, 1) };
  return tree;
}

/** Widest indentation parsed as written: the Markdown parser's time grows steeply with list depth (200 levels: seconds; 1,000: minutes). */
export const MAX_INDENT = 100;
// Only indentation before content: a line of nothing but spaces is blank (prepare.ts blanks front
// matter to spaces, so a long `description:` line must not count as deep nesting).
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_INDENT + 1},}(?=[^ \\t\\n])`, 'gm');

/**
 * `text` with every indentation wider than `MAX_INDENT` cut to it (the lines stay; a list that
 * deep is flattened there) and the lines cut, for a `render-limit` message.
 * @example clampIndentation(' '.repeat(300) + '- x').lines // → [1]
 */
export function clampIndentation(text: string): { text: string; lines: number[] } {
  DEEP_INDENT.lastIndex = 0;
  if (!DEEP_INDENT.test(text)) return { text, lines: [] };
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  const clamped = text.replace(DEEP_INDENT, (_match, offset: number) => {
    for (let index = text.indexOf('\n', counted); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++, (counted = index + 1);
    lines.push(line);
    return ' '.repeat(MAX_INDENT);
  });
  return { text: clamped, lines };
}
