/**
 * Tab groups on help pages (spec §10.2), as progressive enhancement of the static markup that
 * remark-docfx emits (`[data-tabs]` > `[role=tablist]` > `button[data-tab-label]` +
 * `section[data-tab]`). Without JS every panel's content is in the HTML; with it:
 *
 * - clicking a label, or Arrow/Home/End keys on the tab list (WAI-ARIA tabs pattern, automatic
 *   activation), selects a tab;
 * - selecting an id selects the same id in every group of the page (synchronised tabs);
 * - a tab with `data-condition="x"` is used only while id `x` is selected in another group
 *   (dependent tabs); of several labels sharing an id, only the one in use is shown.
 *
 * Load it as a module on pages with tabs; it initialises itself once the DOM is ready.
 * No dependencies.
 */

interface Tab {
  label: HTMLElement;
  panel: HTMLElement | null;
  id: string;
  condition: string | undefined;
}

interface Group {
  element: HTMLElement;
  tabs: Tab[];
  selected: string;
}

function readGroup(element: HTMLElement): Group | undefined {
  const labels = [...element.querySelectorAll<HTMLElement>(':scope > [role="tablist"] > [data-tab-label]')];
  const panels = [...element.querySelectorAll<HTMLElement>(':scope > [data-tab]')];
  if (labels.length === 0) return undefined;
  const tabs = labels.map((label, index) => ({
    label,
    panel: (label.getAttribute('aria-controls') && element.ownerDocument.getElementById(label.getAttribute('aria-controls')!)) || panels[index] || null,
    id: label.dataset.tabLabel ?? '',
    condition: label.dataset.condition,
  }));
  const initial = tabs.find((tab) => tab.label.getAttribute('aria-selected') === 'true') ?? tabs[0];
  return { element, tabs, selected: initial.id };
}

/** The tab of `group` to show for its selected id, given the ids selected elsewhere. */
function activeTab(group: Group, groups: Group[]): Tab {
  const elsewhere = new Set(groups.filter((other) => other !== group).map((other) => other.selected));
  const candidates = group.tabs.filter((tab) => tab.id === group.selected);
  return (
    candidates.find((tab) => tab.condition !== undefined && elsewhere.has(tab.condition)) ??
    candidates.find((tab) => tab.condition === undefined) ??
    candidates[0] ??
    group.tabs[0]
  );
}

function render(groups: Group[]): void {
  for (const group of groups) {
    const active = activeTab(group, groups);
    const shownIds = new Set<string>();
    for (const tab of group.tabs) {
      const isActive = tab === active;
      tab.label.setAttribute('aria-selected', String(isActive));
      tab.label.tabIndex = isActive ? 0 : -1;
      if (tab.panel) tab.panel.hidden = !isActive;
      // One visible label per id: the active one, else the first with that id.
      const show = isActive || (tab.id !== active.id && !shownIds.has(tab.id));
      tab.label.hidden = !show;
      if (show) shownIds.add(tab.id);
    }
  }
}

function select(groups: Group[], id: string): void {
  for (const group of groups) if (group.tabs.some((tab) => tab.id === id)) group.selected = id;
  render(groups);
}

function onKey(groups: Group[], group: Group, event: KeyboardEvent): void {
  const visible = group.tabs.filter((tab) => !tab.label.hidden);
  const current = visible.findIndex((tab) => tab.label === event.target);
  if (current === -1) return;
  const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: visible.length - 1 };
  if (!(event.key in moves)) return;
  event.preventDefault();
  const next = visible[(moves[event.key] + visible.length) % visible.length];
  select(groups, next.id);
  // The id may now be served by a different label (dependent tabs): focus the one in use.
  activeTab(group, groups).label.focus();
}

/**
 * Wire every not yet initialised tab group below `root`; returns the number of groups wired.
 * @example initTabs(document) // → 2 on a page with two `[data-tabs]` groups
 */
export function initTabs(root: ParentNode = document): number {
  const groups = [...root.querySelectorAll<HTMLElement>('[data-tabs]:not([data-tabs-ready])')]
    .map(readGroup)
    .filter((group): group is Group => group !== undefined);
  for (const group of groups) {
    group.element.setAttribute('data-tabs-ready', '');
    for (const tab of group.tabs) tab.label.addEventListener('click', () => select(groups, tab.id));
    group.element.querySelector(':scope > [role="tablist"]')?.addEventListener('keydown', (event) => onKey(groups, group, event as KeyboardEvent));
  }
  render(groups);
  return groups.length;
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => initTabs(document));
  else initTabs(document);
}
