/**
 * Help text that cannot contradict the engine: every `<!-- claim: id -->` marker in content/
 * (pages and includes, every language) runs the engine scenario of its id (claim-scenarios.ts).
 * A failing claim is reported as `lang/page.md:line claim "id": what the engine did`, so the
 * writer sees which sentence is now wrong. Every scenario must be stated in every language, so
 * a translation cannot silently drop (or keep) a rule the others changed.
 */
import { describe, expect, it } from 'vitest';
import { CLAIMS } from './claim-scenarios.ts';
import { CONTENT_ROOT, LANGUAGES, listFiles, readContent } from './content-tree.ts';

interface ClaimMark {
  page: string;
  line: number;
  id: string;
}

const MARKER = /<!--\s*claim:\s*([a-z0-9-]+)\s*-->/g;

/** Every claim marker of the content tree with its page and 1-based line. */
function claimMarks(): ClaimMark[] {
  const marks: ClaimMark[] = [];
  for (const page of listFiles(CONTENT_ROOT).filter((path) => /\.mdx?$/.test(path))) {
    readContent(page).split('\n').forEach((text, index) => {
      for (const match of text.matchAll(MARKER)) marks.push({ page, line: index + 1, id: match[1] });
    });
  }
  return marks;
}

const marks = claimMarks();

describe('claims in the help pages hold in the engine', () => {
  it.each(marks.map((mark) => [`${mark.page}:${mark.line} ${mark.id}`, mark] as const))('%s', (_name, mark) => {
    const scenario = CLAIMS[mark.id];
    expect(scenario, `${mark.page}:${mark.line} names an unknown claim "${mark.id}"`).toBeDefined();
    const failure = scenario();
    expect(failure, `${mark.page}:${mark.line} claim "${mark.id}": ${failure}`).toBeNull();
  });

  it.each(LANGUAGES)('every claim is stated in %s', (lang) => {
    const stated = new Set(marks.filter((mark) => mark.page.startsWith(`${lang}/`)).map((mark) => mark.id));
    expect(Object.keys(CLAIMS).filter((id) => !stated.has(id))).toEqual([]);
  });
});
