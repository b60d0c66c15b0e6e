import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderBlocks, textOf } from './render-blocks.ts';

const titleOf = (markdown: string, page: string, kind: string) =>
  textOf(renderBlocks(markdown, { page }).dom.querySelector(`[data-alert=${kind}] [data-alert-title]`));

describe('alerts (spec §6)', () => {
  it('localizes the five titles by the page language, English for other folders', () => {
    const markdown = ['NOTE', 'TIP', 'IMPORTANT', 'CAUTION', 'WARNING'].map((type) => `> [!${type}]\n> x`).join('\n\n');
    const expected: Record<string, string[]> = {
      'nl/a.md': ['Opmerking', 'Tip', 'Belangrijk', 'Let op', 'Waarschuwing'],
      'da/a.md': ['Bemærk', 'Tip', 'Vigtigt', 'Forsigtig', 'Advarsel'],
      'de/a.md': ['Note', 'Tip', 'Important', 'Caution', 'Warning'],
    };
    for (const [page, titles] of Object.entries(expected)) {
      const { dom, messages } = renderBlocks(markdown, { page });
      expect(dom.querySelectorAll('[data-alert-title]').map(textOf)).toEqual(titles);
      expect(messages).toEqual([]);
    }
  });

  it('matches the marker case-insensitively and never leaves it in the text or in a blockquote', () => {
    const { dom, html } = renderBlocks('> [!note]\n> Lille.\n\n> [!Tip]\n> Blandet.', { page: 'da/a.md' });
    expect(dom.querySelectorAll('[data-alert]').map((e) => e.getAttribute('data-alert'))).toEqual(['note', 'tip']);
    expect(html).not.toContain('[!');
    expect(dom.querySelectorAll('blockquote')).toHaveLength(0);
  });

  it('keeps text after the marker, unknown types and unclosed markers as ordinary quotes', () => {
    const { dom } = renderBlocks('> [!NOTE] Let op hier\n> tweede\n\n> [!TODO]\n> later\n\n> [!TIP\n> open');
    expect(dom.querySelectorAll('[data-alert]')).toHaveLength(0);
    expect(dom.querySelectorAll('blockquote').map(textOf)).toEqual(['[!NOTE] Let op hier tweede', '[!TODO] later', '[!TIP open']);
  });

  it('starts a sibling alert at a second marker and keeps earlier quote lines as a blockquote', () => {
    const { dom } = renderBlocks('> gewoon citaat\n>\n> [!NOTE]\n> hallo\n> wereld\n> [!WARNING]\n> Pas op');
    expect(textOf(dom.querySelector('blockquote'))).toBe('gewoon citaat');
    expect(textOf(dom.querySelector('[data-alert=note]'))).toBe('Opmerking hallo wereld');
    expect(textOf(dom.querySelector('[data-alert=warning]'))).toBe('Waarschuwing Pas op');
    expect(dom.querySelectorAll('[data-alert] [data-alert], blockquote [data-alert]')).toHaveLength(0);
  });

  it('gives an empty alert when the line after the marker has no ">" (lazy line), but keeps lazy body lines', () => {
    const empty = renderBlocks('# T\n\n> [!NOTE]\nNavnene er engelske.\n\nNæste.', { page: 'da/t.md' }).dom;
    expect(textOf(empty.querySelector('[data-alert=note]'))).toBe('Bemærk');
    expect(empty.querySelectorAll('p').map(textOf)).toContain('Navnene er engelske.');
    const lazyBody = renderBlocks('> [!WARNING]\n> Hallo wereld\ndit hoort er ook bij\n\nDit niet.').dom;
    expect(textOf(lazyBody.querySelector('[data-alert=warning]'))).toBe('Waarschuwing Hallo wereld dit hoort er ook bij');
  });

  it('tells lazy lines apart inside nested quotes and list items', () => {
    const nested = renderBlocks('> > [!TIP]\n> lazy for the inner quote').dom;
    expect(textOf(nested.querySelector('[data-alert=tip]'))).toBe('Tip');
    const listed = renderBlocks('* Een lijst.\n\n    > [!TIP]\n    > Voeg een kolom toe.\n    > - punt\n\n* Tweede.').dom;
    // Two items in the outer list plus the one inside the alert body.
    expect(listed.querySelectorAll('ul > li')).toHaveLength(3);
    expect(textOf(listed.querySelector('li [data-alert=tip]'))).toBe('Tip Voeg een kolom toe. punt');
    expect(listed.querySelectorAll('li [data-alert=tip] ul li')).toHaveLength(1);
  });

  it('reads the include file (node.data.docfxSource) for the lazy-line check of included text', () => {
    const markIncluded = (tree: Root) => visit(tree, (node) => void (node.data = { ...node.data, docfxSource: 'nl/includes/x.md' } as never));
    const page = renderBlocks('> [!NOTE]\n> lazy', { files: { 'nl/includes/x.md': '> [!NOTE]\n> lazy' } });
    expect(textOf(page.dom.querySelector('[data-alert=note]'))).toBe('Opmerking lazy');
    const included = renderBlocks('> [!NOTE]\n> lazy', { files: { 'nl/includes/x.md': '> [!NOTE]\nlazy' }, prepare: markIncluded });
    expect(textOf(included.dom.querySelector('[data-alert=note]'))).toBe('Opmerking');
  });
});
