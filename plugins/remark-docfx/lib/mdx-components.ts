/**
 * The MDX half of an `.mdx` page, turned into the dialect (issue 14): `<Simulator name="x" …/>`
 * becomes the `::simulator{name="x" …}` leaf directive and `<MergeExample …>…</MergeExample>`
 * the `:::merge-example{…}` container, so the directive transforms render them exactly as
 * they render the directives — no import line needed. Everything else MDX can say would run
 * code at build time or needs a component the portal does not provide (`{expressions}`,
 * `import`/`export`, other tags): it is shown as its source text with an `mdx-unsupported`
 * warning, never run and never dropped. Afterwards the tree holds no MDX node, so sanitising,
 * checks and Markdown twins treat the page like any `.md` page.
 */
import type { Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import type { Node } from 'unist';
import type { DocfxContext } from './contracts.ts';

/** The components an `.mdx` page may use, and the directive each stands for. */
export const MDX_COMPONENTS = {
  Simulator: { name: 'simulator', type: 'leafDirective' },
  MergeExample: { name: 'merge-example', type: 'containerDirective' },
} as const;

type ComponentName = keyof typeof MDX_COMPONENTS;
const isComponentName = (name: string | null): name is ComponentName => name !== null && Object.hasOwn(MDX_COMPONENTS, name);

/** The MDX node types remark-mdx adds (mdast-util-mdx). */
const MDX_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
}

interface MdxNode extends Node {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: RootContent[];
}

/**
 * Replaces every MDX node of `tree` (in place): the two components by their directives, the
 * rest by source text with a warning.
 * @example mdxToDialect(parse('<Simulator name="persons" />'), ctx) // tree: [leafDirective simulator {name: 'persons'}]
 */
export function mdxToDialect(tree: Root, ctx: DocfxContext): void {
  const stack: Parent[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    parent.children = parent.children.map((child) => {
      const node = MDX_TYPES.has(child.type) ? replace(child as unknown as MdxNode, ctx) : child;
      if ('children' in node && Array.isArray(node.children)) stack.push(node as Parent);
      return node;
    }) as never;
  }
}

function replace(node: MdxNode, ctx: DocfxContext): RootContent {
  const flow = node.type === 'mdxJsxFlowElement' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm';
  if (node.type === 'mdxJsxFlowElement' && isComponentName(node.name ?? null)) return toDirective(node, MDX_COMPONENTS[node.name as ComponentName], ctx);
  ctx.report('mdx-unsupported', unsupportedReason(node), node);
  const text: Text = { type: 'text', value: sourceOf(node, ctx), position: node.position };
  return flow ? ({ type: 'paragraph', children: [text], position: node.position } satisfies Paragraph) : text;
}

/** The directive a component stands for, with its literal attributes. */
function toDirective(node: MdxNode, component: (typeof MDX_COMPONENTS)[ComponentName], ctx: DocfxContext): RootContent {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name && (attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string')) {
      attributes[attribute.name] = attribute.value ?? '';
    } else {
      ctx.report('mdx-unsupported', `Cannot evaluate the attribute \`${attribute.name ?? '{…}'}\` of \`<${node.name}>\`: .mdx pages do not run code; write it as text, \`name="value"\``, node);
    }
  }
  const children = component.type === 'containerDirective' ? (node.children ?? []) : [];
  return { type: component.type, name: component.name, attributes, children, position: node.position } as unknown as RootContent;
}

function unsupportedReason(node: MdxNode): string {
  const available = Object.keys(MDX_COMPONENTS).map((name) => `\`<${name}>\``).join(' and ');
  if (node.type === 'mdxjsEsm') return `Cannot run \`import\`/\`export\` in an .mdx page: pages never run code, and ${available} need no import; the line is shown as text`;
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return 'Cannot evaluate `{…}` in an .mdx page: pages never run code; write `\\{` for a literal brace';
  if (isComponentName(node.name ?? null)) return `Unexpected \`<${node.name}>\` inside a paragraph: put it on a line of its own, with blank lines around it`;
  return `Unexpected \`<${node.name ?? ''}>\`: only ${available} are available in .mdx pages; write \`\\<\` for a literal \`<\`, or Markdown instead of HTML`;
}

/** The node's exact source text (from the prepared page text), so nothing is lost. */
function sourceOf(node: MdxNode, ctx: DocfxContext): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const text = ctx.sourceText?.(ctx.sourceOf(node));
  if (text !== undefined && start !== undefined && end !== undefined) return text.slice(start, end);
  return node.type.startsWith('mdxJsx') ? `<${node.name ?? ''}>` : '{…}';
}
