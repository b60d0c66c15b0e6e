/**
 * Parsing with the processor's own syntax extensions (GFM, directives …), so included files
 * parse exactly like the page. Also the inline parse of spec §5.2: an inline include's text is
 * read as inline content only — block syntax stays literal, blank lines become one space.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';

/** Parses prepared Markdown text into an mdast tree. */
export type MarkdownParser = (text: string) => Root;

/** Where the processor keeps its syntax extensions (remark-parse reads the same keys). */
interface ExtensionData {
  data(key: 'micromarkExtensions'): FromMarkdownOptions['extensions'];
  data(key: 'fromMarkdownExtensions'): FromMarkdownOptions['mdastExtensions'];
}

/**
 * A parser using the extensions registered on `processor` at call time.
 * @example createParser(unified().use(remarkGfm))('~~x~~').children[0].children[0].type // → 'delete'
 */
export function createParser(processor: unknown): MarkdownParser {
  const source = processor as ExtensionData;
  return (text) =>
    fromMarkdown(text, {
      extensions: source.data('micromarkExtensions') ?? [],
      mdastExtensions: source.data('fromMarkdownExtensions') ?? [],
    });
}

/** A line start that would open a block in a paragraph continuation (or the first line). */
const BLOCK_START = /^(#{1,6}(?:[ \t]|$)|>|[-+*][ \t]|\d{1,9}[.)](?:[ \t]|$)|`{3,}|~{3,}|[-_*=](?:[ \t]*[-_*=]){2,}[ \t]*$|=+[ \t]*$|-+[ \t]*$|\[[^\]]+\]:|:{2,})/;

/**
 * Parse text as inline content only (spec §5.2): leading/trailing whitespace trimmed, each
 * line's block marker escaped, blank-line runs joined by one space. Node lines are mapped back
 * to the file's lines.
 * @example parseInline(parse, '## x\n\nwel **vet**', 1).children // → [text '## x wel ', strong]
 */
export function parseInline(parse: MarkdownParser, text: string, firstLine: number): { children: PhrasingContent[]; text: string } {
  const lines = text.split('\n');
  const kept: { text: string; line: number }[] = [];
  let pendingSpace = false;
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '') {
      pendingSpace = kept.length > 0;
      continue;
    }
    const escaped = BLOCK_START.test(trimmed) ? escapeBlockStart(trimmed) : trimmed;
    if (pendingSpace && kept.length > 0) kept[kept.length - 1].text += ` ${escaped}`;
    else kept.push({ text: escaped, line: firstLine + index });
    pendingSpace = false;
  }
  if (kept.length === 0) return { children: [], text: '' };
  const joined = kept.map((entry) => entry.text).join('\n');
  const tree = parse(joined);
  visit(tree, (node) => {
    if (!node.position) return;
    node.position.start.line = kept[node.position.start.line - 1]?.line ?? firstLine;
    node.position.end.line = kept[node.position.end.line - 1]?.line ?? firstLine;
  });
  return { children: tree.children.flatMap(phrasingOf), text: joined };
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
  if (block.type === 'definition') return [{ type: 'text', value: `[${block.label ?? block.identifier}]: ${block.url}` }];
  if ('value' in block && typeof block.value === 'string') return [{ type: 'text', value: block.value, position: block.position }];
  if ('children' in block) return (block.children as RootContent[]).flatMap(phrasingOf);
  return [];
}
