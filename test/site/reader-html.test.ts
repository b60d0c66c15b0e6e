import { describe, expect, it } from 'vitest';
import { prepareForReaders, showsProblems } from '../../src/site/reader-html.ts';

const options = { showProblems: false, unavailable: 'Dit deel van de pagina is niet beschikbaar.', tableLabel: (n: number) => `Tabel ${n}` };

describe('page body for readers', () => {
  it('makes code blocks focusable and wraps tables in focusable scroll regions with unique labels', () => {
    const html = prepareForReaders('<pre><code>x</code></pre><pre tabindex="-1">y</pre><table><tr><td><table></table></td></tr></table>', options);
    expect(html).toBe('<pre tabindex="0"><code>x</code></pre><pre tabindex="-1">y</pre>'
      + '<div class="sp-table" role="region" tabindex="0" aria-label="Tabel 1"><table><tr><td><div class="sp-table" role="region" tabindex="0" aria-label="Tabel 2"><table></table></div></td></tr></table></div>');
  });

  it('gives a labelled icon the image role its name needs, and leaves other elements alone', () => {
    const html = prepareForReaders('<p><i class="ph ph-gear" aria-label="Gear"></i> <i role="presentation" aria-label="x"></i> <i>nadruk</i> <img alt="a"></p>', options);
    expect(html).toBe('<p><i role="img" class="ph ph-gear" aria-label="Gear"></i> <i role="presentation" aria-label="x"></i> <i>nadruk</i> <img alt="a"></p>');
  });

  it('shows a failed include or snippet as a short notice in production, keeping the hook', () => {
    const html = prepareForReaders('<p>a <span data-include-error="missing">Tabel</span></p><div data-snippet-error="missing" class="snippet-error">x.cs</div>', options);
    expect(html).toBe('<p>a <span data-include-error="missing" class="sp-unavailable" data-pagefind-ignore>Dit deel van de pagina is niet beschikbaar.</span></p>'
      + '<div data-snippet-error="missing" class="sp-unavailable" data-pagefind-ignore>Dit deel van de pagina is niet beschikbaar.</div>');
  });

  it('keeps failed parts as written for writers', () => {
    const failed = '<div data-include-error="cycle">Tabel</div>';
    expect(prepareForReaders(failed, { ...options, showProblems: true })).toBe(failed);
  });

  it('shows problems in the dev preview and with SIGNPOST_SHOW_PROBLEMS=1 only', () => {
    expect(showsProblems({}, false)).toBe(false);
    expect(showsProblems({ SIGNPOST_SHOW_PROBLEMS: '1' }, false)).toBe(true);
    expect(showsProblems({ SIGNPOST_SHOW_PROBLEMS: '0' }, false)).toBe(false);
    expect(showsProblems({}, true)).toBe(true);
  });
});
