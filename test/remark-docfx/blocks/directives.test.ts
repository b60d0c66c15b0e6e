import { describe, expect, it } from 'vitest';
import type { DirectiveHandler } from '../../../plugins/remark-docfx/lib/contracts.ts';
import { renderBlocks, textOf } from './render-blocks.ts';

describe('::simulator (spec §14.5)', () => {
  it('renders data-simulator with lower-cased names and escaped data-* attributes', () => {
    const { dom, messages } = renderBlocks('Probeer:\n\n::SIMULATOR{Name="Import-Settings" Preset="excel" duplicate="a&quot;b<c"}\n\nDaarna.');
    const element = dom.querySelector('[data-simulator]');
    expect(element?.getAttribute('data-simulator')).toBe('import-settings');
    expect(element?.getAttribute('data-preset')).toBe('excel');
    expect(element?.getAttribute('data-duplicate')).toBe('a"b<c');
    expect(element?.getAttribute('data-name')).toBeUndefined();
    expect(textOf(dom)).toBe('Probeer: Daarna.');
    expect(messages).toEqual([]);
  });

  it('works in list items and alerts', () => {
    const { dom } = renderBlocks('1. Open.\n\n    ::simulator{name="import-settings"}\n\n2. Klik.\n\n> [!TIP]\n> ::simulator{name="duplicates"}');
    expect(dom.querySelectorAll('ol > li:first-child [data-simulator="import-settings"]')).toHaveLength(1);
    expect(dom.querySelectorAll('[data-alert=tip] [data-simulator="duplicates"]')).toHaveLength(1);
  });
});

describe('directive restoration', () => {
  it('restores prose text directives, unknown leaves and invalid simulators exactly, without diagnostics', () => {
    const markdown = 'Kies Bestand:Opslaan en wacht tot klokken 10:30 of :abbr[HTML]{title="x"}.\n\n::onbekend{x="1"}\n\n::simulator{name="Bad Name!"}\n\n::simulator\n';
    const { dom, messages, portal } = renderBlocks(markdown);
    expect(dom.querySelectorAll('p').map(textOf)).toEqual([
      'Kies Bestand:Opslaan en wacht tot klokken 10:30 of :abbr[HTML]{title="x"}.',
      '::onbekend{x="1"}',
      '::simulator{name="Bad Name!"}',
      '::simulator',
    ]);
    expect(dom.querySelectorAll('[data-simulator]')).toHaveLength(0);
    expect(messages).toEqual([]);
    expect(portal).toEqual([]);
  });

  it('restores an unknown container fence by fence and keeps its body as Markdown', () => {
    const { dom } = renderBlocks(':::aside{kind="x"}\nSome **bold** body.\n:::\n\nAfter.');
    expect(dom.querySelectorAll('p').map(textOf)).toEqual([':::aside{kind="x"}', 'Some bold body.', ':::', 'After.']);
    expect(dom.querySelectorAll('strong')).toHaveLength(1);
  });

  it('hands leaf and container directives to site handlers, restoring when they decline or throw', () => {
    const handler: DirectiveHandler = (node) =>
      node.attributes?.ok === 'yes' ? [{ type: 'paragraph', children: [{ type: 'text', value: `handled ${node.name}` }] }] : undefined;
    const failing: DirectiveHandler = () => {
      throw new Error('boom');
    };
    const markdown = ':::Merge-Example{ok="yes"}\nbody\n:::\n\n::merge-example{ok="no"}\n\n::broken{a="b"}';
    const { dom, portal, messages } = renderBlocks(markdown, { directives: { 'merge-example': handler, broken: failing } });
    expect(dom.querySelectorAll('p').map(textOf)).toEqual(['handled Merge-Example', '::merge-example{ok="no"}', '::broken{a="b"}']);
    expect(portal).toHaveLength(1);
    expect(portal[0]).toMatch(/^signpost-directive-failed: .*boom/);
    expect(messages).toEqual([]);
  });
});
