/**
 * What one build's search indexing leaves for the next (search-index.ts). Pagefind has no
 * incremental mode — a language's index is built from all its pages at once — but a language
 * none of whose pages changed needs no run at all, and in a language that needs one only the
 * pages that changed need their marked copy (search-terms.ts) made again. Whether they changed
 * is known without reading them: a page Astro did not generate again is the previous build's
 * file (output-ledger.ts). Kept per page: its language, a digest of the part Pagefind reads and
 * of its marked copy, and its words as numbers into its language's word table (a page's marks
 * depend on every word of its language); per language: the digest of its vocabulary and of its
 * pages, Pagefind's entry record and the index files it wrote.
 */
import { createHash } from 'node:crypto';

/** The search facts of one built page; null for a page Pagefind does not index (no `data-pagefind-body`). */
export interface IndexedPageFacts {
  lang: string;
  /** Digest of the page's search view (search-view.ts). */
  viewDigest: string;
  /** The page's distinct words, as positions in its language's word table. */
  words: Uint32Array;
  /** Digest of the marked copy staged for Pagefind, once made. */
  markedDigest?: string;
}

/** What one language's Pagefind run produced. */
export interface LanguageIndex {
  /** Every word any page of the language had since the cache was made; positions never change. */
  table: string[];
  vocabularyDigest: string;
  /** Digest of the language's pages and their views. */
  pagesDigest: string;
  pageCount: number;
  /** Bytes of the language's own index files (for the build log). */
  bytes: number;
  /** Pagefind's `pagefind-entry.json` of the run. */
  entry: PagefindEntry;
  /** Files of the run below the output folder (`pagefind/…`) and their ledger identities. */
  files: Map<string, string>;
}

/** Pagefind's `pagefind-entry.json`: its version and one record per language. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  [other: string]: unknown;
}

/** The state search-index.ts saves: per built HTML file, and per language. */
export interface SearchState {
  languages: Map<string, LanguageIndex>;
  pages: Map<string, IndexedPageFacts | null>;
}

export const sha1 = (text: string | Uint8Array) => createHash('sha1').update(text).digest('hex');

/** A language's word table: words by position, and the position of each word. */
export class WordTable {
  readonly words: string[];
  readonly #positions: Map<string, number>;

  constructor(words: readonly string[] = []) {
    this.words = [...words];
    this.#positions = new Map(this.words.map((word, position) => [word, position]));
  }

  /** Positions of `words`, adding the new ones at the end. */
  positions(words: Iterable<string>): Uint32Array {
    const out: number[] = [];
    for (const word of words) {
      let position = this.#positions.get(word);
      if (position === undefined) {
        position = this.words.length;
        this.words.push(word);
        this.#positions.set(word, position);
      }
      out.push(position);
    }
    return Uint32Array.from(out);
  }

  /**
   * The vocabulary of `pages`: every word at least one of them has, and its digest.
   * Example: pages with words [0, 1] and [1, 2] of table ['import', 'de', 'bedrijf'] → all three.
   */
  vocabulary(pages: Iterable<IndexedPageFacts>): { words: Set<string>; digest: string } {
    const present = new Uint8Array(this.words.length);
    for (const page of pages) for (const position of page.words) present[position] = 1;
    const words = this.words.filter((_, position) => present[position] === 1);
    return { words: new Set(words), digest: sha1(words.sort().join('\n')) };
  }
}

/**
 * Digest of a language's pages: which they are and what each shows Pagefind.
 * Example: `pagesDigest([['nl/a/index.html', facts]])` → `'5d2…'`.
 */
export const pagesDigest = (pages: readonly [string, IndexedPageFacts][]) => sha1(pages.map(([path, facts]) => `${path}\0${facts.viewDigest}`).join('\n'));
