/**
 * Include expansion (spec §5): every include directive of a tree is replaced by the included
 * file's blocks (block form) or inline content (inline form), recursively, each included file
 * prepared, parsed and link-resolved relative to itself. Errors — outside the root (checked
 * before any read), missing, cycle — leave a `data-include-error` element and a diagnostic at
 * the directive.
 */
import type { Link, Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, walk } from './walk.ts';
import type { DocfxContext } from './contracts.ts';
import { type IncludedFile, type IncludeLoader } from './include-loader.ts';
import { shapeAt, type IncludeShape } from './include-syntax.ts';
import { hasScheme, languageOf, resolvePath } from './paths.ts';
import { createBlock, type DocfxBlock } from './block-types.ts';
import { MAX_INCLUDE_EXPANSIONS } from './limits.ts';

/** What expansion needs from the page pipeline. */
export interface IncludeState {
  ctx: DocfxContext;
  loader: IncludeLoader;
  /** Whether the content-root guard refused `path` or a folder above it (root-guard.ts). */
  refused?: (path: string) => boolean;
  /** Include expansions so far in this page (`MAX_INCLUDE_EXPANSIONS` caps them). */
  expanded?: { count: number };
}

type ErrorKind = 'missing' | 'cycle' | 'outside-root' | 'limit';

/** The element left in place of a directive that cannot be expanded (spec §5.5). */
function errorElement(kind: ErrorKind, link: Link, inline: boolean) {
  return createBlock(inline ? 'span' : 'div', { dataIncludeError: kind }, [{ type: 'text', value: toString(link) }], link.position);
}

/**
 * Resolve and load the target of one directive written in `from`; reports and returns the
 * error element on failure.
 */
function load(state: IncludeState, shape: IncludeShape, from: string, stack: string[], inline: boolean): IncludedFile | DocfxBlock {
  const { ctx } = state;
  const link = shape.link;
  // Report at the directive's `[`, which precedes the link by the keyword (`[!include`, spaces).
  const start = link.position?.start;
  const at = start ? { line: start.line, column: start.column - (shape.before.value.length - shape.prefix.length) } : undefined;
  const url = link.url.trim();
  const path = url.startsWith('/') || hasScheme(url) ? null : resolvePath(from, url);
  if (path === null || state.refused?.(path)) {
    ctx.report('include-outside-root', `Cannot include \`${url}\`: the path leaves the content root (through \`..\` or a link leading out) or is a URL; include files must live inside the content root`, link, at);
    return errorElement('outside-root', link, inline);
  }
  if (stack.includes(path)) {
    const chain = [...stack, path].map((item) => `\`${item}\``).join(' → ');
    ctx.report('include-cycle', `Cannot include \`${path}\` again while it is being expanded: ${chain}`, link, at);
    return errorElement('cycle', link, inline);
  }
  state.expanded ??= { count: 0 };
  if (++state.expanded.count > MAX_INCLUDE_EXPANSIONS) {
    // A fan-out (a file including another twice, 16 levels deep = 65,536 copies) would not finish.
    if (state.expanded.count === MAX_INCLUDE_EXPANSIONS + 1) ctx.report('render-limit', `Cannot expand more than ${MAX_INCLUDE_EXPANSIONS} includes in one page: \`${path}\` and the rest stay unexpanded; include fewer files`, link, at);
    return errorElement('limit', link, inline);
  }
  const included = path.endsWith('/') ? undefined : state.loader.load(path, inline); // a folder is not a file
  if (!included) {
    ctx.report('include-missing', `Cannot find include file \`${path}\` (written \`${url}\`): check the path and its letter case`, link, at);
    return errorElement('missing', link, inline);
  }
  const pageLang = languageOf(ctx.page);
  const targetLang = languageOf(path);
  if (pageLang && targetLang && pageLang !== targetLang) {
    ctx.report('language-mismatch', `Unexpected include from another language: \`${path}\` is in \`${targetLang}\`, the page is in \`${pageLang}\``, link, at);
  }
  for (const finding of included.findings) {
    ctx.report(finding.ruleId, finding.message, undefined, { file: path, line: finding.line, column: finding.column });
  }
  expandIncludes(included.tree, state, path, [...stack, path]);
  return included;
}

/**
 * Expand every marked include directive in `tree`, which holds the text of file `from`.
 * @param stack Files being expanded (the page first), for cycle detection.
 */
export function expandIncludes(tree: Root, state: IncludeState, from: string, stack: string[]): void {
  walk(tree, (node: Nodes, index, parent: Parents | undefined) => {
    if (!('children' in node) || node.type === 'link') return;
    const children = (node as Parents).children as unknown as PhrasingContent[];
    if (!children.some((child) => child.type === 'link' && child.data?.docfxInclude)) return;
    if (node.type === 'paragraph' && parent && index !== undefined && children.some((child) => child.type === 'link' && child.data?.docfxInclude === 'block')) {
      const blocks = splitParagraph(children, state, from, stack);
      (parent.children as RootContent[]).splice(index, 1, ...blocks);
      return [SKIP, index + blocks.length];
    }
    expandInline(children, state, from, stack);
    return SKIP;
  });
}

/** Replace inline directives among `children` by the included inline content. */
function expandInline(children: PhrasingContent[], state: IncludeState, from: string, stack: string[]): void {
  for (let index = 1; index < children.length - 1; index++) {
    const shape = shapeAt(children, index);
    if (!shape || !shape.link.data?.docfxInclude) continue;
    const loaded = load(state, shape, from, stack, true);
    const content = 'tree' in loaded ? (loaded.tree.children as PhrasingContent[]) : [loaded as PhrasingContent];
    shape.before.value = shape.prefix;
    shape.after.value = shape.suffix;
    children.splice(index, 1, ...content);
    index += content.length - 1;
  }
}

/** Split a paragraph at its block directives; inline ones are expanded in the pieces. */
function splitParagraph(children: PhrasingContent[], state: IncludeState, from: string, stack: string[]): RootContent[] {
  const blocks: RootContent[] = [];
  let current: PhrasingContent[] = [];
  const flush = () => {
    const last = current[current.length - 1];
    if (last?.type === 'text') last.value = last.value.replace(/[ \t]*\n$/, '');
    current = current.filter((child) => child.type !== 'text' || child.value !== '');
    if (current.length > 0) {
      expandInline(current, state, from, stack);
      blocks.push({ type: 'paragraph', children: current, position: spanOf(current) });
    }
    current = [];
  };
  for (let index = 0; index < children.length; index++) {
    const shape = children[index].type === 'link' ? shapeAt(children, index) : undefined;
    if (!shape || shape.link.data?.docfxInclude !== 'block') {
      current.push(children[index]);
      continue;
    }
    current.pop(); // `before`, re-added without the keyword
    if (shape.prefix !== '') current.push({ ...shape.before, value: shape.prefix });
    flush();
    const loaded = load(state, shape, from, stack, false);
    blocks.push(...('tree' in loaded ? loaded.tree.children : [loaded]));
    shape.after.value = shape.suffix.replace(/^[ \t]*\n?/, '');
    // `after` stays in `children` and starts the next piece.
  }
  flush();
  return blocks;
}

/** Position covering a run of nodes. */
function spanOf(nodes: PhrasingContent[]) {
  const start = nodes[0]?.position?.start;
  const end = nodes[nodes.length - 1]?.position?.end;
  return start && end ? { start, end } : undefined;
}
