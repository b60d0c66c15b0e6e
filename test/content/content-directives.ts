/**
 * Helpers shared by the content tests and the browser test of the settings pages: the
 * `::simulator` / `:::merge-example` directives of a content page, and one merge example run
 * through the site's own handler (src/simulators/merge-example.ts) with the engine input it
 * built, so callers never restate how the handler turns attributes and tables into settings.
 */
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { DocfxContext } from '../../plugins/remark-docfx/lib/contracts.ts';
import { simulate } from '../../src/engine/index.ts';
import { createMergeExampleHandler } from '../../src/simulators/merge-example.ts';
import type { OutputView } from '../../src/simulators/output-view.ts';
import { readContent, splitFrontMatter } from './content-tree.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** A directive node as remark-directive parses it. */
export type Directive = ContainerDirective | LeafDirective;

/**
 * The directives called `name` on the content page `path` (relative to `content/`), in order.
 * Example: `directivesOf('en/import/settings/products.md', 'simulator')` → `[leafDirective]`.
 */
export function directivesOf(path: string, name: string): Directive[] {
  const tree = parser.parse(splitFrontMatter(readContent(path)).body) as Root;
  const found: Directive[] = [];
  visit(tree, (node: Node) => {
    const directive = node as Directive;
    if ((directive.type === 'containerDirective' || directive.type === 'leafDirective') && directive.name === name) found.push(directive);
  });
  return found;
}

/** What the handler did with one example: the engine input and output, and portal warnings. */
export interface ExampleRun {
  input?: Record<string, unknown>;
  output?: OutputView;
  warnings: string[];
}

/** Runs one `:::merge-example` node of page `path` through the site's handler. */
export function runExample(path: string, node: Directive): ExampleRun {
  const run: ExampleRun = { warnings: [] };
  const ctx = {
    page: path,
    lang: path.split('/')[0],
    reportPortal: (_ruleId: string, message: string) => void run.warnings.push(message),
    report: (_ruleId: string, message: string) => void run.warnings.push(message),
  } as unknown as DocfxContext;
  const handler = createMergeExampleHandler((input) => {
    run.input = input as Record<string, unknown>;
    return (run.output = simulate(input as never) as unknown as OutputView);
  });
  handler(node, ctx);
  return run;
}
