/**
 * `ui-label-unknown` (warning): a bold phrase in a page or include that is close to, but not
 * equal to, a product label of the file's language — a misspelt or renamed button name. The
 * finding names the label it probably means; `signpost check --fix` writes that label in
 * (fix.ts). The phrases come from the check's own render (bold-phrases.ts), so text that a page
 * includes is reported once, in the include file.
 */
import type { SiteIndex } from '../../../plugins/remark-docfx/index.ts';
import { createFinding, type Finding } from '../findings.ts';
import type { BoldPhrase } from './bold-phrases.ts';
import { closestLabel } from './closest-label.ts';
import { productLabels } from './product-labels.ts';

/** The rule id. */
export const UI_LABEL_RULE = 'ui-label-unknown';

/** What a `ui-label-unknown` finding proposes: replace `phrase` at line:column by `label`. */
export interface LabelSuggestion extends BoldPhrase {
  label: string;
}

/**
 * The suggestions for `phrases` (deduplicated by place), each judged in its own file's language.
 * Example: a phrase `Samenvoegen - lege velden bijwerken` in an nl file → label `Samenvoegen, lege velden bijwerken`.
 */
export function suggestLabels(site: SiteIndex, phrases: Iterable<BoldPhrase>): LabelSuggestion[] {
  const labelsByLang = new Map<string, string[]>();
  const seen = new Set<string>();
  const suggestions: LabelSuggestion[] = [];
  for (const phrase of phrases) {
    const key = `${phrase.file}:${phrase.line}:${phrase.column}`;
    const lang = site.files.get(phrase.file)?.lang;
    if (seen.has(key) || !lang) continue;
    seen.add(key);
    if (!labelsByLang.has(lang)) labelsByLang.set(lang, productLabels(lang));
    const label = closestLabel(phrase.text, labelsByLang.get(lang)!);
    if (label !== undefined) suggestions.push({ ...phrase, label });
  }
  return suggestions;
}

/** The finding of one suggestion; its message carries both texts for the reader and for `--fix`. */
export function labelFinding(suggestion: LabelSuggestion): Finding {
  const message = `Unexpected bold \`${suggestion.text}\`: not a product label; did you mean \`${suggestion.label}\`?`;
  const finding = createFinding(UI_LABEL_RULE, suggestion.file, suggestion.line, message, suggestion.column);
  return { ...finding, replacement: { from: suggestion.text, to: suggestion.label } };
}
