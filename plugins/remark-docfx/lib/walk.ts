/**
 * Preorder tree walks with unist-util-visit's contract — `visitor(node, index, parent)`; return
 * `SKIP` to not enter the node, `EXIT` to stop, an index to continue at that sibling, or
 * `[action, index]` — without its per-node cost: unist-util-visit-parents creates a closure,
 * renames it with `Object.defineProperty` and copies the ancestor list for every node, which
 * was a third of the plugin's transform time over the corpus (profile in bench/docfx.ts).
 */
import type { Nodes, Parents } from 'mdast';
import { CONTINUE, EXIT, SKIP } from 'unist-util-visit';

export { EXIT, SKIP };

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP;

/** What a visitor may return (as with unist-util-visit). */
export type WalkResult = Action | number | readonly [Action, number?] | readonly [] | undefined | void;

/** A visitor of nodes of type `N`. */
export type Walker<N extends Nodes> = (node: N, index: number | undefined, parent: Parents | undefined) => WalkResult;

/** Returned by `step` when the walk must stop. */
const STOP = Symbol('stop');

/**
 * Walk `tree` in preorder, calling `visitor` on every node (or only on nodes of `type`).
 * @example walk(tree, 'heading', (node) => void headings.push(node))
 */
export function walk(tree: Nodes, visitor: Walker<Nodes>): void;
export function walk<T extends Nodes['type']>(tree: Nodes, type: T, visitor: Walker<Extract<Nodes, { type: T }>>): void;
export function walk(tree: Nodes, typeOrVisitor: string | Walker<Nodes>, maybeVisitor?: Walker<Nodes>): void {
  const type = typeof typeOrVisitor === 'string' ? typeOrVisitor : undefined;
  const visitor = (typeof typeOrVisitor === 'string' ? maybeVisitor : typeOrVisitor) as Walker<Nodes>;
  step(tree, undefined, undefined, type, visitor);
}

/** Visit `node` and its subtree; the sibling index to continue at, undefined for the next one, or STOP. */
function step(node: Nodes, index: number | undefined, parent: Parents | undefined, type: string | undefined, visitor: Walker<Nodes>): number | undefined | typeof STOP {
  const result = type === undefined || node.type === type ? visitor(node, index, parent) : undefined;
  let action: unknown = result;
  let next: number | undefined;
  if (Array.isArray(result)) [action, next] = result;
  else if (typeof result === 'number') next = result;
  if (action === EXIT) return STOP;
  if (action !== SKIP && 'children' in node && node.children) {
    let offset = 0;
    // `node.children` is read on every step: a visitor may splice or replace it.
    while (offset > -1 && offset < node.children.length) {
      const outcome = step(node.children[offset] as Nodes, offset, node, type, visitor);
      if (outcome === STOP) return STOP;
      offset = outcome ?? offset + 1;
    }
  }
  return next;
}
