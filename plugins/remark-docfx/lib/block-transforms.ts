/**
 * The block constructs of the dialect, run on the spliced page tree after include expansion
 * and link resolution, before heading ids. The order is part of the contract:
 *
 * 1. `transformDirectives` — `::simulator`, site handlers, verbatim restoration of the rest
 *    (first, so every later step sees restored prose and `:::` lines as plain text);
 * 2. `transformTripleColon` — `:::image`, `:::code`, `:::video`, `::: zone`, `::: moniker`;
 * 3. `transformGitbook` — `{% stepper %}`, `{% hint %}`, `{% tabs %}` (hints become alerts);
 * 4. `transformSnippets` — `[!code-…]` (before alerts, so a snippet line inside a quote is
 *    already a block when the quote is cut);
 * 5. `transformAlerts` — `> [!NOTE]`, `> [!div]`, `> [!VIDEO]`;
 * 6. `transformTabs` — last, because tab groups end at the end of their container, and the
 *    containers (alerts, steps, zones) only exist after the steps above.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { walk } from './walk.ts';
import type { DirectiveHandler, DocfxContext } from './contracts.ts';
import { transformAlerts } from './alerts.ts';
import { transformDirectives } from './directives.ts';
import { transformGitbook } from './gitbook.ts';
import { transformSnippets } from './snippets.ts';
import { transformTabs } from './tabs.ts';
import { transformTripleColon } from './triple-colon.ts';

/** Options of the block transforms; every field optional. */
export interface BlockTransformOptions {
  /** Site directive handlers by name (e.g. `merge-example`); default none. */
  directives?: Record<string, DirectiveHandler>;
}

/**
 * Run every block transform on `tree` in the documented order. Never throws: a transform
 * that fails on unexpected input is reported as a portal warning and the others still run.
 * @example runBlockTransforms(tree, ctx, { directives: { 'merge-example': handler } })
 */
export function runBlockTransforms(tree: Root, ctx: DocfxContext, options: BlockTransformOptions = {}): void {
  const steps: [string, () => void][] = [
    ['directives', () => transformDirectives(tree, ctx, options.directives ?? {})],
    ['triple-colon', () => transformTripleColon(tree, ctx)],
    ['gitbook', () => transformGitbook(tree, ctx)],
    ['snippets', () => transformSnippets(tree, ctx)],
    ['alerts', () => transformAlerts(tree, ctx)],
    ['tabs', () => transformTabs(tree, ctx)],
  ];
  for (const [name, run] of steps) {
    try {
      run();
    } catch (error) {
      ctx.reportPortal('signpost-transform-failed', `Cannot apply the \`${name}\` block transform: ${(error as Error).message}`);
    }
  }
  dropLineOnlyPositions(tree);
}

/**
 * Split-off fragments carry line-only positions (enough for diagnostics during the
 * transforms); rehype-raw requires offsets on every position it sees, so drop those.
 */
function dropLineOnlyPositions(tree: Root): void {
  walk(tree, (node: Node) => {
    if (node.position && (node.position.start.offset === undefined || node.position.end.offset === undefined)) delete node.position;
  });
}
