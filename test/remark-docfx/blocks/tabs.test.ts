import { describe, expect, it } from 'vitest';
import { renderBlocks, textOf } from './render-blocks.ts';

describe('DocFX tabs (spec §10)', () => {
  it('groups tab headings until *** and consumes the break and the headings', () => {
    const { dom, messages } = renderBlocks('# P\n\n#### [Module](#tab/module-based)\n\nA.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n#### [Suite](#tab/suite)\n\nB.\n\n***\n\nNa.');
    const group = dom.querySelector('[data-tabs]');
    expect(group?.querySelectorAll('[data-tab]').map((p) => p.getAttribute('data-tab'))).toEqual(['module-based', 'suite']);
    expect(group?.querySelectorAll('[data-tab-label]').map(textOf)).toEqual(['Module', 'Suite']);
    expect(group?.querySelectorAll('[data-tab="module-based"] table')).toHaveLength(1);
    expect(textOf(group)).not.toContain('Na.');
    expect(dom.querySelectorAll('h4, hr')).toHaveLength(0);
    expect(messages).toEqual([]);
  });

  it('shows the first panel and hides the others, with matching ARIA ids', () => {
    const { dom } = renderBlocks('## [Windows](#tab/windows)\n\nW.\n\n## [Mac](#tab/mac)\n\nM.\n\n---\n');
    const panels = dom.querySelectorAll('[data-tab]');
    expect(panels.map((p) => p.hasAttribute('hidden'))).toEqual([false, true]);
    const labels = dom.querySelectorAll('[data-tab-label]');
    expect(labels.map((l) => l.getAttribute('aria-controls'))).toEqual(panels.map((p) => p.getAttribute('id')));
    expect(labels.map((l) => l.getAttribute('aria-selected'))).toEqual(['true', 'false']);
  });

  it('runs an unclosed group to the container end and reports tab-unclosed at the first tab heading', () => {
    const { dom, messages } = renderBlocks('# A\n\n### [Online](#tab/online)\n\nO.\n\n### [Onsite](#tab/onsite)\n\nS.\n\n## Gewone kop\n\nLaatste.');
    expect(textOf(dom.querySelector('[data-tab="onsite"]'))).toBe('S. Gewone kop Laatste.');
    expect(dom.querySelectorAll('[data-tab="onsite"] h2')).toHaveLength(1);
    expect(messages).toMatchObject([{ ruleId: 'tab-unclosed', file: 'nl/a.md', line: 3 }]);
  });

  it('ends a group at the end of a list item, not at the list end', () => {
    const { dom, messages } = renderBlocks('1. Stap\n\n   ## [A](#tab/a)\n\n   In a.\n\n2. Volgende stap\n');
    expect(dom.querySelectorAll('ol > li')).toHaveLength(2);
    expect(textOf(dom.querySelector('li [data-tab="a"]'))).toBe('In a.');
    expect(messages).toMatchObject([{ ruleId: 'tab-unclosed', line: 3 }]);
  });

  it('does not close a group at a setext underline', () => {
    const { dom, messages } = renderBlocks('# [a](#tab/a)\n\ncontent-a\n\n# [b](#tab/b)\n\ncontent-b\n---\n\nnog in b\n\n- - -\n\nbuiten');
    expect(textOf(dom.querySelector('[data-tab="b"] h2'))).toBe('content-b');
    expect(textOf(dom.querySelector('[data-tab="b"]'))).toContain('nog in b');
    expect(textOf(dom.querySelector('[data-tabs]'))).not.toContain('buiten');
    expect(messages).toEqual([]);
  });

  it('adds data-condition for dependent tabs and keeps a+b ids; other headings stay headings', () => {
    const { dom } = renderBlocks('## Kies [Windows](#tab/windows) hier\n\n# [.NET](#tab/dotnet/linux)\n\nL.\n\n# [.NET](#tab/dotnet/windows)\n\nW.\n\n# [a of b](#tab/a+b)\n\nAB.\n\n# [x](#tab/win dows)\n\n***');
    expect(dom.querySelectorAll('[data-tab="dotnet"][data-condition]').map((p) => p.getAttribute('data-condition'))).toEqual(['linux', 'windows']);
    expect(textOf(dom.querySelector('[data-tab="a+b"]'))).toContain('AB.');
    expect(dom.querySelectorAll('[data-tab="a+b"][data-condition]')).toHaveLength(0);
    expect(textOf(dom.querySelector('h2'))).toBe('Kies Windows hier');
    expect(dom.querySelectorAll('[data-tabs] h2')).toHaveLength(0);
  });
});
