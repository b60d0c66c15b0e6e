/**
 * Pagefind is given each page cut to its head and its `data-pagefind-body` element
 * (search-view.ts). Readers must find exactly what they found before: the index built from the
 * cut pages equals, file for file, the index built from the whole pages.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { searchView } from '../../src/site/search-view.ts';

const SIDEBAR = `<nav class="sp-sidebar"><ul>${'<li><a href="/nl/x/">Importinstellingen beheren</a></li>'.repeat(40)}</ul></nav>`;

function page(lang: string, title: string, body: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>`
    + `<body class="sp-body"><header><img src="/logo.svg" alt="Signpost"></header>${SIDEBAR}<main>`
    + `<article class="sp-article" data-pagefind-body data-pagefind-meta="title:${title}"><h1>${title}</h1>${body}</article>`
    + `<nav class="sp-pager"><a href="/nl/y/">Volgende</a></nav></main></body></html>`;
}

const PAGES: Record<string, string> = {
  'nl/import/index.html': page('nl', 'Importeren', '<p>De importinstellingen bepalen wat er gebeurt.</p><img src="/media/a.png" alt="Scherm"><article><p>Geneste <b>tekst</b>.</p></article>'),
  'nl/dubbelen/index.html': page('nl', 'Dubbelen', '<p>Instellingen voor <code>dubbele</code> relaties.</p><div data-pagefind-ignore>Niet doorzoekbaar</div>'),
  'da/import/index.html': page('da', 'Import', '<p>Importindstillinger og dubletter.</p>'),
};

const work = mkdtempSync(join(tmpdir(), 'signpost-search-view-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function indexOf(view: (html: string) => string, name: string): Promise<Record<string, string>> {
  const site = join(work, name);
  for (const [path, html] of Object.entries(PAGES)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), view(html));
  }
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: site });
  await index!.writeFiles({ outputPath: join(site, '_index') });
  await pagefind.close();
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(join(site, '_index'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) hashes[join(entry.parentPath, entry.name).slice(site.length)] = createHash('sha1').update(readFileSync(join(entry.parentPath, entry.name))).digest('hex');
  }
  return hashes;
}

describe('searchView', () => {
  it('keeps the head, the language and the whole body element, nested elements of its kind included', () => {
    const cut = searchView(PAGES['nl/import/index.html']);
    expect(cut).toContain('<html lang="nl">');
    expect(cut).toContain('<title>Importeren</title>');
    expect(cut).toContain('<p>Geneste <b>tekst</b>.</p></article></article></body></html>');
    expect(cut).not.toContain('sp-sidebar');
    expect(cut).not.toContain('Volgende');
  });

  it('gives a page whose body element cannot be delimited whole', () => {
    const unbalanced = '<html lang="nl"><body><nav>menu</nav><article data-pagefind-body><p>open';
    expect(searchView(unbalanced)).toBe(unbalanced);
    const none = '<html lang="nl"><body><p>geen zoekbare tekst</p></body></html>';
    expect(searchView(none)).toBe(none);
  });

  it('yields the same Pagefind index, file for file, as the whole pages', async () => {
    const whole = await indexOf((html) => html, 'whole');
    const cut = await indexOf(searchView, 'cut');
    expect(Object.keys(whole).length).toBeGreaterThan(3);
    expect(cut).toEqual(whole);
  }, 60_000);
});
