/**
 * The plugin as a user wires it: one `use`, inside a processor of their own (as Astro does),
 * with body-only input, portal messages, strict mode, configuration errors and the include cache.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import * as entry from '../../plugins/remark-docfx/index.ts';
import remarkDocfx from '../../plugins/remark-docfx/lib/remark-docfx.ts';
import { renderPage } from '../../plugins/remark-docfx/lib/render.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';

const root = mkdtempSync(join(tmpdir(), 'docfx-plugin-'));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const page = '---\nuid: help-p\ntitle: P\nso.date: 31.12.2024\n---\n\n# Kop\n\nZie [weg](weg.md) en Ã©Ã©n.\n\n[!include[x](includes/x.md)]\n';
write('nl/p.md', page);
write('nl/includes/x.md', 'Versie een.\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const body = page.slice(page.indexOf('\n\n# Kop') + 1);
const markdownToHtml = (site = loadSite(root)) =>
  unified().use(remarkParse).use(remarkGfm).use(remarkDocfx, { site }).use(remarkRehype).use(rehypeStringify);
const summary = (file: VFile) => file.messages.map((message) => `${message.source}:${message.ruleId}@${message.file}:${message.line}`);

describe('remarkDocfx', () => {
  it('is the default export of the plugin\'s face (its other exports: face.test.ts)', () => {
    expect(entry.default).toBe(remarkDocfx);
  });

  it('gives file line numbers when the processor only sees the body (Astro)', async () => {
    const file = new VFile({ path: join(root, 'nl/p.md'), value: body });
    const html = String(await markdownToHtml().process(file));
    expect(html).toContain('<h1 id="kop">Kop</h1>');
    expect(html).toContain('één');
    expect(html).toContain('Versie een.');
    expect(summary(file)).toEqual([
      'docfx:frontmatter-invalid@nl/p.md:4', 'docfx:mojibake@nl/p.md:9', 'docfx:link-broken@nl/p.md:9',
    ]);
    expect(file.messages.every((message) => message.fatal === false)).toBe(true);
    expect(file.data.docfxHeadings).toEqual([{ depth: 1, id: 'kop', text: 'Kop' }]);
    expect(file.data.docfxMeta).toMatchObject({ uid: 'help-p', title: 'P' });
  });

  it('gives headings inside lists, alerts and tab groups their ids, in document order', async () => {
    const text = '# Top\n\n- item\n\n  ## In item\n\n> [!NOTE]\n> ### In alert\n\n# [Tab A](#tab/a)\n\n## In tab\n\n***\n\n## Top\n';
    write('nl/nested.md', text);
    const file = new VFile({ path: join(root, 'nl/nested.md'), value: text });
    const html = String(await markdownToHtml().process(file));
    expect(file.data.docfxHeadings).toEqual([
      { depth: 1, id: 'top', text: 'Top' },
      { depth: 2, id: 'in-item', text: 'In item' },
      { depth: 3, id: 'in-alert', text: 'In alert' },
      { depth: 2, id: 'in-tab', text: 'In tab' },
      { depth: 2, id: 'top-1', text: 'Top' },
    ]);
    for (const id of ['in-item', 'in-alert', 'in-tab', 'top-1']) expect(html).toContain(`id="${id}"`);
  });

  it('re-parses when it could not wrap the parser (plugin attached before remark-parse)', async () => {
    const processor = unified().use(remarkDocfx, { root }).use(remarkParse).use(remarkRehype).use(rehypeStringify);
    const file = new VFile({ path: join(root, 'nl/p.md'), value: page });
    const html = String(await processor.process(file));
    expect(html).not.toContain('uid');
    expect(html).toContain('één');
    expect(summary(file)).toContain('docfx:mojibake@nl/p.md:9');
  });

  it('sends portal warnings as source "signpost", kept out of the render contract', () => {
    const site = loadSite(root);
    const handler = (_node: unknown, ctx: import('../../plugins/remark-docfx/lib/contracts.ts').DocfxContext) => {
      ctx.reportPortal('signpost-directive-invalid', 'Unexpected attribute', undefined);
      return [];
    };
    write('nl/d.md', '# D\n\n::merge-example{x="1"}\n');
    const file = new VFile({ path: join(root, 'nl/d.md'), value: '# D\n\n::merge-example{x="1"}\n' });
    unified().use(remarkParse).use(remarkDocfx, { site, directives: { 'merge-example': handler } }).use(remarkRehype).use(rehypeStringify).processSync(file);
    expect(summary(file)).toEqual(['signpost:signpost-directive-invalid@nl/d.md:1']);
    expect(renderPage(loadSite(root), 'nl/d.md', { directives: { 'merge-example': handler } }).messages).toEqual([]);
  });

  it('fails the file in strict mode and throws a clear configuration error without site/root', () => {
    const processor = unified().use(remarkParse).use(remarkDocfx, { root, strict: true }).use(remarkRehype).use(rehypeStringify);
    expect(() => processor.processSync(new VFile({ path: join(root, 'nl/p.md'), value: page }))).toThrow(/strict mode/);
    expect(() => unified().use(remarkParse).use(remarkDocfx, {}).freeze()).toThrow(/missing option `site` or `root`/);
  });

  it('handles a page the index has not seen yet (created after loadSite)', () => {
    const site = loadSite(root);
    const stub = new VFile({ path: join(root, 'nl/nieuw.md'), value: '\uFEFF---\r\nredirect_url: https://example.com/n\r\ndate: 13.13.2020\r\n---\r\n# X\r\n' });
    const html = String(markdownToHtml(site).processSync(stub));
    expect(html).toBe('<div data-redirect="https://example.com/n" data-pagefind-ignore="all"><a href="https://example.com/n">https://example.com/n</a></div>');
    expect(summary(stub)).toEqual(['docfx:frontmatter-invalid@nl/nieuw.md:3']);
  });

  it('re-reads an include file when its modification time changes', () => {
    const site = loadSite(root);
    expect(renderPage(site, 'nl/p.md').html).toContain('Versie een.');
    write('nl/includes/x.md', 'Versie twee.\n');
    utimesSync(join(root, 'nl/includes/x.md'), new Date(), new Date(Date.now() + 5000));
    expect(renderPage(site, 'nl/p.md').html).toContain('Versie twee.');
  });
});
