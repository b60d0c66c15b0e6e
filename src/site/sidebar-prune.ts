/**
 * Pruned sidebars for big trees (MkDocs Material's `navigation.prune`): every page carries its
 * language's sidebar, and a toc of thousands of items made every page of the English corpus
 * ~465 KB. Above a threshold of items a page's sidebar holds the top level and, along the page's
 * trail, every level's items; a group off the trail is one link to its section's page (its own
 * page, else its first), which shows that branch open — so every page stays reachable by links,
 * without script. Pages below the same deepest open group share one rendered template (cached);
 * per page only the `aria-current` link is stamped.
 */
import type { TocItem } from '../../plugins/remark-docfx/index.ts';
import { localRoute } from './language-tree.ts';
import { renderSidebarTemplate, stampSidebar, type SidebarTemplate } from './sidebar-html.ts';

/** Trees with more items than this are pruned: nl/da corpus trees (567 items) and content/ (21) stay whole, the English 2023 corpus (4,848) is pruned. */
export const PRUNE_ABOVE = 2000;

/** The threshold from `SIGNPOST_SIDEBAR_PRUNE_ABOVE` (tests force it low), else `PRUNE_ABOVE`. */
export function pruneThreshold(env: Record<string, string | undefined>): number {
  const value = Number(env.SIGNPOST_SIDEBAR_PRUNE_ABOVE);
  return env.SIGNPOST_SIDEBAR_PRUNE_ABOVE && Number.isInteger(value) && value >= 0 ? value : PRUNE_ABOVE;
}

/** Items in the tree, at every depth: `[g→[a, b]]` → 3. */
export function countItems(items: readonly TocItem[]): number {
  let count = 0;
  for (const item of items) count += 1 + countItems(item.items);
  return count;
}

/** The page a pruned group links to: its own local route, else the first one below it (depth-first). */
export function sectionTarget(group: TocItem): string | undefined {
  if (localRoute(group) !== undefined) return group.href;
  for (const item of group.items) {
    const target = sectionTarget(item);
    if (target !== undefined) return target;
  }
  return undefined;
}

/** The sidebar HTML of a page from its trail and route. */
export type SidebarHtml = (trail: readonly TocItem[], route: string) => string;

/**
 * The sidebar of each page: the whole tree stamped per page (today's output) when the tree has
 * at most `threshold` items, else the pruned tree. `label` names a pruned section link
 * (e.g. `"Import, section"`).
 */
export function sidebarRenderer(items: TocItem[], link: (href: string) => string, threshold: number, label: (name: string) => string): SidebarHtml {
  if (countItems(items) <= threshold) {
    const whole = renderSidebarTemplate(items, link);
    return (trail, route) => stampSidebar(whole, trail, route);
  }
  const byDeepestGroup = new Map<TocItem | undefined, SidebarTemplate>();
  return (trail, route) => {
    const groups = trail.filter((item) => item.items.length > 0);
    const key = groups.at(-1);
    let template = byDeepestGroup.get(key);
    if (!template) {
      template = renderSidebarTemplate(items, link, { open: new Set(groups), target: sectionTarget, label });
      byDeepestGroup.set(key, template);
    }
    return stampSidebar(template, groups, route);
  };
}
