import { describe, expect, it } from 'vitest';
import { renderBlocks, textOf } from './render-blocks.ts';

const files = { 'nl/media/scherm.png': 'PNG', 'nl/media/plus.png': 'PNG', 'nl/media/groot.png': 'PNG', 'nl/x.txt': 'een\ntwee\ndrie\n' };

describe('triple-colon blocks (spec §14)', () => {
  it('renders block and inline :::image (content, icon) with resolved sources', () => {
    const { dom, html, messages } = renderBlocks(
      '# A\n\n:::image type="content" source="media/scherm.png" alt-text="Het importscherm":::\n\nKlik op :::image type="icon" source="media/plus.png"::: om toe te voegen.',
      { files },
    );
    expect(dom.querySelector('img[alt="Het importscherm"]')?.getAttribute('src')).toBe('/nl/media/scherm.png');
    expect(dom.querySelectorAll('p img[role="presentation"][src="/nl/media/plus.png"][alt=""]')).toHaveLength(1);
    expect(textOf(dom)).toContain('Klik op om toe te voegen.');
    expect(html).not.toContain(':::image');
    expect(messages).toEqual([]);
  });

  it('keeps :::image without source or alt-text literal, wraps lightbox/link and reports missing images', () => {
    const markdown = ':::image source="media/scherm.png":::\n\n:::image type="content" alt-text="x":::\n\n:::image source="media/scherm.png" alt-text="a" lightbox="media/groot.png":::\n\n:::image source="media/weg.png" alt-text="b" link="https://example.com":::';
    const { dom, messages } = renderBlocks(markdown, { files });
    expect(dom.querySelectorAll('p').slice(0, 2).map(textOf)).toEqual([':::image source="media/scherm.png":::', ':::image type="content" alt-text="x":::']);
    expect(dom.querySelector('a[href="/nl/media/groot.png"] img[alt="a"]')).not.toBeNull();
    expect(dom.querySelector('a[href="https://example.com"] img[data-image-missing]')).not.toBeNull();
    expect(messages).toMatchObject([{ ruleId: 'image-missing', line: 7 }]);
  });

  it('renders zones and monikers around Markdown; an inner zone may be closed by moniker-end', () => {
    const markdown = '::: moniker range=">= v10"\n\n::: zone pivot="windows"\n\nWindows **only**.\n\n::: moniker-end\n\n:::zone target="docs"\n\nDocs.\n\n:::zone-end:::\n\nAfter.';
    const { dom, html, messages } = renderBlocks(markdown);
    expect(dom.querySelector('[data-moniker=">= v10"] [data-zone-pivot="windows"] strong')).not.toBeNull();
    expect(textOf(dom.querySelector('[data-zone-target="docs"]'))).toBe('Docs.');
    expect(textOf(dom.querySelector('[data-moniker]'))).not.toContain('After.');
    expect(html).not.toMatch(/zone-end|moniker-end/);
    expect(messages).toEqual([]);
  });

  it('reports an unclosed zone at its opening line and runs it to the end', () => {
    const { dom, messages } = renderBlocks('Intro.\n\n::: zone pivot="a"\n\nRest.');
    expect(textOf(dom.querySelector('[data-zone-pivot="a"]'))).toBe('Rest.');
    expect(messages).toMatchObject([{ ruleId: 'tab-unclosed', line: 3 }]);
  });

  it('renders :::code like a snippet and :::video like a video', () => {
    const markdown = ':::code language="text" source="x.txt" range="2-3" highlight="1":::\n\n:::code language="cs" source="weg.cs":::\n\n:::video source="http://www.youtube.com/embed/q" title="Demo":::\n\n:::video title="zonder bron":::';
    const { dom, messages } = renderBlocks(markdown, { files });
    expect(dom.querySelector('pre code.language-text')?.textContent.trimEnd()).toBe('twee\ndrie');
    expect(dom.querySelectorAll('[data-snippet-error]')).toHaveLength(1);
    expect(dom.querySelector('[data-video] iframe')?.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/q');
    expect(textOf(dom.querySelector('p'))).toBe(':::video title="zonder bron":::');
    expect(messages).toMatchObject([{ ruleId: 'snippet-missing', line: 3 }]);
  });
});
