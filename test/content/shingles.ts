/**
 * Detects copied prose: a run of N consecutive words that occurs both in our help content and
 * in a set of reference files (the seeds and the DocFX corpus). Words are runs of Unicode
 * letters and digits, compared case-insensitively.
 *
 * Efficiency: the content is small (≈ 10⁵ words) and the corpus large (≈ 6,000 files, 90 MB),
 * so only the content's shingles are stored. Each word gets an integer id from the content's
 * vocabulary; a corpus word outside that vocabulary cannot be part of a shared run, so the
 * scan only builds keys for windows of N known words. Memory stays proportional to the content.
 */

/** Splits text into lower-cased words (runs of letters and digits). `"Ab-c 1"` → `['ab','c','1']`. */
export function toWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Where a shared run was found. */
export interface SharedRun {
  /** The N words, joined by single spaces. */
  words: string;
  /** Content file (relative path) holding the run. */
  contentFile: string;
  /** Reference file (relative path) holding the same run. */
  referenceFile: string;
}

/** Index of the N-word runs of a set of texts, for fast membership tests. */
export class ShingleIndex {
  readonly size: number;
  private readonly vocabulary = new Map<string, number>();
  private readonly owners = new Map<string, string>();

  /**
   * Builds the index from `files` (path → text) with runs of `size` words.
   * Example: `new ShingleIndex(new Map([['a.md', 'one two three']]), 2)` indexes `one two`, `two three`.
   */
  constructor(files: Map<string, string>, size: number) {
    this.size = size;
    for (const [path, text] of files) {
      const ids = toWords(text).map((word) => this.idOf(word, true));
      for (let start = 0; start + size <= ids.length; start++) {
        const key = ids.slice(start, start + size).join(',');
        if (!this.owners.has(key)) this.owners.set(key, path);
      }
    }
  }

  /**
   * Returns every run of `text` that is also in the index (one entry per distinct run).
   * Example: with `one two` indexed, `findShared('x one two', 'ref.txt')` → one SharedRun.
   */
  findShared(text: string, referenceFile: string): SharedRun[] {
    const words = toWords(text);
    const ids = words.map((word) => this.idOf(word, false));
    const found: SharedRun[] = [];
    const reported = new Set<string>();
    let knownRun = 0; // length of the run of in-vocabulary words ending at `end`
    for (let end = 0; end < ids.length; end++) {
      knownRun = ids[end] < 0 ? 0 : knownRun + 1;
      if (knownRun < this.size) continue;
      const start = end - this.size + 1;
      const key = ids.slice(start, end + 1).join(',');
      const contentFile = this.owners.get(key);
      if (contentFile === undefined || reported.has(key)) continue;
      reported.add(key);
      found.push({ words: words.slice(start, end + 1).join(' '), contentFile, referenceFile });
    }
    return found;
  }

  private idOf(word: string, add: boolean): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) {
      if (!add) return -1;
      id = this.vocabulary.size;
      this.vocabulary.set(word, id);
    }
    return id;
  }
}
