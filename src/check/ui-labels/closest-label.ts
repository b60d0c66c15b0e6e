/**
 * Which product label a bold phrase probably means. A phrase is "close" to a label when, after
 * folding case, white space and dash variants, a few typing edits (insert, delete, substitute,
 * swap two neighbours) turn one into the other. Tuned for precision on the SuperOffice corpus:
 * labels under 6 characters are never suggested, labels under 12 only for accent, punctuation,
 * spacing, doubled- or swapped-letter slips, the allowed edits grow with the label's length,
 * and a phrase that only adds or drops a word ending (`Relatie` → `Relaties`) or differs
 * in digits is a different word, not a misspelt label.
 */

/** Folds what never makes two labels different: case, runs of white space, dash variants. */
export function foldLabel(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim();
}

/** Optimal-string-alignment distance (Levenshtein plus swapping two neighbours), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** Edits allowed for a label of `length` characters: 1 below 12 (see `isSlip`), 2 from 12, 3 from 24. */
const allowedEdits = (length: number): number => (length < 12 ? 1 : length < 24 ? 2 : 3);

/** The letters of a text without punctuation, spaces or doubled letters (`E-mail-adres` → `emailadres`). */
const skeleton = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '').replace(/(.)\1+/gu, '$1');

/**
 * For a short label (< 12 characters) one edit is too loose (`Stappen` is no typo of
 * `Stoppen`, Danish `Importer` / `Importér` are both correct): only a punctuation, spacing,
 * doubled-letter or swapped-letter slip counts.
 */
function isSlip(phrase: string, label: string): boolean {
  if (skeleton(phrase) === skeleton(label)) return true;
  if (phrase.length !== label.length) return false;
  const differ = [...phrase].flatMap((char, index) => (char === label[index] ? [] : [index]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && phrase[differ[0]] === label[differ[1]] && phrase[differ[1]] === label[differ[0]];
}

const WORD_ENDING = /^(?:s|e|en|er|es|ne|n|r|t|erne|ene|et)$/;

/** True when the texts are one word stem with different endings (`Relatietypes` / `Relatie-type` / `Relatie-typen`), or differ only in digits. */
function isOtherWordForm(phrase: string, label: string): boolean {
  if (phrase.replace(/\d/g, '') === label.replace(/\d/g, '')) return true;
  const stems = (word: string): string[] => [word, ...[...Array(4).keys()].map((n) => word.slice(0, word.length - n - 1)).filter((stem) => WORD_ENDING.test(word.slice(stem.length)))];
  // One closed word for a label of several (`Projectplanning` / `Project Planning`): Dutch and
  // Danish write compounds as one word, so this is the ordinary word, not the button.
  if (!phrase.includes(' ') && label.includes(' ') && phrase === label.replace(/ /g, '')) return true;
  if (skeleton(phrase) === skeleton(label)) return false; // the same letters: a slip, not another form
  const labelStems = new Set(stems(skeleton(label)));
  // The same stem with another ending (`Relatietypes` / `Relatie-typen`) is another form of the word.
  return stems(skeleton(phrase)).some((stem) => stem.length >= 4 && labelStems.has(stem));
}

/**
 * The label `phrase` probably means, or undefined when it equals a label (folded) or none is close.
 * Example: `closestLabel('Samenvoegen, lege velden bijwerkne', nlLabels)` → `'Samenvoegen, lege velden bijwerken'`.
 */
export function closestLabel(phrase: string, labels: readonly string[]): string | undefined {
  // A label introducing a field or a paragraph (`**Nummer:**`, `**Flet tomme.**`) is the label
  // itself; an ellipsis (`Nieuwe waarden voor...`) is part of a label.
  const folded = foldLabel(phrase).replace(/\s*(?::|(?<!\.)\.)$/, '');
  if (folded.length < 6 || /^[\d\s.,:%-]*$/.test(folded)) return undefined;
  let best: { label: string; distance: number } | undefined;
  for (const label of labels) {
    const target = foldLabel(label);
    if (target === folded) return undefined;
    if (target.length < 6) continue;
    const max = allowedEdits(target.length);
    const distance = editDistance(folded, target, max);
    if (distance > max || isOtherWordForm(folded, target)) continue;
    if (target.length < 12 && !isSlip(folded, target)) continue;
    if (!best || distance < best.distance) best = { label, distance };
  }
  return best?.label;
}
