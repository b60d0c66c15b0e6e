/**
 * Every content file is read through the decoder (lib/read-content.ts): UTF-16 toc.yml and
 * includes work like UTF-8 ones, and an undecodable toc.yml or page is an `encoding-invalid`
 * message at its first bad byte, never garbage.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../plugins/remark-docfx/lib/render.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { loadToc } from '../../plugins/remark-docfx/lib/toc.ts';
import { writeContentRoot } from './blocks/temp-site.ts';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('content files in other encodings', () => {
  const root = writeContentRoot({ 'da/a.md': '# Å\n\n[!include[x](includes/x.md)]\n', 'da/includes/x.md': '', 'da/bad/toc.yml': '', 'da/bad.md': '' });
  writeFileSync(join(root, 'da/toc.yml'), utf16le('items:\n  - name: Første\n    href: a.md\n'));
  writeFileSync(join(root, 'da/includes/x.md'), utf16le('Indstillinger på én side.\n'));
  writeFileSync(join(root, 'da/bad/toc.yml'), Buffer.from([0x69, 0x74, 0x65, 0x6d, 0x73, 0x3a, 0x0a, 0x2d, 0x20, 0xe6, 0x0a]));
  writeFileSync(join(root, 'da/bad.md'), Buffer.from('# Dårlig\n\nTekst \xf8 her\n', 'latin1'));
  const site = loadSite(root);

  it('reads a UTF-16 toc.yml and a UTF-16 include', () => {
    expect(loadToc(site, 'da/toc.yml')).toMatchObject({ items: [{ name: 'Første', href: '/da/a/' }], messages: [] });
    expect(renderPage(site, 'da/a.md').html).toContain('<p>Indstillinger på én side.</p>');
  });

  it('reports an undecodable toc.yml at its first bad byte, with no items', () => {
    const { items, messages } = loadToc(site, 'da/bad/toc.yml');
    expect(items).toEqual([]);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'encoding-invalid', file: 'da/bad/toc.yml', line: 2 })]);
  });

  it('renders an undecodable page empty, at its route, with the message', () => {
    const page = renderPage(site, 'da/bad.md');
    expect(page).toMatchObject({ route: '/da/bad/', html: '' });
    expect(page.messages).toEqual([expect.objectContaining({ ruleId: 'encoding-invalid', file: 'da/bad.md', line: 1, column: 4 })]);
  });
});
