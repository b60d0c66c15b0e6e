/**
 * Numbers in the engine-computed merge-example tables follow the page language: a Dutch or
 * Danish reader sees `24,95`, an English one `24.95`, as the surrounding prose writes prices.
 */
import { describe, expect, it } from 'vitest';
import { createDocfxProcessor } from '../../plugins/remark-docfx/lib/pipeline.ts';
import { renderPage } from '../../plugins/remark-docfx/lib/render.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { mergeExample } from '../../src/simulators/merge-example.ts';
import { CONTENT_ROOT, LANGUAGES } from './content-tree.ts';

const site = loadSite(CONTENT_ROOT);
const processor = createDocfxProcessor(site, { directives: { 'merge-example': mergeExample } });

/** The text of the outcome tables' change lists (`Listepris: (tom) → 189,95`). */
const changeLines = (html: string): string[] => [...html.matchAll(/<li>([^<]*→[^<]*)<\/li>/g)].map((m) => m[1]);

describe('merge-example tables print numbers in the page language', () => {
  it.each(LANGUAGES)('%s/import/settings/products.md', (lang) => {
    const lines = changeLines(renderPage(site, `${lang}/import/settings/products.md`, { processor }).html);
    const text = lines.join('\n');
    // A decimal sign is followed by 1–2 digits here (prices); `1.095` in Danish is a thousands group.
    const [decimal, wrongDecimal] = lang === 'en' ? [/\d\.\d{2}(?!\d)/, /\d,\d{1,2}(?!\d)/] : [/\d,\d{2}(?!\d)/, /\d\.\d{1,2}(?!\d)/];
    expect(text).toMatch(decimal);
    expect(text).not.toMatch(wrongDecimal);
  });
});
