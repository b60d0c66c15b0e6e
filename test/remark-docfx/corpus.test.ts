/**
 * Corpus run: every nl and da page and stub of ../shared/corpus/superoffice renders without an
 * exception, and the include / mojibake diagnostics are ones the source really contains.
 * Skipped (with a message) only when the shared corpus is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocfxMessage } from '../../plugins/remark-docfx/lib/contracts.ts';
import { repairLine } from '../../plugins/remark-docfx/lib/mojibake.ts';
import { createDocfxProcessor } from '../../plugins/remark-docfx/lib/pipeline.ts';
import { renderPage } from '../../plugins/remark-docfx/lib/render.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';

const corpus = fileURLToPath(new URL('../../../shared/corpus/superoffice/', import.meta.url));
const present = existsSync(join(corpus, 'nl'));
if (!present) console.warn(`corpus test skipped: ${corpus} is absent`);

describe.skipIf(!present)('nl + da corpus', () => {
  it('renders every page and stub; include and mojibake messages match the source', { timeout: 600_000 }, () => {
    const site = loadSite(corpus);
    const processor = createDocfxProcessor(site);
    const messages: DocfxMessage[] = [];
    let rendered = 0;
    for (const file of site.files.values()) {
      if ((file.kind !== 'page' && file.kind !== 'stub') || (file.lang !== 'nl' && file.lang !== 'da')) continue;
      const page = renderPage(site, file.path, { processor });
      if (file.kind === 'stub') expect(page.html, file.path).toContain(`data-redirect=`);
      messages.push(...page.messages);
      rendered += 1;
    }
    expect(rendered).toBe(2008); // 945 content pages + 1,063 stubs (spec §19)
    const lineOf = (message: DocfxMessage) => readFileSync(join(corpus, message.file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[message.line - 1];
    const byRule = (ruleId: string) => messages.filter((message) => message.ruleId === ruleId);
    expect(byRule('include-missing')).toEqual([]);
    expect(byRule('include-cycle')).toEqual([]);
    const outside = byRule('include-outside-root');
    expect(outside.length).toBe(52); // spec §19: 52 includes point into common/ above the root
    for (const message of outside) expect(lineOf(message)).toMatch(/\[!include\s*\[[^\]]*\]\((\.\.\/)+common\//i);
    const mojibake = byRule('mojibake');
    expect(mojibake.length).toBe(4); // spec §19: 4 lines in nl
    for (const message of mojibake) expect(repairLine(lineOf(message))).not.toBe(lineOf(message));
    for (const message of byRule('image-missing')) expect(lineOf(message)).toMatch(/\]:|!\[/);
  });
});
