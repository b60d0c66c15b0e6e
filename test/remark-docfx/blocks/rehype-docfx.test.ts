import { describe, expect, it } from 'vitest';
import { renderBlocks, textOf } from './render-blocks.ts';

describe('rehypeDocfx sanitising (spec §15)', () => {
  it('removes script, style, stray iframes, on* attributes and javascript: URLs', () => {
    const markdown = 'Tekst <b onclick="x()" onMouseOver="y()">vet</b> <a href=" javascript:alert(1)">link</a>\n\n<script>alert(1)</script>\n\n<style>p{}</style>\n\n<iframe src="https://evil.example"></iframe>\n\n<div onload="z()">blok</div>';
    const { dom, html } = renderBlocks(markdown);
    expect(dom.querySelectorAll('script, style, iframe')).toHaveLength(0);
    expect(html).not.toMatch(/onclick|onmouseover|onload|javascript:/i);
    expect(textOf(dom)).toBe('Tekst vet link blok');
  });

  it('keeps icons, anchors, details, br, sup, tables and the video iframe; drops comments', () => {
    const markdown = '## <a id="add"></a>Kop\n\nKlik <i class="ph ph-file-arrow-up" aria-hidden="true"></i> hier<br>x<sup>2</sup>\n\n<!-- markdownlint-disable MD033 -->\n<details>\n\n<summary>Vraag</summary>\n\nAntwoord **ja**.\n\n</details>\n\n| a |\n|---|\n| 1 |\n\n> [!Video https://www.youtube.com/embed/a]';
    const { dom, html } = renderBlocks(markdown);
    expect(dom.querySelectorAll('i.ph.ph-file-arrow-up[aria-hidden="true"], a#add, br, sup, table, details > summary, details strong')).toHaveLength(7);
    expect(dom.querySelector('[data-video] iframe')).not.toBeNull();
    expect(html).not.toContain('markdownlint');
  });
});
