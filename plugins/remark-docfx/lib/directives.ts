/**
 * Generic directives (spec §14.5). remark-directive turns `::simulator{…}` into a leaf
 * directive — and also prose like `Bestand:Opslaan` or `10:30` into text directives. This
 * transform renders `::simulator`, hands other leaf/container names to site handlers, and
 * restores everything else to its exact source text, silently. Unhandled containers keep
 * their body as Markdown between the restored fence lines, so nothing is lost.
 */
import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { DirectiveHandler, DocfxContext } from './contracts.ts';
import { sourceLine, sourceSlice } from './block-source.ts';
import { createBlock, isParent } from './block-types.ts';
import { toString } from 'mdast-util-to-string';

type Directive = ContainerDirective | LeafDirective | TextDirective;
const NAME = /^[a-z0-9-]+$/;
const ATTRIBUTE_NAME = /^[a-z_][a-z0-9_.:-]*$/;

/** `::simulator{name="x" preset="y"}` → `div data-simulator="x" data-preset="y"`; undefined when invalid. */
function renderSimulator(node: LeafDirective): RootContent | undefined {
  const attributes = Object.entries(node.attributes ?? {}).map(([key, value]) => [key.toLowerCase(), value ?? ''] as const);
  const name = attributes.find(([key]) => key === 'name')?.[1]?.toLowerCase();
  if (!name || !NAME.test(name)) return undefined;
  const properties: Record<string, string> = { 'data-simulator': name };
  for (const [key, value] of attributes) {
    if (key !== 'name' && ATTRIBUTE_NAME.test(key)) properties[`data-${key}`] = value;
  }
  return createBlock('div', properties, [], node.position);
}

/** Rebuild directive source when the file text is unavailable: `:name[label]{a="b"}`. */
function reconstruct(node: Directive): string {
  const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  const labelNode: Parent | undefined = node.type === 'containerDirective' ? (node.children.find(isLabel) as Parent | undefined) : node;
  const label = labelNode && labelNode.children.length > 0 ? `[${toString(labelNode)}]` : '';
  const pairs = Object.entries(node.attributes ?? {}).map(([key, value]) => `${key}="${value ?? ''}"`);
  return `${colons}${node.name}${label}${pairs.length > 0 ? `{${pairs.join(' ')}}` : ''}`;
}

// remark-directive keeps a container's `[label]` as a first paragraph marked `directiveLabel`.
const isLabel = (node: RootContent): boolean => (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;

const textParagraph = (value: string, node: Directive, line?: number): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'text', value }],
  position: line === undefined ? node.position : { start: { line, column: 1 }, end: { line, column: 1 } },
});

/** Source text of a container's opening and (when present) closing fence lines. */
function containerFences(node: ContainerDirective, ctx: DocfxContext): { open: string; close?: string } {
  const position = node.position;
  const openLine = position ? sourceLine(ctx, node, position.start.line) : undefined;
  const open = openLine?.slice(position!.start.column - 1).trimEnd();
  const validOpen = open !== undefined && open.startsWith(`:::`) ? open : reconstruct(node);
  if (!position || position.end.line === position.start.line) return { open: validOpen };
  const closeLine = sourceLine(ctx, node, position.end.line)?.slice(0, position.end.column - 1);
  const close = /:{3,}\s*$/.exec(closeLine ?? '')?.[0].trim();
  return { open: validOpen, close: close && /^[\s>]*:{3,}\s*$/.test(closeLine ?? '') ? close : undefined };
}

/** What replaces an unhandled directive: its source text (containers keep their body). */
function restore(node: Directive, ctx: DocfxContext): RootContent[] {
  if (node.type === 'textDirective') {
    const slice = sourceSlice(ctx, node);
    return [{ type: 'text', value: slice?.startsWith(':') ? slice : reconstruct(node) }];
  }
  if (node.type === 'leafDirective') {
    const slice = sourceSlice(ctx, node);
    return [textParagraph(slice?.startsWith('::') ? slice : reconstruct(node), node)];
  }
  const { open, close } = containerFences(node, ctx);
  const body = node.children.filter((child) => !isLabel(child)) as RootContent[];
  const restored: RootContent[] = [textParagraph(open, node, node.position?.start.line), ...body];
  if (close !== undefined) restored.push(textParagraph(close, node, node.position?.end.line));
  return restored;
}

const isDirective = (node: RootContent): node is Directive =>
  node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';

function walk(parent: Parent, ctx: DocfxContext, handlers: Record<string, DirectiveHandler>): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index] as RootContent;
    if (!isDirective(child)) {
      if (isParent(child)) walk(child, ctx, handlers);
      continue;
    }
    const name = child.name.toLowerCase();
    let handled: RootContent[] | undefined;
    if (child.type !== 'textDirective') {
      const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
      handled = handler ? safely(() => handler(child, ctx), (message) => ctx.reportPortal('signpost-directive-failed', message, child)) : undefined;
      if (!handled && name === 'simulator' && child.type === 'leafDirective') {
        const simulator = renderSimulator(child);
        handled = simulator ? [simulator] : undefined;
      }
    }
    if (handled) {
      parent.children.splice(index, 1, ...(handled as never[]));
      index += handled.length - 1;
    } else {
      // Restored content is walked again: a container body may hold further directives.
      parent.children.splice(index, 1, ...(restore(child, ctx) as never[]));
      index--;
    }
  }
}

/** A site handler that throws is treated like one that declines (restore, never crash), with a portal warning. */
function safely(run: () => RootContent[] | undefined, warn: (message: string) => void): RootContent[] | undefined {
  try {
    return run();
  } catch (error) {
    warn(`Cannot render directive: its handler failed (${(error as Error).message}); the source text is kept`);
    return undefined;
  }
}

/**
 * Render `::simulator`, run site handlers and restore every other directive verbatim.
 * @param handlers Site directive handlers by lower-case name (e.g. `merge-example`).
 * @example transformDirectives(tree, ctx, {}) // 'Kies Bestand:Opslaan' stays 'Kies Bestand:Opslaan'
 */
export function transformDirectives(tree: Root, ctx: DocfxContext, handlers: Record<string, DirectiveHandler> = {}): void {
  const byName = Object.fromEntries(Object.entries(handlers).map(([name, handler]) => [name.toLowerCase(), handler]));
  walk(tree, ctx, byName);
}
