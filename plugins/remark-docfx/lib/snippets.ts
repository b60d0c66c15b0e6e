/**
 * Code snippets (spec §12): `[!code-<lang>[name](path<selector>)]` alone on its line becomes
 * `pre > code.language-<lang>` with the selected lines of the file (escaped, no Markdown).
 * Paths resolve like includes through `ctx.resolvePath` (nothing outside the root is read);
 * a missing file, range or region raises `snippet-missing` and leaves `data-snippet-error`.
 * The directive is re-read from the source line, because link resolution has already
 * rewritten the `(path)` part of the parsed tree.
 */
import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import type { DocfxContext } from './contracts.ts';
import { cutParagraph, type ParagraphLine } from './block-lines.ts';
import { parseRanges, selectSnippet, type SnippetSelector } from './block-snippet-select.ts';
import { sourceLine } from './block-source.ts';
import { createBlock, holdsBlocks } from './block-types.ts';

const DIRECTIVE = /\[!code(?:-([A-Za-z0-9+#_-]+))?\[([^\]]*)\]\(\s*<?([^\s)>]*)>?(?:\s+"[^"]*")?\s*\)\]\s*$/i;
// What may stand before the directive on its source line: container prefixes only.
const PREFIX = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?[ \t>]*$/;

/** A code snippet request, as written. */
export interface SnippetRequest {
  lang?: string;
  name: string;
  target: string;
}

/**
 * Split `path?query#fragment` into the file path and its selector.
 * @example parseSnippetTarget('a.cs?range=2-3&highlight=1') // → { path: 'a.cs', selector: { ranges: […] }, highlight: '1' }
 */
export function parseSnippetTarget(target: string): { path: string; selector: SnippetSelector; highlight?: string } | { error: string } {
  const hashAt = target.indexOf('#');
  const fragment = hashAt === -1 ? '' : target.slice(hashAt + 1);
  const beforeHash = hashAt === -1 ? target : target.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  const selector: SnippetSelector = {};
  const lineHash = /^L(\d+)(?:-L(\d+))?$/i.exec(fragment);
  if (lineHash) selector.ranges = [{ start: Number(lineHash[1]), end: Number(lineHash[2] ?? lineHash[1]) }];
  else if (fragment !== '') selector.region = fragment;
  if (query.has('range')) {
    selector.ranges = parseRanges(query.get('range')!);
    if (!selector.ranges) return { error: `malformed range \`${query.get('range')}\`` };
  } else if (query.has('start') || query.has('end')) {
    const start = Number(query.get('start') ?? '1');
    const end = query.has('end') ? Number(query.get('end')) : undefined;
    selector.ranges = [{ start, end }];
  }
  if (query.has('name')) selector.region = query.get('name')!;
  if (query.has('dedent')) selector.dedent = Math.max(0, Number(query.get('dedent')) || 0);
  const highlight = query.get('highlight') ?? undefined;
  return { path, selector, highlight };
}

/**
 * Render a snippet request made in the file holding `origin` (reporting at `line`): a `code`
 * node, or an error element after a `snippet-missing` report.
 */
export function renderSnippet(ctx: DocfxContext, origin: Parent, request: SnippetRequest, line?: number): RootContent {
  const parsed = parseSnippetTarget(request.target);
  return renderParsedSnippet(ctx, origin, { ...request, ...('error' in parsed ? { error: parsed.error } : parsed) }, line);
}

/** A snippet whose selector is already known (`:::code` attributes, or a parsed target). */
export interface ParsedSnippet {
  lang?: string;
  name: string;
  target: string;
  path?: string;
  selector?: SnippetSelector;
  highlight?: string;
  error?: string;
}

/** Like `renderSnippet` for an already parsed request (used by `:::code`). */
export function renderParsedSnippet(ctx: DocfxContext, origin: Parent, request: ParsedSnippet, line?: number): RootContent {
  const fail = (reason: string): RootContent => {
    ctx.report('snippet-missing', `Cannot include code snippet \`${request.target}\`: ${reason}`, origin, line === undefined ? undefined : { line });
    return createBlock('div', { 'data-snippet-error': 'missing', className: ['snippet-error'] }, [
      { type: 'text', value: request.name || request.target },
    ]);
  };
  if (request.error !== undefined || request.path === undefined) return fail(request.error ?? 'no path');
  const parsed = { path: request.path, selector: request.selector ?? {}, highlight: request.highlight };
  const resolved = ctx.resolvePath(ctx.sourceOf(origin), parsed.path);
  if (resolved === null) return fail('the path leaves the content root or is a URL');
  const text = ctx.readText(resolved);
  if (text === undefined) return fail('the file does not exist');
  const selected = selectSnippet(text.replace(/\r\n?/g, '\n'), parsed.selector);
  if ('error' in selected) return fail(selected.error);
  const code: RootContent = { type: 'code', lang: request.lang ?? null, value: selected.code };
  if (parsed.highlight) code.data = { hProperties: { 'data-highlight': parsed.highlight } };
  return code;
}

/**
 * True when `parent.children[index]` is the `(path)` link of a `[!code…[name](path)]`
 * directive: that path is a snippet source, not a link, so link resolution must leave it
 * alone (no `link-broken` for a missing snippet — that is `snippet-missing`'s job).
 * @example isSnippetLink(paragraph('[!code-cs[CS](a.cs)]'), 1) // → true
 */
export function isSnippetLink(parent: Parent, index: number): boolean {
  const before = parent.children[index - 1];
  const after = parent.children[index + 1];
  return (
    parent.children[index]?.type === 'link' &&
    before?.type === 'text' && /(?:^|\n)[ \t]*\[!code(?:-[A-Za-z0-9+#_-]+)?$/i.test(before.value) &&
    after?.type === 'text' && /^\][ \t]*(?:\n|$)/.test(after.value)
  );
}

function classifyWith(ctx: DocfxContext, paragraph: Paragraph) {
  return (line: ParagraphLine): SnippetRequest | undefined => {
    if (!/^\[!code/i.test(line.text) || line.line === undefined) return undefined;
    const source = sourceLine(ctx, paragraph, line.line);
    const match = source === undefined ? undefined : DIRECTIVE.exec(source);
    if (!match || !PREFIX.test(source!.slice(0, match.index))) return undefined;
    return { lang: match[1], name: match[2], target: match[3] };
  };
}

function walk(parent: Parent, ctx: DocfxContext): void {
  const output: RootContent[] = [];
  let cut = false;
  for (const child of parent.children as RootContent[]) {
    if (child.type !== 'paragraph') {
      if (holdsBlocks(child)) walk(child, ctx);
      output.push(child);
      continue;
    }
    const units = cutParagraph(child, classifyWith(ctx, child), { anyInline: true, lineStart: '[!' });
    cut ||= units.length !== 1 || units[0].kind !== 'block' || units[0].node !== child;
    for (const unit of units) output.push(unit.kind === 'block' ? unit.node : renderSnippet(ctx, child, unit.tag, unit.line.line));
  }
  if (cut) parent.children = output as never[];
}

/**
 * Replace block `[!code…]` directives with their code (or an error element).
 * @example transformSnippets(tree, ctx) // '[!code-xml[X](a.xml?range=2)]' → pre > code.language-xml
 */
export function transformSnippets(tree: Root, ctx: DocfxContext): void {
  walk(tree, ctx);
}
