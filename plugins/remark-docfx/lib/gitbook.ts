/**
 * GitBook blocks (spec §17, seed 004): `{% stepper %}`/`{% step %}` → `ol data-stepper` of
 * `li`, `{% hint style=… %}` → an alert with the page language's title, and
 * `{% tabs %}`/`{% tab title=… %}` → a tab group with ids slugged from the titles. Unclosed
 * containers run to the end of their parent and raise `tab-unclosed`; stray closing tags and
 * unknown tags (`{% include %}`, `{% embed %}`) stay literal text.
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { DocfxContext } from './contracts.ts';
import { createAlert } from './alerts.ts';
import type { AlertKind } from './block-alert-titles.ts';
import { nestFences, parseAttributes, type FenceEnd, type FenceFrame, type FenceRules } from './block-fences.ts';
import { createTabGroup, type TabSpec } from './block-tab-group.ts';
import { createBlock, holdsBlocks, type DocfxBlock } from './block-types.ts';

const TAG = /^\{%\s*(end)?([a-z]+)\b(.*?)\s*%\}$/;
const CONTAINERS = new Set(['stepper', 'step', 'tabs', 'tab', 'hint']);
const HINT_KINDS: Readonly<Record<string, AlertKind>> = { info: 'note', success: 'tip', warning: 'warning', danger: 'caution' };
const PARENTS: Readonly<Record<string, string>> = { step: 'stepper', tab: 'tabs' };

/**
 * Slug of a GitBook tab title: lower-cased, runs of non-letters/digits → `-`, trimmed.
 * @example tabIdOf('Exact Online') // → 'exact-online'
 */
export function tabIdOf(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'tab';
}

// Marks the temporary item blocks a step/tab frame renders to, for its stepper/tabs parent.
const isItem = (node: RootContent, name: string): node is DocfxBlock =>
  node.type === 'docfxBlock' && node.data.hProperties?.['data-gitbook'] === name;

function finishStepper(frame: FenceFrame): RootContent[] {
  const before: RootContent[] = [];
  const items: DocfxBlock[] = [];
  for (const child of frame.children) {
    if (isItem(child, 'step')) {
      delete child.data.hProperties!['data-gitbook'];
      delete child.data.hProperties!['data-title'];
      items.push(child);
    } else if (items.length === 0) before.push(child);
    else items[items.length - 1].children.push(child); // stray content stays with the step above
  }
  return [...before, createBlock('ol', { 'data-stepper': '', className: ['stepper'] }, items, frame.origin.position)];
}

function finishTabs(frame: FenceFrame, groupId: string): RootContent[] {
  const before: RootContent[] = [];
  const tabs: TabSpec[] = [];
  const used = new Map<string, number>();
  for (const child of frame.children) {
    if (!isItem(child, 'tab')) {
      if (tabs.length === 0) before.push(child);
      else tabs[tabs.length - 1].content.push(child);
      continue;
    }
    const title = String(child.data.hProperties?.['data-title'] ?? '');
    const base = tabIdOf(title);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    tabs.push({ id: count === 1 ? base : `${base}-${count}`, label: [{ type: 'text', value: title }], content: child.children });
    delete child.data.hProperties!['data-gitbook'];
  }
  return tabs.length === 0 ? before : [...before, createTabGroup(groupId, tabs, frame.origin.position)];
}

function rulesFor(ctx: DocfxContext, counter: { value: number }): FenceRules {
  return {
    lineStart: '{%',
    classify(line) {
      const match = TAG.exec(line.text);
      if (!match || !CONTAINERS.has(match[2])) return undefined;
      return match[1] ? { kind: 'close', name: match[2] } : { kind: 'open', name: match[2], attributes: parseAttributes(match[3]) };
    },
    accepts: (name, parent) => PARENTS[name] === undefined || PARENTS[name] === parent,
    finish(frame: FenceFrame, end: FenceEnd) {
      if (end !== 'closed') {
        ctx.report('tab-unclosed', `Unexpected end of \`{% ${frame.name} %}\`: add \`{% end${frame.name} %}\``, frame.origin, { line: frame.line });
      }
      switch (frame.name) {
        case 'stepper':
          return finishStepper(frame);
        case 'tabs':
          counter.value++;
          return finishTabs(frame, `gitbook-tabs-${counter.value}`);
        case 'hint':
          return [createAlert(HINT_KINDS[frame.attributes.style ?? ''] ?? 'note', ctx.lang, frame.children, frame.origin.position, ctx.alertTitles)];
        default: // step, tab: items collected by their parent
          return [createBlock('li', { 'data-gitbook': frame.name, 'data-title': frame.attributes.title ?? '' }, frame.children)];
      }
    },
  };
}

function walk(parent: Parent, rules: FenceRules): void {
  nestFences(parent, rules);
  for (const child of parent.children) if (holdsBlocks(child)) walk(child, rules);
}

/**
 * Render GitBook stepper, hint and tabs blocks in every container.
 * @example transformGitbook(tree, ctx) // '{% hint style="danger" %}\nx\n{% endhint %}' → alert caution
 */
export function transformGitbook(tree: Root, ctx: DocfxContext): void {
  walk(tree, rulesFor(ctx, { value: 0 }));
}
