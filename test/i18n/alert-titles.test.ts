import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkDocfx from '../../plugins/remark-docfx/index.ts';
import { alertTitle, ALERT_KINDS } from '../../plugins/remark-docfx/index.ts';
import { catalogueAlertTitles } from '../../src/i18n/alert-titles.ts';

describe('alert titles from the UI catalogues', () => {
  const titles = catalogueAlertTitles();

  it('agree with the spec table for nl, da and en (§6.4), so conformance is unchanged', () => {
    for (const lang of ['nl', 'da', 'en']) {
      for (const kind of ALERT_KINDS) expect(titles[lang][kind], `${lang} ${kind}`).toBe(alertTitle(kind, lang));
    }
  });

  it('give de, no and sv pages their own titles through the plugin option', async () => {
    const root = mkdtempSync(join(tmpdir(), 'signpost-alerts-'));
    const render = async (lang: string, alertTitles?: typeof titles) => {
      mkdirSync(join(root, lang), { recursive: true });
      const path = join(root, lang, 'a.md');
      writeFileSync(path, '> [!NOTE]\n> x\n\n> [!WARNING]\n> y\n');
      const processor = unified().use(remarkParse).use(remarkDocfx, { root, alertTitles }).use(remarkRehype).use(rehypeStringify);
      return String(await processor.process(new VFile({ path, value: '> [!NOTE]\n> x\n\n> [!WARNING]\n> y\n' })));
    };
    expect(await render('de', titles)).toMatch(/>Hinweis<[\s\S]*>Warnung</);
    expect(await render('no', titles)).toMatch(/>Merknad<[\s\S]*>Advarsel</);
    expect(await render('sv', titles)).toMatch(/>Obs!<[\s\S]*>Varning</);
    // Without the option the plugin keeps the spec's table: English for other languages.
    expect(await render('de')).toMatch(/>Note<[\s\S]*>Warning</);
  });
});
