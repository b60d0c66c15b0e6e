/**
 * The joiner the search index puts between compound parts (search-terms.ts) and the search box
 * removes from excerpts (src/scripts/search.ts). Kept apart so the page script imports only this.
 * ASCII punctuation, because Pagefind splits a word at ASCII punctuation into parts it indexes
 * at that word's position; never found between two letters in prose.
 */
export const COMPOUND_MARK = '~^~';

/**
 * Removes the marks from text Pagefind gives back (excerpts), so readers see the page's words.
 * @example unmarkCompounds('de <mark>import~^~instellingen</mark>') // → 'de <mark>importinstellingen</mark>'
 */
export function unmarkCompounds(text: string): string {
  return text.split(COMPOUND_MARK).join('');
}
