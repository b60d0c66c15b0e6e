/**
 * Parsing with the processor's own syntax extensions (GFM, directives …), so included files
 * parse exactly like the page. Also the inline parse of spec §5.2: an inline include's text is
 * read as inline content only — block syntax stays literal, blank lines become one space.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import type { Point } from 'unist';
import { walk } from './walk.ts';
import { subsetFor } from './syntax-subset.ts';
import { clampIndentation, limitDepth } from './limits.ts';
import { syntaxFor } from './mdx-syntax.ts';

/** Parses prepared Markdown text into an mdast tree. */
export type MarkdownParser = (text: string) => Root;

/** Where the processor keeps its syntax extensions (remark-parse reads the same keys). */
interface ExtensionData {
  data(key: 'micromarkExtensions'): FromMarkdownOptions['extensions'];
  data(key: 'fromMarkdownExtensions'): FromMarkdownOptions['mdastExtensions'];
}

/**
 * A parser using the extensions registered on `processor` at call time; with `subsets`, each
 * text is parsed with only the constructs it can contain (syntax-subset.ts; the tree is the same).
 * `mdx` parses MDX (an `.mdx` page); otherwise MDX syntax is left out even when the processor
 * has it (mdx-syntax.ts), and a syntax error of an MDX parse throws (see `parseMdxSafely`).
 * @example createParser(unified().use(remarkGfm))('~~x~~').children[0].children[0].type // → 'delete'
 */
export function createParser(processor: unknown, subsets = true, mdx = false): MarkdownParser {
  const source = processor as ExtensionData;
  return (text) => {
    const full = syntaxFor(source.data('micromarkExtensions') ?? [], source.data('fromMarkdownExtensions') ?? [], mdx);
    // Pathological nesting is cut before the parser sees it (limits.ts): rendering always completes.
    const clamped = clampIndentation(text);
    const tree = limitDepth(fromMarkdown(clamped.text, subsets ? subsetFor(clamped.text, full) : full));
    if (clamped.lines.length > 0) tree.data = { ...tree.data, docfxTruncated: [...new Set([clamped.lines[0], ...(tree.data?.docfxTruncated ?? [])])] };
    return tree;
  };
}

/** A line start that would open a block in a paragraph continuation (or the first line). */
const BLOCK_START = /^(#{1,6}(?:[ \t]|$)|>|[-+*][ \t]|\d{1,9}[.)](?:[ \t]|$)|`{3,}|~{3,}|[-_*=](?:[ \t]*[-_*=]){2,}[ \t]*$|=+[ \t]*$|-+[ \t]*$|\[[^\]]+\]:|:{2,})/;

/**
 * A whole-line reference definition (`[1]: ../x.md "title"`). In an inline include it is not
 * text: DocFX resolves the include's references with it inside the including paragraph.
 */
const DEFINITION_LINE = /^\[(?:[^\]\\]|\\.)+\]:[ \t]*(?:<[^>\n]*>|\S+)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;

/** Where a piece of a joined inline line came from. */
interface Segment {
  /** 1-based column where the piece starts in the joined line. */
  start: number;
  /** File line it came from. */
  line: number;
  /** Leading whitespace removed from that line. */
  leading: number;
  /** Characters added by escaping its block marker. */
  added: number;
}

/**
 * Parse text as inline content only (spec §5.2): leading/trailing whitespace trimmed, each
 * line's block marker escaped, blank-line runs joined by one space. Node lines and columns are
 * mapped back to the file's (so source-line look-ups work); offsets index the returned `text`.
 * Whole-line reference definitions are kept out of the text and parsed after it, so the
 * returned nodes hold them as `definition` nodes (the link step resolves and removes them).
 * @example parseInline(parse, '## x\n\nwel **vet**', 1).children // → [text '## x wel ', strong]
 * @example parseInline(parse, 'zie [a][1]\n\n[1]: b.md', 1).children // → [text 'zie ', linkReference, definition]
 */
export function parseInline(parse: MarkdownParser, text: string, firstLine: number): { children: PhrasingContent[]; text: string } {
  const joined: { text: string; segments: Segment[] }[] = [];
  const definitions: { text: string; segments: Segment[] }[] = [];
  let pendingSpace = false;
  for (const [index, line] of text.split('\n').entries()) {
    const trimmed = line.trim();
    if (trimmed === '') {
      pendingSpace = joined.length > 0;
      continue;
    }
    if (DEFINITION_LINE.test(trimmed)) {
      definitions.push({ text: trimmed, segments: [{ start: 1, line: firstLine + index, leading: line.length - line.trimStart().length, added: 0 }] });
      continue;
    }
    const escaped = BLOCK_START.test(trimmed) ? escapeBlockStart(trimmed) : trimmed;
    const segment = { line: firstLine + index, leading: line.length - line.trimStart().length, added: escaped.length - trimmed.length };
    const last = joined[joined.length - 1];
    if (pendingSpace && last) {
      last.segments.push({ ...segment, start: last.text.length + 2 });
      last.text += ` ${escaped}`;
    } else {
      joined.push({ text: escaped, segments: [{ ...segment, start: 1 }] });
    }
    pendingSpace = false;
  }
  if (joined.length === 0) return { children: [], text: '' };
  // A blank line, then the definitions: they end the paragraph and are blocks of their own.
  if (definitions.length) joined.push({ text: '', segments: [] }, ...definitions);
  const joinedText = joined.map((entry) => entry.text).join('\n');
  const tree = parse(joinedText);
  const mapPoint = (point: Point) => {
    const segments = joined[point.line - 1]?.segments ?? [];
    const segment = segments.findLast((candidate) => candidate.start <= point.column) ?? segments[0];
    if (!segment) return;
    point.line = segment.line;
    point.column = Math.max(segment.leading + 1, point.column - segment.start + segment.leading + 1 - segment.added);
  };
  walk(tree, (node) => {
    if (!node.position) return;
    mapPoint(node.position.start);
    mapPoint(node.position.end);
  });
  return { children: tree.children.flatMap(phrasingOf), text: joinedText };
}

/** Backslash-escape the marker (digits cannot be escaped, so the `.`/`)` after them is). */
function escapeBlockStart(line: string): string {
  const ordered = /^(\d{1,9})([.)])/.exec(line);
  return ordered ? `${ordered[1]}\\${line.slice(ordered[1].length)}` : `\\${line}`;
}

/** Phrasing content of a block that slipped through the escaping (kept, never dropped). */
function phrasingOf(block: RootContent): PhrasingContent[] {
  if (block.type === 'paragraph' || block.type === 'heading') return block.children;
  if (block.type === 'html') return [block];
  // Kept as a node among the phrasing: the link step resolves the include's references with it
  // and then removes it (links.ts), so it never renders.
  if (block.type === 'definition') return [block as unknown as PhrasingContent];
  if ('value' in block && typeof block.value === 'string') return [{ type: 'text', value: block.value, position: block.position }];
  if ('children' in block) return (block.children as RootContent[]).flatMap(phrasingOf);
  return [];
}
