/**
 * Which of the site's languages a text is written in, with franc's trigram model restricted
 * to those candidates (a closed choice among nl/da/en is far more reliable than an open one
 * among 180 languages). Short or ambiguous texts are reported as `unknown`, never guessed.
 */
import { francAll } from 'franc';

/** ISO 639-1 (and site locale base) → ISO 639-3 code used by franc. */
const ISO_639_3: Readonly<Record<string, string>> = {
  en: 'eng', nl: 'nld', da: 'dan', de: 'deu', sv: 'swe', no: 'nob', nb: 'nob', nn: 'nno', fi: 'fin',
  fr: 'fra', es: 'spa', it: 'ita', pt: 'por', pl: 'pol', cs: 'ces', ru: 'rus', ja: 'jpn', zh: 'cmn',
  is: 'isl', et: 'est', lv: 'lvs', lt: 'lit', hu: 'hun', tr: 'tur', ko: 'kor', uk: 'ukr',
};

/**
 * Fewer words than this is too little text to tell closely related languages (nl/da/en)
 * apart: on the corpus's one-line includes ("Selecteer Rollen in de Navigator.") trigram
 * scores are noise, so such files are `unknown` rather than guessed.
 */
export const MIN_WORDS = 8;
/**
 * A runner-up this close to the winner is a tie. franc's scores are relative and squeeze
 * together on long texts (a 1,000-word Danish file has Dutch at 0.97), so only near-ties count.
 */
const MAX_RUNNER_UP = 0.995;

/** Outcome: a site language, or `unknown` with the reason. */
export type Detection = { lang: string; words: number } | { lang: 'unknown'; words: number; reason: 'too-short' | 'ambiguous' | 'no-candidates' };

/**
 * Detects the language of `text` among `candidates` (site locales such as `nl`, `pt-br`).
 * @example detectLanguage('Klik op Opslaan om de wijzigingen te bewaren en sluit daarna het venster van de import af.', ['nl', 'da', 'en'])
 *   // { lang: 'nl', words: 17 }
 * @example detectLanguage('Klik op Opslaan.', ['nl', 'en']) // { lang: 'unknown', words: 3, reason: 'too-short' }
 */
export function detectLanguage(text: string, candidates: readonly string[]): Detection {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_WORDS) return { lang: 'unknown', words, reason: 'too-short' };
  const byCode = new Map<string, string>();
  for (const locale of candidates) {
    const code = ISO_639_3[locale.toLowerCase().split(/[-_]/)[0]];
    if (code && !byCode.has(code)) byCode.set(code, locale);
  }
  if (byCode.size === 0) return { lang: 'unknown', words, reason: 'no-candidates' };
  if (byCode.size === 1) return { lang: [...byCode.values()][0], words };
  const ranked = francAll(text, { only: [...byCode.keys()], minLength: 1 });
  const [best, runnerUp] = ranked;
  if (!best || best[0] === 'und') return { lang: 'unknown', words, reason: 'ambiguous' };
  if (runnerUp && runnerUp[1] >= best[1] * MAX_RUNNER_UP) return { lang: 'unknown', words, reason: 'ambiguous' };
  return { lang: byCode.get(best[0])!, words };
}
