/**
 * Splits compound words (Dutch `importinstellingen`, Danish `importindstillinger`) into words
 * the same help tree uses on their own, so search can find a page by a part of a compound.
 * Pure: the vocabulary is passed in (search-terms.ts builds it from a language's pages), so
 * nothing is kept by hand per page or per language.
 */

/** Tuning of the splitter; every field has a default in `SPLIT_DEFAULTS`. */
export interface SplitOptions {
  /** Shortest part (and so half the shortest compound) considered. */
  minPart: number;
  /** Longest word tried (longer tokens are ids, hashes, URLs — not compounds). */
  maxWord: number;
  /**
   * Linking elements allowed between two parts: Dutch and Danish join with -s- and -e-
   * (`bedrijf·s·gegevens`, `børn·e·have`), Dutch also with -en- (`boek·en·kast`).
   */
  linkers: readonly string[];
}

export const SPLIT_DEFAULTS: Readonly<SplitOptions> = Object.freeze({ minPart: 4, maxWord: 60, linkers: Object.freeze(['s', 'e', 'en']) });

/**
 * A split: `pieces.join('') === word`; `parts` are the pieces that are vocabulary words (the
 * others are linking elements); `starts` are the offsets where the second and later parts begin.
 */
export interface CompoundSplit {
  pieces: string[];
  parts: string[];
  starts: number[];
}

/** Best way to reach a position: fewest parts, then fewest linkers (plain joins are likelier). */
interface Step {
  parts: number;
  linkers: number;
  from: number;
  partEnd: number;
}

/**
 * Splits a lower-case `word` into two or more vocabulary words, optionally joined by linking
 * elements; the fewest parts win. Undefined when the word is no such compound.
 * @example splitCompound('importinstellingen', new Set(['import', 'instellingen'])) // → { pieces: ['import', 'instellingen'], parts: ['import', 'instellingen'], starts: [6] }
 * @example splitCompound('bedrijfsgegevens', new Set(['bedrijf', 'gegevens'])) // → { pieces: ['bedrijf', 's', 'gegevens'], parts: ['bedrijf', 'gegevens'], starts: [8] }
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>, options: Partial<SplitOptions> = {}): CompoundSplit | undefined {
  const { minPart, maxWord, linkers } = { ...SPLIT_DEFAULTS, ...options };
  const length = word.length;
  if (length < 2 * minPart || length > maxWord) return undefined;
  // best[i]: the cheapest way to have read word[0..i) ending with a part (and maybe a linker).
  const best: (Step | undefined)[] = new Array(length + 1);
  best[0] = { parts: 0, linkers: 0, from: -1, partEnd: 0 };
  const better = (a: Step, b: Step | undefined) => !b || a.parts < b.parts || (a.parts === b.parts && a.linkers < b.linkers);
  for (let start = 0; start < length; start++) {
    const here = best[start];
    if (!here) continue;
    for (let end = start + minPart; end <= length; end++) {
      if (start === 0 && end === length) continue; // the word itself is not a split of itself
      if (!vocabulary.has(word.slice(start, end))) continue;
      const plain: Step = { parts: here.parts + 1, linkers: here.linkers, from: start, partEnd: end };
      if (better(plain, best[end])) best[end] = plain;
      if (end === length) continue;
      for (const linker of linkers) {
        const next = end + linker.length;
        if (next >= length || !word.startsWith(linker, end)) continue;
        const linked: Step = { parts: here.parts + 1, linkers: here.linkers + 1, from: start, partEnd: end };
        if (better(linked, best[next])) best[next] = linked;
      }
    }
  }
  const last = best[length];
  if (!last || last.parts < 2 || last.partEnd !== length) return undefined;
  const pieces: string[] = [];
  const parts: string[] = [];
  const starts: number[] = [];
  for (let at = length, step = last; step.from >= 0; at = step.from, step = best[step.from]!) {
    if (step.partEnd < at) pieces.unshift(word.slice(step.partEnd, at));
    const part = word.slice(step.from, step.partEnd);
    pieces.unshift(part);
    parts.unshift(part);
    if (step.from > 0) starts.unshift(step.from);
  }
  return { pieces, parts, starts };
}
