/**
 * Compound parts for search. Pagefind finds a word by its start (`import` finds
 * `importinstellingen`) but never by its end (`instellingen`). So before a page goes to
 * Pagefind, one occurrence of each compound whose parts the page never uses on their own gets a
 * hidden token of its parts right after it (compound-mark.ts): the page is then found by the
 * part, at Pagefind's lowest weight (a page with the part as a word of its own ranks higher),
 * the excerpt points at the compound (the search box takes the token out again), and the
 * compound itself keeps its weight. Only the copy given to Pagefind changes, never the served page.
 */
import { partsToken } from './compound-mark.ts';
import { splitCompound, type CompoundSplit, type SplitOptions } from './compound-split.ts';
import { pageWords, type PageWord } from './page-words.ts';

/** Adds the words of a page's indexed text to its language's vocabulary (lower-cased). */
export function addToVocabulary(vocabulary: Set<string>, html: string): void {
  for (const word of pageVocabulary(html)) vocabulary.add(word);
}

/** The distinct words of a page's indexed text, lower-cased: its share of its language's vocabulary. */
export function pageVocabulary(html: string): string[] {
  return [...new Set(pageWords(html).map((word) => word.text.toLowerCase()))];
}

/** What `markCompounds` did to one page. */
export interface MarkedPage {
  html: string;
  /** Parts the page can now be found by, e.g. `['instellingen']`. */
  addedParts: string[];
}

/**
 * Marks compound parts in `html` (see the module comment). Occurrences in body text are
 * preferred to headings (Pagefind weighs heading words up to 7×) and to metadata text.
 * @example markCompounds('<article data-pagefind-body><p>De importinstellingen</p></article>', new Set(['import', 'instellingen', 'de']))
 *   // → { html: '<article data-pagefind-body><p>De importinstellingen<span data-pagefind-weight="0.05"> ~^^~import~^~instellingen</span></p></article>', addedParts: ['import', 'instellingen'] }
 */
export function markCompounds(html: string, vocabulary: ReadonlySet<string>, options: Partial<SplitOptions> = {}): MarkedPage {
  return createCompoundMarker(vocabulary, options)(html);
}

/**
 * `markCompounds` for many pages of one language: the splits of each distinct word are
 * computed once and shared (half the indexing time of the corpus went into splitting again).
 * @example const mark = createCompoundMarker(vocabulary); pages.map((html) => mark(html).html)
 */
export function createCompoundMarker(vocabulary: ReadonlySet<string>, options: Partial<SplitOptions> = {}): (html: string) => MarkedPage {
  const splits = new Map<string, CompoundSplit | undefined>();
  return (html) => markWith(html, vocabulary, splits, options);
}

function markWith(html: string, vocabulary: ReadonlySet<string>, splits: Map<string, CompoundSplit | undefined>, options: Partial<SplitOptions>): MarkedPage {
  const words = pageWords(html);
  const onPage = new Set(words.map((word) => word.text.toLowerCase()));
  const covered = new Set<string>();
  const marks = new Map<PageWord, number[]>();
  // Body text first, then headings (Pagefind weighs them up to 7×), then metadata text such as
  // the keywords, whose token goes after the element: inside it, the parts would join the
  // metadata, which Pagefind scores as a match of its own.
  const rank = (word: PageWord) => (word.afterMeta !== undefined ? 2 : word.inHeading ? 1 : 0);
  const ordered = [0, 1, 2].flatMap((level) => words.filter((word) => rank(word) === level));
  for (const word of ordered) {
    const lower = word.text.toLowerCase();
    if (lower.length !== word.text.length) continue; // offsets would not line up
    if (!splits.has(lower)) splits.set(lower, splitCompound(lower, vocabulary, options));
    const split = splits.get(lower);
    if (!split || split.parts.every((part) => onPage.has(part) || covered.has(part))) continue;
    for (const part of split.parts) covered.add(part);
    marks.set(word, split.starts);
  }
  if (!marks.size) return { html, addedParts: [] };
  const at = (word: PageWord) => word.afterMeta ?? word.offset + word.text.length;
  const byOffset = [...marks].sort(([a], [b]) => at(a) - at(b));
  let out = '';
  let from = 0;
  for (const [word, starts] of byOffset) {
    // A linking element stays on the part before it (`bedrijfs~^~gegevens`): Pagefind's Dutch
    // and Danish stemmers drop it, and its prefix search finds `bedrijf` in `bedrijfs` anyway.
    const end = at(word);
    out += html.slice(from, end) + partsToken(word.text, starts);
    from = end;
  }
  out += html.slice(from);
  const addedParts = [...covered].filter((part) => !onPage.has(part)).sort();
  return { html: out, addedParts };
}
