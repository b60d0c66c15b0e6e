/**
 * Recognising include directives (spec §5.1–§5.2) in a parsed tree. CommonMark reads
 * `[!include[title](path)]` as the text `[!include`, a link `[title](path)` and the text `]`;
 * this module finds that shape, rejects escaped (`\[!include…`) and spaced (`…) ]`) forms, and
 * decides block form (alone on its line in a paragraph) or inline form (anything else).
 */
import type { Link, Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import { walk } from './walk.ts';
import { rawOf, type FileScope } from './file-scope.ts';

const KEYWORD_AT_END = /\[!include[ \t]*$/i;
const ESCAPED_KEYWORD_AT_END = /\\\[!include[ \t]*$/i;

/** The three nodes of one directive inside a phrasing parent. */
export interface IncludeShape {
  before: Text;
  link: Link;
  after: Text;
  /** Text before the directive in `before` (the keyword removed). */
  prefix: string;
  /** Text after the directive in `after` (the `]` removed). */
  suffix: string;
}

/**
 * The include directive whose link sits at `children[index]`, if that is one.
 * @example shapeAt([text('[!include'), link, text(']')], 1)?.prefix // → ''
 */
export function shapeAt(children: PhrasingContent[], index: number): IncludeShape | undefined {
  const [before, link, after] = [children[index - 1], children[index], children[index + 1]];
  if (link?.type !== 'link' || before?.type !== 'text' || after?.type !== 'text') return undefined;
  const keyword = KEYWORD_AT_END.exec(before.value);
  if (!keyword || !after.value.startsWith(']')) return undefined;
  return { before, link, after, prefix: before.value.slice(0, keyword.index), suffix: after.value.slice(1) };
}

/**
 * Block form: first on its line, indented less than 4 columns relative to the paragraph (a
 * lazy line indented further is not a block construct, spec §5.2), and nothing but whitespace
 * after it on that line.
 */
function isAloneOnLine(paragraph: Parents, children: PhrasingContent[], index: number, shape: IncludeShape): boolean {
  const keywordLength = shape.before.value.length - shape.prefix.length;
  const column = (shape.link.position?.start.column ?? 1) - keywordLength;
  if (column - (paragraph.position?.start.column ?? 1) >= 4) return false;
  const startsLine = shape.prefix === '' ? index === 1 : shape.prefix.endsWith('\n');
  const next = children[index + 2];
  const endsLine = /^[ \t]*(\n|$)/.test(shape.suffix) && (shape.suffix.includes('\n') || next === undefined || next.type === 'break');
  return startsLine && endsLine;
}

/**
 * Mark the link of every include directive in one file's tree with `data.docfxInclude`
 * (`'block'` or `'inline'`), so the link step leaves it alone and the include step finds it.
 * @param inlineOnly true for inline-included text, where every directive is inline.
 */
export function markIncludes(tree: Root, scope: FileScope, inlineOnly = false): void {
  walk(tree, (node: Nodes) => {
    if (!('children' in node) || node.type === 'link' || node.type === 'linkReference') return;
    const children = (node as Parents).children as unknown as PhrasingContent[];
    for (let index = 1; index < children.length - 1; index++) {
      const shape = shapeAt(children, index);
      if (!shape || ESCAPED_KEYWORD_AT_END.test(rawOf(scope, shape.before))) continue;
      const block = !inlineOnly && node.type === 'paragraph' && isAloneOnLine(node as Parents, children, index, shape);
      shape.link.data = { ...shape.link.data, docfxInclude: block ? 'block' : 'inline' };
    }
  });
}
