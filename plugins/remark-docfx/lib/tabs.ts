/**
 * DocFX tabs (spec §10): a heading whose only content is a link to `#tab/<id>[/<condition>]`
 * starts a group; following blocks belong to the current tab. The group ends at the first
 * thematic break of the same container (consumed) or at the container's end, which is
 * reported as `tab-unclosed` at the first tab heading. A `---` right under a paragraph line
 * is a setext heading, not a break, so it never closes a group — the parser already knows.
 */
import type { Heading, Link, Parent, Root, RootContent } from 'mdast';
import type { DocfxContext } from './contracts.ts';
import { createTabGroup, type TabSpec } from './block-tab-group.ts';
import { holdsBlocks } from './block-types.ts';

const TAB_TARGET = /^#tab\/([A-Za-z0-9-]+(?:\+[A-Za-z0-9-]+)*)(?:\/([A-Za-z0-9-]+))?$/;

/**
 * The tab a heading declares, or undefined for an ordinary heading.
 * @example tabOf(heading('## [Mac](#tab/mac/os)')) // → { id: 'mac', condition: 'os', label: [text('Mac')] }
 */
export function tabOf(node: RootContent): Omit<TabSpec, 'content'> | undefined {
  if (node.type !== 'heading') return undefined;
  const meaningful = (node as Heading).children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (meaningful.length !== 1 || meaningful[0].type !== 'link') return undefined;
  const link = meaningful[0] as Link;
  const match = TAB_TARGET.exec(link.url);
  if (!match) return undefined;
  return { id: match[1], condition: match[2], label: link.children };
}

/** Group the tab headings among `parent`'s direct children; `counter` numbers groups on the page. */
function groupChildren(parent: Parent, ctx: DocfxContext, counter: { value: number }): void {
  const output: RootContent[] = [];
  const children = parent.children as RootContent[];
  let index = 0;
  while (index < children.length) {
    const first = children[index];
    const firstTab = tabOf(first);
    if (!firstTab) {
      output.push(first);
      index++;
      continue;
    }
    const tabs: TabSpec[] = [{ ...firstTab, content: [] }];
    let closed = false;
    for (index++; index < children.length; index++) {
      const child = children[index];
      if (child.type === 'thematicBreak') {
        closed = true;
        index++;
        break;
      }
      const tab = tabOf(child);
      if (tab) tabs.push({ ...tab, content: [] });
      else tabs[tabs.length - 1].content.push(child);
    }
    if (!closed) {
      ctx.report('tab-unclosed', 'Unexpected end of container inside a tab group: close the group with a thematic break (`***`)', first);
    }
    counter.value++;
    output.push(createTabGroup(`tabs-${counter.value}`, tabs, first.position));
  }
  parent.children = output as never[];
}

/** Groups in `parent`, a block container, after those of the containers inside it. */
function walk(parent: Parent, ctx: DocfxContext, counter: { value: number }): void {
  for (const child of parent.children) if (holdsBlocks(child)) walk(child, ctx, counter);
  groupChildren(parent, ctx, counter);
}

/**
 * Turn DocFX tab headings into tab groups in every block container.
 * @example transformTabs(tree, ctx) // '## [A](#tab/a)\n\nx\n\n***' → div data-tabs > section data-tab="a"
 */
export function transformTabs(tree: Root, ctx: DocfxContext): void {
  walk(tree, ctx, { value: 0 });
}
