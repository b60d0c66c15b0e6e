/**
 * `walk` (plugins/remark-docfx/lib/walk.ts) keeps unist-util-visit's contract exactly — same
 * nodes, same order, same `index`/`parent`, same effect of SKIP, EXIT, returned indexes and of
 * visitors that splice their parent — so swapping it in changes no output. Checked on generated
 * trees with generated visitor scripts, against unist-util-visit itself.
 */
import fc from 'fast-check';
import type { Nodes, Parents } from 'mdast';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { walk, type WalkResult } from '../../plugins/remark-docfx/lib/walk.ts';

interface TestNode {
  type: string;
  children?: TestNode[];
}

const tree: fc.Arbitrary<TestNode> = fc.letrec<{ node: TestNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('text', 'heading', 'image').map((type) => ({ type })),
    fc.record({ type: fc.constantFrom('paragraph', 'heading', 'blockquote'), children: fc.array(tie('node'), { maxLength: 4 }) }),
  ),
})).node.map((root) => ({ type: 'root', children: root.children ?? [root] }));

type Step = 'none' | 'skip' | 'exit' | 'remove' | 'replace-two' | 'jump-next' | 'skip-jump' | 'empty-children';
const script = fc.array(fc.constantFrom<Step>('none', 'none', 'none', 'skip', 'exit', 'remove', 'replace-two', 'jump-next', 'skip-jump', 'empty-children'), { maxLength: 40 });

/** Runs `script` with one walker; returns the visits seen and the tree afterwards. */
function run(walker: typeof walk, root: TestNode, steps: Step[], type?: string) {
  const seen: string[] = [];
  let count = 0;
  const visitor = (node: Nodes, index: number | undefined, parent: Parents | undefined): WalkResult => {
    seen.push(`${node.type}@${index}<${parent?.type}`);
    const step = steps[count++] ?? 'none';
    const siblings = parent?.children as unknown as TestNode[] | undefined;
    if (step === 'skip') return SKIP;
    if (step === 'exit') return EXIT;
    if (step === 'empty-children' && 'children' in node) (node as { children: unknown[] }).children = [];
    if (!siblings || index === undefined) return undefined;
    if (step === 'remove') {
      siblings.splice(index, 1);
      return index;
    }
    if (step === 'replace-two') {
      siblings.splice(index, 1, { type: 'text' }, { type: 'image' });
      return index + 2;
    }
    if (step === 'jump-next') return index + 1;
    if (step === 'skip-jump') return [SKIP, index + 1];
    return undefined;
  };
  if (type) walker(root as Nodes, type as 'heading', visitor);
  else walker(root as Nodes, visitor);
  return { seen, root };
}

const visitAsWalk = ((root: Nodes, typeOrVisitor: unknown, maybeVisitor?: unknown) =>
  typeof typeOrVisitor === 'string' ? visit(root, typeOrVisitor, maybeVisitor as never) : visit(root, typeOrVisitor as never)) as typeof walk;

describe('walk', () => {
  it('visits, skips, stops and follows splices exactly like unist-util-visit', () => {
    fc.assert(
      fc.property(tree, script, fc.constantFrom(undefined, 'heading'), (root, steps, type) => {
        const expected = run(visitAsWalk, structuredClone(root), steps, type);
        const actual = run(walk, structuredClone(root), steps, type);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
