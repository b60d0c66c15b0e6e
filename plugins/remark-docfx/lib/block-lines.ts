/**
 * Paragraph lines. Several DocFX constructs are line-based (`[!NOTE]` markers, `{% step %}`
 * tags, `::: zone` fences) but CommonMark folds their lines into ordinary paragraphs, so the
 * transforms split a paragraph's inline content back into physical lines, classify each line,
 * and rebuild paragraphs from the lines in between. Inline nodes spanning a line end stay on
 * their first line.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { linePosition } from './block-types.ts';

/** One physical line of a paragraph. */
export interface ParagraphLine {
  nodes: PhrasingContent[];
  /** Plain text of the line (link text included), for matching markers and tags. */
  text: string;
  /** 1-based line in the file holding the paragraph (undefined without a position). */
  line?: number;
}

/**
 * Split `paragraph` into its lines.
 * @example splitLines(p('[!NOTE]\nText')).map((l) => l.text) // → ['[!NOTE]', 'Text']
 */
export function splitLines(paragraph: Paragraph): ParagraphLine[] {
  const groups: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    const current = () => groups[groups.length - 1];
    if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((part, index) => {
        if (index > 0) groups.push([]);
        if (part !== '') current().push({ type: 'text', value: part });
      });
    } else {
      current().push(child);
      if (child.type === 'break') groups.push([]);
    }
  }
  const first = paragraph.position?.start.line;
  return groups.map((nodes, index) => ({
    nodes,
    text: textOf(nodes).trim(),
    line: first === undefined ? undefined : first + index,
  }));
}

/** Plain text of inline nodes; most lines are text nodes only, which need no tree walk. */
const textOf = (nodes: PhrasingContent[]): string =>
  nodes.every((node) => node.type === 'text') ? nodes.map((node) => (node as { value: string }).value).join('') : toString({ type: 'paragraph', children: nodes });

/**
 * Rebuild a paragraph from consecutive lines (undefined when they hold only whitespace).
 * @example joinLines(splitLines(p('a\nb')).slice(1)) // → paragraph 'b'
 */
export function joinLines(lines: ParagraphLine[]): Paragraph | undefined {
  if (lines.every((line) => line.text === '' && line.nodes.every((node) => node.type === 'text'))) return undefined;
  const children: PhrasingContent[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (index > 0 && previous.nodes.at(-1)?.type !== 'break') children.push({ type: 'text', value: '\n' });
    children.push(...line.nodes);
  });
  const paragraph: Paragraph = { type: 'paragraph', children };
  const from = lines[0].line;
  const to = lines[lines.length - 1].line;
  if (from !== undefined && to !== undefined) paragraph.position = linePosition(from, to);
  return paragraph;
}

/** A paragraph piece or a classified line, in source order. */
export type LineUnit<T> = { kind: 'block'; node: Paragraph } | { kind: 'tag'; tag: T; line: ParagraphLine };

/** How `cutParagraph` offers lines to its classifier. */
export interface CutOptions {
  /** Offer lines holding any inline content, not only plain text (and autolinks). */
  anyInline?: boolean;
  /**
   * Text every line the classifier recognises starts with (after trimming). A paragraph whose
   * text does not contain it is not split at all: splitting every paragraph of a page, for
   * each block transform, was most of their cost.
   */
  lineStart?: string;
}

/**
 * Cut `paragraph` at every line `classify` recognises; untouched paragraphs come back as one
 * block unit (same object, so positions stay exact). Only lines of plain text (and autolinks)
 * are offered to `classify` unless `anyInline` is set.
 */
export function cutParagraph<T>(
  paragraph: Paragraph,
  classify: (line: ParagraphLine) => T | undefined,
  { anyInline = false, lineStart }: CutOptions = {},
): LineUnit<T>[] {
  // A line's text is a contiguous piece of the paragraph's text, so it cannot start with
  // `lineStart` when the whole text does not contain it.
  if (lineStart !== undefined && !toString(paragraph).includes(lineStart)) return [{ kind: 'block', node: paragraph }];
  const lines = splitLines(paragraph);
  const tags = lines.map((line) => (anyInline || line.nodes.every(isPlain) ? classify(line) : undefined));
  if (tags.every((tag) => tag === undefined)) return [{ kind: 'block', node: paragraph }];
  const units: LineUnit<T>[] = [];
  let pending: ParagraphLine[] = [];
  const flush = () => {
    const node = pending.length > 0 ? joinLines(pending) : undefined;
    if (node) units.push({ kind: 'block', node });
    pending = [];
  };
  lines.forEach((line, index) => {
    const tag = tags[index];
    if (tag === undefined) pending.push(line);
    else {
      flush();
      units.push({ kind: 'tag', tag, line });
    }
  });
  flush();
  return units;
}

// Marker and tag lines are plain text; an autolinked URL (video lines) counts as plain too.
const isPlain = (node: PhrasingContent): boolean => node.type === 'text' || node.type === 'link' || node.type === 'break';
