import { describe, expect, it } from 'vitest';
import { rewriteVideoUrl } from '../../../plugins/remark-docfx/lib/video.ts';
import { renderBlocks, textOf } from './render-blocks.ts';

describe('video (spec §13)', () => {
  it('rewrites http and youtube hosts, keeping path and query', () => {
    expect(rewriteVideoUrl('https://www.youtube.com/embed/dVk?t=3')).toBe('https://www.youtube-nocookie.com/embed/dVk?t=3');
    expect(rewriteVideoUrl('http://youtube.com/embed/a')).toBe('https://www.youtube-nocookie.com/embed/a');
    expect(rewriteVideoUrl('https://www.youtube-nocookie.com/embed/a')).toBe('https://www.youtube-nocookie.com/embed/a');
    expect(rewriteVideoUrl('http://media.example.com/youtube.com/x.mp4')).toBe('https://media.example.com/youtube.com/x.mp4');
  });

  it('renders each video line as a div with an iframe and ends the quote at it', () => {
    const { dom, html } = renderBlocks(
      '<!-- markdownlint-disable-next-line MD034 -->\n> [!Video https://www.youtube.com/embed/dVk]\n> [!video http://media.example.com/two.mp4]\n> daarna citaat',
    );
    expect(dom.querySelectorAll('[data-video] iframe').map((f) => f.getAttribute('src'))).toEqual([
      'https://www.youtube-nocookie.com/embed/dVk',
      'https://media.example.com/two.mp4',
    ]);
    expect(textOf(dom.querySelector('blockquote'))).toBe('daarna citaat');
    expect(dom.querySelectorAll('blockquote [data-video]')).toHaveLength(0);
    expect(html).not.toContain('markdownlint');
  });

  it('leaves a video marker without URL or with trailing text as a quote', () => {
    const { dom } = renderBlocks('> [!VIDEO]\n\n> [!VIDEO https://x.example/v] kijk');
    expect(dom.querySelectorAll('[data-video]')).toHaveLength(0);
    expect(dom.querySelectorAll('blockquote')).toHaveLength(2);
  });
});

describe('[!div] sections (spec §11)', () => {
  it('opens a div with the quoted attributes and drops malformed ones', () => {
    const { dom } = renderBlocks('> [!div class="nextstepaction" id="verder" title=x onclick="evil()"]\n> [Volgende stap](b.md)');
    const div = dom.querySelector('div.nextstepaction#verder');
    expect(textOf(div)).toBe('Volgende stap');
    expect(div?.getAttribute('title')).toBeUndefined();
    expect(div?.getAttribute('onclick')).toBeUndefined();
    expect(dom.querySelectorAll('blockquote')).toHaveLength(0);
  });

  it('renders a bare div, nests a div of a nested quote, and keeps trailing text as a quote', () => {
    const { dom } = renderBlocks('> [!DIV]\n> kaal\n\n> > [!div class="binnen"]\n> > diep\n\n> [!div class="x"] tekst');
    expect(dom.querySelectorAll('div').map(textOf)).toContain('kaal');
    expect(textOf(dom.querySelector('blockquote div.binnen'))).toBe('diep');
    expect(dom.querySelectorAll('div.x')).toHaveLength(0);
  });
});
