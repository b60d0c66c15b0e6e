/**
 * `signpost-frontmatter-missing`: content pages without the metadata the portal relies on —
 * a `title` (search results, `<title>`), a `uid` (stable cross references) and a language
 * (`language` or `so.lang`, spec §3.2). Whether a present `language` contradicts the folder
 * is the renderer's `language-mismatch` rule and is not repeated here.
 */
import type { SiteIndex } from '../../plugins/remark-docfx/index.ts';
import { createFinding, type Finding } from './findings.ts';

const isFilled = (value: unknown): boolean =>
  (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';

/**
 * One finding per content page that lacks any of title, uid or language, at line 1.
 * @example checkFrontMatter(site) // [{file: 'nl/a.md', line: 1, ruleId: 'signpost-frontmatter-missing',
 *   message: 'Missing front matter `uid`, `language` …'}]
 */
export function checkFrontMatter(site: SiteIndex): Finding[] {
  const findings: Finding[] = [];
  for (const file of site.files.values()) {
    if (file.kind !== 'page' || file.lang === null) continue;
    const missing: string[] = [];
    if (!isFilled(file.meta.title)) missing.push('`title`');
    if (!isFilled(file.meta.uid)) missing.push('`uid`');
    if (!isFilled(file.meta.language) && !isFilled(file.meta['so.lang'])) missing.push('`language`');
    if (missing.length === 0) continue;
    findings.push(
      createFinding(
        'signpost-frontmatter-missing',
        file.path,
        1,
        `Missing front matter ${missing.join(', ')}; add ${missing.length > 1 ? 'them' : 'it'} to the page's front matter`,
      ),
    );
  }
  return findings;
}
