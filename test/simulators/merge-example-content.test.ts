/**
 * Every `:::merge-example` the content writers wrote (content/{nl,da,en}) renders through the
 * real DocFX plugin with the handler registered: an outcome table, no error element, no
 * `signpost` warning, and no script.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../plugins/remark-docfx/lib/render.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { mergeExample } from '../../src/simulators/merge-example.ts';

const root = fileURLToPath(new URL('../../content/', import.meta.url));

function pagesWithExamples(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesWithExamples(path);
    return name.endsWith('.md') && readFileSync(path, 'utf8').includes(':::merge-example') ? [relative(root, path).split('\\').join('/')] : [];
  });
}

describe('merge examples of the help content', () => {
  const pages = pagesWithExamples(root);
  const site = loadSite(root);

  it('finds the content pages that use :::merge-example', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const page of pages) {
    it(page, () => {
      const rendered = renderPage(site, page, { directives: { 'merge-example': mergeExample } });
      const html = parse(rendered.html);
      const examples = html.querySelectorAll('[data-merge-example]');
      const written = readFileSync(join(root, page), 'utf8').match(/^\s*:::merge-example/gm)?.length ?? 0;
      expect(html.querySelectorAll('[data-merge-example-error]').map((e) => e.text)).toEqual([]);
      expect(examples).toHaveLength(written);
      for (const example of examples) expect(example.querySelectorAll('table.signpost-merge-example__table tbody tr').length).toBeGreaterThan(0);
      expect(rendered.html).not.toContain('<script');
    });
  }
});
