/**
 * The sidebar tree as HTML, rendered once per language and stamped per page. A language tree
 * holds about a thousand items and every page carries it, so it is plain string building (not
 * a recursive component per item, which would cost seconds per build) with lean markup (no
 * class per link; the CSS selects by element). Each group is a `<details>` (keyboard-operable
 * without script, DocFX/Learn style); per page only the groups on the page's trail are opened
 * and the page's own link gets `aria-current="page"`.
 */
import type { TocItem } from '../../plugins/remark-docfx/index.ts';
import { localRoute } from './language-tree.ts';

/** A rendered tree with the slots a page changes. */
export interface SidebarTemplate {
  parts: string[];
  /** Part index of each group's opening `<details>` tag. */
  groups: Map<TocItem, number>;
  /** Part index of each local link's opening `<a>` tag, by route. */
  links: Map<string, number>;
}

/** Escapes text and attribute values: `a<b & "c"` → `a&lt;b &amp; &quot;c&quot;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * How a pruned sidebar (sidebar-prune.ts) renders a group: groups in `open` (and `expanded`
 * ones) keep their items; any other group with a `target` page becomes a link to that page,
 * named `label(group name)` for assistive technology, without its descendants.
 */
export interface PruneOptions {
  open: ReadonlySet<TocItem>;
  target: (group: TocItem) => string | undefined;
  label: (name: string) => string;
}

/**
 * Renders `items` once. `link` maps an href to the URL written (adds the base path).
 * Example: `[g→[a]]` → `<ul><li><details><summary>g</summary><ul><li><a href="/a/">a</a></li></ul></details></li></ul>`.
 * With `prune` and `g` not open: `<ul><li><a href="/a/" class="sp-section" aria-label="g, section">g</a></li></ul>`.
 */
export function renderSidebarTemplate(items: TocItem[], link: (href: string) => string, prune?: PruneOptions): SidebarTemplate {
  const template: SidebarTemplate = { parts: [], groups: new Map(), links: new Map() };
  const { parts } = template;
  const anchor = (item: TocItem) => {
    if (!item.href) {
      parts.push(`<span>${escapeHtml(item.name)}</span>`);
      return;
    }
    const route = localRoute(item);
    if (route !== undefined && !template.links.has(route)) template.links.set(route, parts.length);
    parts.push(`<a href="${escapeHtml(link(item.href))}">`, `${escapeHtml(item.name)}</a>`);
  };
  const list = (level: TocItem[], self?: TocItem) => {
    parts.push('<ul>');
    if (self?.href) {
      parts.push('<li>');
      anchor(self);
      parts.push('</li>');
    }
    for (const item of level) {
      parts.push('<li>');
      const section = prune && !prune.open.has(item) && item.expanded !== true ? prune.target(item) : undefined;
      if (item.items.length === 0) anchor(item);
      else if (section !== undefined) {
        const name = escapeHtml(item.name);
        parts.push(`<a href="${escapeHtml(link(section))}" class="sp-section" aria-label="${escapeHtml(prune!.label(item.name))}">${name}</a>`);
      } else {
        template.groups.set(item, parts.length);
        parts.push(item.expanded === true ? '<details open>' : '<details>', `<summary>${escapeHtml(item.name)}</summary>`);
        list(item.items, item);
        parts.push('</details>');
      }
      parts.push('</li>');
    }
    parts.push('</ul>');
  };
  list(items);
  return template;
}

/**
 * The sidebar HTML for the page at `route`: the groups of `trail` open, its link marked.
 * Example: trail `[g, a]` on the template above → `<details open>` and `<a href="/a/" aria-current="page">`.
 */
export function stampSidebar(template: SidebarTemplate, trail: readonly TocItem[], route: string): string {
  const parts = template.parts.slice();
  for (const item of trail) {
    const slot = template.groups.get(item);
    if (slot !== undefined) parts[slot] = '<details open>';
  }
  const current = template.links.get(route);
  if (current !== undefined) parts[current] = parts[current].replace(/>$/, ' aria-current="page">');
  return parts.join('');
}
