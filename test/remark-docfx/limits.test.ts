/**
 * Render limits (limits.ts) cut only what is really nested: a long front matter line, which
 * prepare.ts blanks to spaces, is not "indentation" (352 false `render-limit` warnings on the
 * nl+da corpus before this was pinned).
 */
import { describe, expect, it } from 'vitest';
import { clampIndentation, MAX_INDENT } from '../../plugins/remark-docfx/lib/limits.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadSite, renderPage } from '../../plugins/remark-docfx/index.ts';

function renderMessages(files: Record<string, string>, page: string) {
  const root = mkdtempSync(join(tmpdir(), 'signpost-limits-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const rendered = renderPage(loadSite(root), page);
    return { html: rendered.html ?? '', ruleIds: rendered.messages.map((message) => message.ruleId) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('render limits', () => {
  it('leaves blank lines of any width alone and clamps indentation before content', () => {
    expect(clampIndentation(`a\n${' '.repeat(300)}\nb`).lines).toEqual([]);
    const deep = clampIndentation(`a\n\n${' '.repeat(150)}- x`);
    expect(deep.lines).toEqual([3]);
    expect(deep.text).toBe(`a\n\n${' '.repeat(MAX_INDENT)}- x`);
  });

  it('reports no render-limit for a page whose front matter has a long description', () => {
    const description = 'In deze handleiding leest u hoe u al uw relaties, klanten en hun contactpersonen importeert vanuit een spreadsheet.';
    const page = `---\ntitle: Importeren\ndescription: ${description}\n---\n\n# Importeren\n\nTekst.\n`;
    const { html, ruleIds } = renderMessages({ 'nl/import.md': page }, 'nl/import.md');
    expect(ruleIds).not.toContain('render-limit');
    expect(html).toContain('Tekst.');
  });

  it('still reports a list indented past the limit', () => {
    const page = `# Diep\n\n${' '.repeat(120)}- verstopt\n`;
    expect(renderMessages({ 'nl/diep.md': page }, 'nl/diep.md').ruleIds).toContain('render-limit');
  });
});
