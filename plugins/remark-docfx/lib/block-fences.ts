/**
 * Line-fenced containers shared by GitBook tags (spec §17) and triple-colon blocks (§14):
 * opening and closing lines written inside paragraphs are found with `cutParagraph`, then
 * nested with a stack. A closing line closes the innermost open container of its name (any
 * containers opened inside it end there too); one without an opener stays literal text;
 * containers still open at the end of the parent end there.
 */
import type { Paragraph, Parent, RootContent } from 'mdast';
import { cutParagraph, type ParagraphLine } from './block-lines.ts';

/** A recognised fence line. */
export type FenceLine =
  | { kind: 'open'; name: string; attributes: Record<string, string> }
  | { kind: 'close'; name: string }
  | { kind: 'single'; name: string; attributes: Record<string, string> };

/** An opened container while its content is collected. */
export interface FenceFrame {
  name: string;
  attributes: Record<string, string>;
  children: RootContent[];
  /** The paragraph the opening line was written in (gives file and position for reports). */
  origin: Paragraph;
  line?: number;
}

/** How a container ended: by its own closing line, by an outer closing line, or by the parent's end. */
export type FenceEnd = 'closed' | 'outer-closed' | 'end';

/** The construct-specific part: what is accepted where, and how frames render. */
export interface FenceRules {
  /** Text every fence line starts with (lets paragraphs without it go unsplit). */
  lineStart: string;
  classify(line: ParagraphLine): FenceLine | undefined;
  /** May a container or single line named `name` start inside the frame named `parent` (undefined = top)? */
  accepts(name: string, parent: string | undefined): boolean;
  finish(frame: FenceFrame, end: FenceEnd): RootContent[];
  single?(line: Extract<FenceLine, { kind: 'single' }>, origin: Paragraph, at: ParagraphLine): RootContent[] | undefined;
}

const literal = (line: ParagraphLine): Paragraph => ({
  type: 'paragraph',
  children: line.nodes,
  ...(line.line === undefined ? {} : { position: { start: { line: line.line, column: 1 }, end: { line: line.line, column: 1 } } }),
});

/**
 * Re-nest `parent`'s children around fence lines; returns false (untouched) when none occur.
 * @example nestFences(root, gitbookRules) // '{% hint %}\nx\n{% endhint %}' → [alert]
 */
export function nestFences(parent: Parent, rules: FenceRules): boolean {
  const top: FenceFrame = { name: '', attributes: {}, children: [], origin: { type: 'paragraph', children: [] } };
  const stack: FenceFrame[] = [top];
  let seen = false;
  const current = () => stack[stack.length - 1];
  const parentName = () => (stack.length > 1 ? current().name : undefined);
  const pop = (end: FenceEnd) => {
    const frame = stack.pop()!;
    current().children.push(...rules.finish(frame, end));
  };
  for (const child of parent.children as RootContent[]) {
    const units = child.type === 'paragraph' ? cutParagraph(child, rules.classify, { lineStart: rules.lineStart }) : [{ kind: 'block' as const, node: child }];
    for (const unit of units) {
      if (unit.kind === 'block') {
        current().children.push(unit.node as RootContent);
        continue;
      }
      const fence = unit.tag;
      const origin = child as Paragraph;
      if (fence.kind === 'close') {
        const at = stack.findLastIndex((frame, index) => index > 0 && frame.name === fence.name);
        if (at === -1) current().children.push(literal(unit.line));
        else {
          seen = true;
          while (stack.length - 1 > at) pop('outer-closed');
          pop('closed');
        }
      } else if (!rules.accepts(fence.name, parentName())) {
        // `{% step %}` inside an unclosed step: the open step ends here (it is reported
        // unclosed) when an enclosing container accepts the new one; otherwise literal text.
        const host = stack.findLastIndex((frame, index) => rules.accepts(fence.name, index === 0 ? undefined : frame.name));
        if (host === -1 || fence.kind !== 'open') current().children.push(literal(unit.line));
        else {
          while (stack.length - 1 > host) pop('outer-closed');
          seen = true;
          stack.push({ name: fence.name, attributes: fence.attributes, children: [], origin, line: unit.line.line });
        }
      } else if (fence.kind === 'open') {
        seen = true;
        stack.push({ name: fence.name, attributes: fence.attributes, children: [], origin, line: unit.line.line });
      } else {
        const rendered = rules.single?.(fence, origin, unit.line);
        if (rendered) seen = true;
        current().children.push(...(rendered ?? [literal(unit.line)]));
      }
    }
  }
  if (!seen && stack.length === 1) return false;
  while (stack.length > 1) pop('end');
  parent.children = top.children as never[];
  return true;
}

const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*"([^"]*)"/g;

/**
 * `key="value"` pairs of a tag's argument text (names lower-cased; other text ignored).
 * @example parseAttributes('style="info" x=1') // → { style: 'info' }
 */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    if (!(key in attributes)) attributes[key] = value;
  }
  return attributes;
}
