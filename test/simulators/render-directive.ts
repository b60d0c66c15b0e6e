/**
 * Test helper: renders Markdown with GFM + directives and the `:::merge-example` handler the way
 * the DocFX plugin calls it, with a recording DocfxContext, to static HTML. Keeps the simulator
 * tests independent of the plugin's other transforms.
 */
import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { DirectiveHandler, DocfxContext } from '../../plugins/remark-docfx/lib/contracts.ts';

/** A portal diagnostic the handler reported, with the line of the node it was reported at. */
export interface Reported {
  ruleId: string;
  message: string;
  line: number | undefined;
}

/** Renders `markdown` with `handlers` keyed by directive name; returns the HTML and reports. */
export async function renderWithDirectives(
  markdown: string,
  handlers: Record<string, DirectiveHandler>,
  lang = 'en',
): Promise<{ html: string; reported: Reported[] }> {
  const reported: Reported[] = [];
  const ctx: DocfxContext = {
    page: `${lang}/page.md`,
    lang,
    sourceOf: () => `${lang}/page.md`,
    report: (ruleId, message, node) => reported.push({ ruleId, message, line: node?.position?.start.line }),
    reportPortal: (ruleId, message, node?: Node) => reported.push({ ruleId, message, line: node?.position?.start.line }),
    resolvePath: () => null,
    readText: () => undefined,
  };
  const applyHandlers = () => (tree: Root) => {
    const walk = (parent: { children: RootContent[] }) => {
      parent.children = parent.children.flatMap((child) => {
        if ((child.type === 'containerDirective' || child.type === 'leafDirective') && handlers[child.name]) {
          return handlers[child.name](child, ctx) ?? [child];
        }
        if ('children' in child && Array.isArray(child.children)) walk(child as { children: RootContent[] });
        return [child];
      });
    };
    walk(tree);
  };
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(applyHandlers)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown);
  return { html: String(file), reported };
}
