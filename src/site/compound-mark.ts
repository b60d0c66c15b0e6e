/**
 * How compound parts travel through the search index (search-terms.ts) and back out of the
 * search box (src/scripts/search.ts). Kept apart so the page script imports only this.
 *
 * After a compound the index copy of a page gets a hidden token of its parts joined by
 * `COMPOUND_MARK`: `importinstellingen` → `importinstellingen<span data-pagefind-weight="0.05">
 * ~^^~import~^~instellingen</span>`. Pagefind splits a word at ASCII punctuation and indexes
 * the parts at that word's position, at its weight: here the lowest there is (1/24), so a page
 * that has the part as a word of its own ranks above one that has it only inside a compound,
 * while the compound itself keeps its full weight. Neither mark occurs between letters in prose.
 */
export const COMPOUND_MARK = '~^~';

/** Starts the hidden token of parts, so the search box can take it out of excerpts. */
export const PARTS_TOKEN = '~^^~';

/** Pagefind weight of the parts token (Pagefind's minimum, 1/24, once rounded). */
export const PARTS_WEIGHT = '0.05';

/**
 * The hidden parts token to put after `word`, whose later parts start at `starts`.
 * @example partsToken('Importinstellingen', [6]) // → '<span data-pagefind-weight="0.05"> ~^^~Import~^~instellingen</span>'
 */
export function partsToken(word: string, starts: number[]): string {
  let at = 0;
  let joined = '';
  for (const start of starts) joined += word.slice(at, (at = start)) + COMPOUND_MARK;
  return `<span data-pagefind-weight="${PARTS_WEIGHT}"> ${PARTS_TOKEN}${joined}${word.slice(at)}</span>`;
}

// The token holds letters and marks only; punctuation after it belongs to the page's text.
// Pagefind puts a space after the token's element, which before punctuation goes too.
const MARKED_PARTS = /(\S+?)\s*<mark>~\^\^~(?:[\p{L}\p{M}]|~\^~)*([^<]*)<\/mark>(?:\s(?=[.,;:!?)]))?/gu;
const PARTS = /\s?~\^\^~(?:[\p{L}\p{M}]|~\^~)*(?:\s(?=[.,;:!?)]))?/gu;

/**
 * Takes the parts tokens out of an excerpt Pagefind gives back, moving a highlight on one to the
 * compound before it, so readers see the page's own words.
 * @example unmarkCompounds('de importinstellingen <mark>~^^~import~^~instellingen</mark> kunt') // → 'de <mark>importinstellingen</mark> kunt'
 */
export function unmarkCompounds(excerpt: string): string {
  return excerpt
    .replace(MARKED_PARTS, (_, before: string, tail: string) => (before.endsWith('</mark>') ? before : `${before.replace(/^(<mark>)?/, '<mark>')}</mark>`) + tail)
    .replace(PARTS, '')
    .split(COMPOUND_MARK)
    .join('')
    .trim();
}
