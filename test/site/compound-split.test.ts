/**
 * The compound splitter (src/site/compound-split.ts): worked Dutch and Danish examples, words
 * that must stay whole, and a property over generated vocabularies and compounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/site/compound-split.ts';

const dutch = new Set(['import', 'instellingen', 'bedrijf', 'gegevens', 'personen', 'lijst', 'boek', 'kast', 'verwijderen']);
const danish = new Set(['import', 'indstillinger', 'firma', 'oplysninger', 'person', 'liste']);

describe('splitCompound', () => {
  it('splits Dutch compounds into words the tree uses', () => {
    expect(splitCompound('importinstellingen', dutch)).toEqual({ pieces: ['import', 'instellingen'], parts: ['import', 'instellingen'], starts: [6] });
    expect(splitCompound('personenlijst', dutch)?.parts).toEqual(['personen', 'lijst']);
  });

  it('keeps Dutch and Danish linking elements out of the parts', () => {
    expect(splitCompound('bedrijfsgegevens', dutch)).toEqual({ pieces: ['bedrijf', 's', 'gegevens'], parts: ['bedrijf', 'gegevens'], starts: [8] });
    expect(splitCompound('boekenkast', dutch)).toEqual({ pieces: ['boek', 'en', 'kast'], parts: ['boek', 'kast'], starts: [6] });
    expect(splitCompound('firmaoplysninger', danish)?.parts).toEqual(['firma', 'oplysninger']);
    expect(splitCompound('importindstillinger', danish)?.parts).toEqual(['import', 'indstillinger']);
  });

  it('leaves alone words that are not compounds of the vocabulary', () => {
    expect(splitCompound('verwijderen', dutch)).toBeUndefined(); // a word, not a split of itself
    expect(splitCompound('importx', dutch)).toBeUndefined(); // too short to hold two parts
    expect(splitCompound('importinstellingenx', dutch)).toBeUndefined(); // a tail that is no word
    expect(splitCompound('indstillinger', new Set(['ind', 'stillinger']))).toBeUndefined(); // parts under 4 letters
  });

  it('prefers the fewest parts', () => {
    const vocabulary = new Set(['abcd', 'efgh', 'abcdefgh', 'ijkl']);
    expect(splitCompound('abcdefghijkl', vocabulary)?.parts).toEqual(['abcdefgh', 'ijkl']);
  });

  it('emits only vocabulary words that are substrings of the compound, in order, covering it', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'n', 's'), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.uniqueArray(letters, { maxLength: 12 }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.constantFrom('', 's', 'e', 'en', 'x'), (words, picks, joiner) => {
        const vocabulary = new Set(words);
        const compound = words.length ? picks.map((pick) => words[pick % words.length]).join(joiner) : joiner;
        const split = splitCompound(compound, vocabulary);
        if (!split) return;
        expect(split.pieces.join('')).toBe(compound);
        expect(split.parts.length).toBeGreaterThanOrEqual(2);
        let from = 0;
        for (const part of split.parts) {
          expect(vocabulary.has(part)).toBe(true);
          expect(part.length).toBeGreaterThanOrEqual(4);
          expect(part).not.toBe(compound);
          const at = compound.indexOf(part, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + part.length;
        }
        expect(split.starts.map((start, index) => compound.slice(start, start + split.parts[index + 1].length))).toEqual(split.parts.slice(1));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a split whenever the compound was built from vocabulary words of 4+ letters', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'd', 'i', 'k', 'o', 'r'), minLength: 4, maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.constantFrom('', 's', 'e'), (first, second, joiner) => {
        const compound = first + joiner + second;
        fc.pre(compound !== first && compound !== second);
        expect(splitCompound(compound, new Set([first, second]))).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });
});
