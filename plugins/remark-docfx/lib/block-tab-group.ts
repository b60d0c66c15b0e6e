/**
 * The rendered tab group shared by DocFX tabs (spec §10) and GitBook tabs (§17):
 * `div data-tabs` > `div role=tablist` of `button data-tab-label` + `section data-tab` panels.
 * The first panel is visible, the others `hidden`; all content stays in the HTML so search
 * indexes it. `src/scripts/tabs.ts` adds the click/keyboard behaviour.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { Position } from 'unist';
import { createBlock, type DocfxBlock } from './block-types.ts';

/** One tab before rendering. */
export interface TabSpec {
  id: string;
  condition?: string;
  label: PhrasingContent[];
  content: RootContent[];
}

/**
 * Build the group element; `groupId` makes the ARIA ids unique on the page.
 * @example createTabGroup('tabs-1', [{ id: 'mac', label: [text('Mac')], content: [] }]) // → div data-tabs …
 */
export function createTabGroup(groupId: string, tabs: TabSpec[], position?: Position): DocfxBlock {
  const labels = tabs.map((tab, index) => {
    const properties: Record<string, string | boolean | number> = {
      type: 'button',
      role: 'tab',
      id: `${groupId}-tab-${index + 1}`,
      'data-tab-label': tab.id,
      'aria-controls': `${groupId}-panel-${index + 1}`,
      'aria-selected': index === 0 ? 'true' : 'false',
      tabIndex: index === 0 ? 0 : -1,
    };
    if (tab.condition) properties['data-condition'] = tab.condition;
    return createBlock('button', properties, tab.label);
  });
  const panels = tabs.map((tab, index) => {
    const properties: Record<string, string | boolean> = {
      'data-tab': tab.id,
      role: 'tabpanel',
      id: `${groupId}-panel-${index + 1}`,
      'aria-labelledby': `${groupId}-tab-${index + 1}`,
      hidden: index !== 0,
    };
    if (tab.condition) properties['data-condition'] = tab.condition;
    return createBlock('section', properties, tab.content);
  });
  const list = createBlock('div', { role: 'tablist', className: ['tabs-list'] }, labels);
  return createBlock('div', { 'data-tabs': '', className: ['tabs'] }, [list, ...panels], position);
}
