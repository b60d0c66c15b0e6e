/**
 * Access to the source text behind mdast positions, for the few places where the tree has
 * lost information the dialect needs: verbatim directive restoration (spec §14.5) and telling
 * a `>` continuation line from a lazy one (spec §6.1). Files are read once per context.
 */
import type { Node } from 'unist';
import type { DocfxContext } from './contracts.ts';
import { createLineIndex, normalizeText, type LineIndex } from './text.ts';

// Keyed by context so each rendered page reads each file at most once, then is collected.
const linesByContext = new WeakMap<DocfxContext, Map<string, LineIndex | null>>();

function linesOf(ctx: DocfxContext, file: string): LineIndex | null {
  let cache = linesByContext.get(ctx);
  if (!cache) linesByContext.set(ctx, (cache = new Map()));
  if (!cache.has(file)) {
    const text = ctx.sourceText?.(file) ?? ctx.readText(file);
    cache.set(file, text === undefined ? null : createLineIndex(normalizeText(text)));
  }
  return cache.get(file) ?? null;
}

/**
 * Text of physical line `line` of the file holding `node`, or undefined when unknown.
 * @example sourceLine(ctx, paragraph, 3) // → '> [!NOTE]'
 */
export function sourceLine(ctx: DocfxContext, node: Node, line: number): string | undefined {
  const lines = linesOf(ctx, ctx.sourceOf(node));
  if (!lines) return undefined;
  const text = lines.line(line);
  return text === '' && line < 1 ? undefined : text;
}

/**
 * Exact source text of a node that starts and ends on one line, or undefined (multi-line,
 * no position, or the file is unavailable).
 * @example sourceSlice(ctx, textDirective) // → ':Opslaan'
 */
export function sourceSlice(ctx: DocfxContext, node: Node): string | undefined {
  const position = node.position;
  if (!position || position.start.line !== position.end.line) return undefined;
  const line = sourceLine(ctx, node, position.start.line);
  return line?.slice(position.start.column - 1, position.end.column - 1);
}
