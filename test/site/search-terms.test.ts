/**
 * What the search index is given for a page (src/site/search-terms.ts, page-words.ts): the
 * indexed words of the page body, and one marked occurrence of each compound whose part the
 * page never uses on its own.
 */
import { describe, expect, it } from 'vitest';
import { PARTS_WEIGHT, unmarkCompounds } from '../../src/site/compound-mark.ts';
import { pageWords } from '../../src/site/page-words.ts';
import { addToVocabulary, markCompounds } from '../../src/site/search-terms.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="nl"><head><title>Titel woorden</title></head><body><nav>Menu instellingen</nav><article class="sp-article" data-pagefind-body data-pagefind-meta="title:Importinstellingen">${body}</article><footer>Voet</footer></body></html>`;

describe('unmarkCompounds', () => {
  it('takes the parts token out of an excerpt and moves its highlight to the compound', () => {
    expect(unmarkCompounds('zodat u de importinstellingen <mark>~^^~import~^~instellingen</mark> kunt opgeven.')).toBe('zodat u de <mark>importinstellingen</mark> kunt opgeven.');
    expect(unmarkCompounds('de <mark>importinstellingen</mark> <mark>~^^~import~^~instellingen.</mark> Dan')).toBe('de <mark>importinstellingen</mark>. Dan');
    expect(unmarkCompounds('~^^~import~^~instellingen kunt <mark>Excel</mark>')).toBe('kunt <mark>Excel</mark>');
    expect(unmarkCompounds('de bedrijfsgegevens ~^^~bedrijfs~^~gegevens, en')).toBe('de bedrijfsgegevens, en');
    // As Pagefind gives them: a space after the token's element, also before punctuation.
    expect(unmarkCompounds('<mark>Instellingen</mark> en onderhoud ~^^~onder~^~houd , import. De database ~^^~data~^~base before')).toBe('<mark>Instellingen</mark> en onderhoud, import. De database before');
    expect(unmarkCompounds('zodat u de importinstellingen <mark>~^^~import~^~instellingen</mark> , kunt')).toBe('zodat u de <mark>importinstellingen</mark>, kunt');
  });
});

describe('pageWords', () => {
  it('lists the words of the indexed body only, with their offsets', () => {
    const html = page('<h2 id="a">Over importinstellingen</h2><p title="a > b">Zie <code>importcode</code> en <a href="/x/">de lijst</a> &amp; meer.</p><pre>pre tekst</pre><div data-pagefind-ignore>weg</div><p>café</p>');
    const words = pageWords(html);
    expect(words.map((word) => word.text)).toEqual(['Over', 'importinstellingen', 'Zie', 'en', 'de', 'lijst', 'meer', 'café']);
    for (const word of words) expect(html.slice(word.offset, word.offset + word.text.length)).toBe(word.text);
    expect(words.filter((word) => word.inHeading).map((word) => word.text)).toEqual(['Over', 'importinstellingen']);
  });

  it('has none on a page without a search body', () => {
    expect(pageWords('<html><body><p>Doorverwijzing</p></body></html>')).toEqual([]);
  });
});

describe('markCompounds', () => {
  const token = (parts: string) => `<span data-pagefind-weight="${PARTS_WEIGHT}"> ~^^~${parts}</span>`;
  const vocabulary = new Set<string>();
  addToVocabulary(vocabulary, page('<p>De instellingen voor import en het bedrijf met gegevens.</p>'));

  it('builds the vocabulary from the search body of pages', () => {
    expect([...vocabulary].sort()).toEqual(['bedrijf', 'de', 'en', 'gegevens', 'het', 'import', 'instellingen', 'met', 'voor']);
  });

  it('marks the first body occurrence of a compound whose parts the page lacks, once', () => {
    const html = page('<h1>Importinstellingen</h1><p>Kies de Importinstellingen. Daarna de importinstellingen en bedrijfsgegevens.</p>');
    const marked = markCompounds(html, vocabulary);
    expect(marked.addedParts).toEqual(['bedrijf', 'gegevens', 'import', 'instellingen']);
    expect(marked.html).toBe(page(`<h1>Importinstellingen</h1><p>Kies de Importinstellingen${token('Import~^~instellingen')}. Daarna de importinstellingen en bedrijfsgegevens${token('bedrijfs~^~gegevens')}.</p>`));
  });

  it('leaves a page alone that already uses every part on its own', () => {
    const html = page('<p>De importinstellingen: import en instellingen.</p>');
    expect(markCompounds(html, vocabulary)).toEqual({ html, addedParts: [] });
  });

  it('uses a heading occurrence only when the body has none', () => {
    const html = page('<h2>Importinstellingen</h2><p>Tekst.</p>');
    expect(markCompounds(html, vocabulary).html).toContain(`<h2>Importinstellingen${token('Import~^~instellingen')}</h2>`);
  });

  it('keeps the parts out of metadata text: a body occurrence first, else after the metadata element', () => {
    const keywords = '<div hidden><p data-pagefind-weight="5" data-pagefind-meta="keywords">import, Importinstellingen</p></div>';
    const both = page(`${keywords}<p>De Importinstellingen.</p>`);
    expect(markCompounds(both, vocabulary).html).toBe(page(`${keywords}<p>De Importinstellingen${token('Import~^~instellingen')}.</p>`));
    const only = page(keywords);
    expect(markCompounds(only, vocabulary).html).toBe(page(keywords.replace('</p>', `</p>${token('Import~^~instellingen')}`)));
    // The article's own inline `title:…` metadata is no capture: its words are body text.
    expect(pageWords(page('<p>Zie dit</p>')).every((word) => word.afterMeta === undefined)).toBe(true);
  });

  it('never marks text outside the search body or inside code', () => {
    const html = page('<p><code>importinstellingen</code></p>').replace('<nav>Menu instellingen</nav>', '<nav>importinstellingen</nav>');
    expect(markCompounds(html, vocabulary).html).toBe(html);
  });
});
