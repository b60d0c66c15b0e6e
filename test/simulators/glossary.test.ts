/**
 * Product labels follow the glossary of official UI labels (import-rules.md §16): each engine
 * value the glossary names reads, in nl, da and en, as one of the labels the product shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/simulators/catalogues.ts';
import type { MessageKey } from '../../src/simulators/messages.ts';

const spec = readFileSync(new URL('../../../shared/spec/import-rules.md', import.meta.url), 'utf8');
const glossary = spec.slice(spec.indexOf('## 16. Glossary'));

/** The nl, da, en cells of the glossary row whose concept cell is `concept`, each split at ` / `. */
function labelsOf(concept: string): Record<'nl' | 'da' | 'en', string[]> {
  const line = glossary.split('\n').find((row) => row.startsWith(`| ${concept} |`));
  if (!line) throw new Error(`no glossary row ${concept}`);
  const [nl, da, en] = line.split('|').slice(2, 5).map((cell) => cell.trim().split(' / ').map((label) => label.trim()));
  return { nl, da, en };
}

const ROWS: [string, MessageKey][] = [
  ['`add`', 'simulator.action.add'], ['`merge`', 'simulator.action.merge'], ['`replace`', 'simulator.action.replace'],
  ['`skip`', 'simulator.action.skip'],
  ['company `name`', 'simulator.match.name'], ['company `name+department`', 'simulator.match.name+department'],
  ['company `number`', 'simulator.match.number'], ['company `code`', 'simulator.match.code'], ['company `vatNo`', 'simulator.match.vatNo'],
  ['`id`', 'simulator.match.id'], ['person `email`', 'simulator.match.email'], ['person `mobile`', 'simulator.match.mobile'],
  ['person `none`', 'simulator.match.none'], ['product `name+code`', 'simulator.match.name+code'],
  ['`create-from-person`', 'simulator.ifNoCompanyName.create-from-person'], ['`skip` (no company)', 'simulator.ifNoCompanyName.skip'],
  ['`import-without-company`', 'simulator.ifNoCompanyName.import-without-company'],
  ['`mandatoryCompanyOnPerson`', 'simulator.setting.mandatoryCompany'],
  ['list `add`', 'simulator.listPolicy.add'], ['list `default`', 'simulator.listPolicy.default'], ['list `blank`', 'simulator.listPolicy.blank'],
  ['phone/url `add`', 'simulator.multiPolicy.add'], ['phone/url `replace`', 'simulator.multiPolicy.replace'], ['phone/url `ignore`', 'simulator.multiPolicy.ignore'],
  ['`legalBasis`', 'simulator.setting.legalBasis'], ['`use-default`', 'simulator.legalBasis.use-default'], ['`consentSource`', 'simulator.setting.consentSource'],
];

describe('labels follow the glossary (§16)', () => {
  it.each(ROWS)('%s', (concept, key) => {
    const labels = labelsOf(concept);
    for (const lang of ['nl', 'da', 'en'] as const) {
      expect(labels[lang], `${lang} ${key}`).toContain(translatorFor(lang)(key));
    }
  });
});
