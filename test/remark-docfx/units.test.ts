/**
 * Small pure units: mojibake repair, front matter dates, path resolution, heading slugs.
 */
import { describe, expect, it } from 'vitest';
import { isValidDate, parseFrontMatter } from '../../plugins/remark-docfx/lib/frontmatter.ts';
import { slugOf } from '../../plugins/remark-docfx/lib/headings.ts';
import { repairLine, repairMojibake } from '../../plugins/remark-docfx/lib/mojibake.ts';
import { resolvePath, routeOf } from '../../plugins/remark-docfx/lib/paths.ts';
import { prepareSource } from '../../plugins/remark-docfx/lib/prepare.ts';

describe('mojibake', () => {
  it('repairs 2-, 3- and 4-byte sequences and leaves legitimate text alone', () => {
    expect(repairLine('geÃ¯mporteerd Ã©Ã©n')).toBe('geïmporteerd één');
    expect(repairLine('itâ€™s')).toBe('it’s');
    expect(repairLine('ðŸ˜€')).toBe('😀');
    for (const clean of ['één café reünie', 'ændre før på Ærø', '© é’', 'Ã', 'Ã x']) expect(repairLine(clean)).toBe(clean);
    expect(repairLine('Ã€')).toBe('À'); // € stands for byte 0x80
    expect(repairLine('Ã\u0081')).toBe('Á');
    expect(repairLine('Ã Ã©')).toBe('Ã é');
    expect(repairLine('à€€')).toBe('à€€'); // E0 80 80 is overlong: left alone
  });
  it('reports changed lines only, after the front matter', () => {
    expect(repairMojibake('Ã©\nok\nÃ©', 2)).toEqual({ text: 'Ã©\nok\né', lines: [3] });
  });
});

describe('front matter', () => {
  it('accepts month-first dates with real days only', () => {
    expect(['03.31.2025', '02.29.2024', '12.01.1999'].every(isValidDate)).toBe(true);
    expect(['15.02.2023', '02.29.2023', '04.31.2024', '', '3.1.2024', 2007, null].some(isValidDate)).toBe(false);
  });
  it('positions key problems at their lines and YAML errors at line 1', () => {
    expect(parseFrontMatter('---\ntitle: a\nso.date:\n---\n').findings).toEqual([expect.objectContaining({ line: 3 })]);
    expect(parseFrontMatter('---\ntitle: [x\n---\n').findings).toEqual([expect.objectContaining({ line: 1 })]);
    expect(parseFrontMatter('---\n- a\n---\n').findings).toEqual([expect.objectContaining({ line: 1 })]);
    expect(parseFrontMatter('---\n# c\nredirect_url: https://x\n...\n').redirectUrl).toBe('https://x');
  });
  it('reads the block through gray-matter only up to the spec\'s closing fence (whole `---` / `...` lines)', () => {
    // gray-matter alone would end the block at the `----:` key line; the spec fence is a whole line.
    const tricky = parseFrontMatter('---  \n----: dashes\ntitle: a\nuid: u\n---   \n---\n# body');
    expect(tricky.meta).toEqual({ '----': 'dashes', title: 'a', uid: 'u' });
    expect(tricky.uidLine).toBe(4);
    expect(tricky.block?.bodyLine).toBe(6);
    expect(parseFrontMatter('---\n---\n').meta).toEqual({});
    expect(parseFrontMatter('---\n# only a comment\n---\n')).toMatchObject({ meta: {}, findings: [] });
    expect(parseFrontMatter('---\ntitle: a\n').findings).toEqual([expect.objectContaining({ line: 1, ruleId: 'frontmatter-invalid' })]);
  });
  it('blanks the front matter when preparing, keeping lines and offsets', () => {
    const prepared = prepareSource('a.md', '\uFEFF---\r\nx: 1\r\n---\r\n# T\r\n');
    expect(prepared.text).toBe('   \n    \n   \n# T\n');
    expect(prepared.bodyLine).toBe(4);
    expect(prepareSource('a.md', '# T\n', 4).text).toBe('\n\n\n# T\n');
  });
});

describe('paths', () => {
  it('resolves relative, rooted, escaped and outside paths', () => {
    expect(resolvePath('nl/a/b.md', '../c%20d.md')).toBe('nl/c d.md');
    expect(resolvePath('nl/a/b.md', '..\\x\\y.md')).toBe('nl/x/y.md');
    expect(resolvePath('nl/a/b.md', '~/media/x.png')).toBe('media/x.png');
    expect(resolvePath('nl/a/b.md', '../../../x.md')).toBeNull();
    expect(resolvePath('nl/a/b.md', 'https://x/y.md')).toBeNull();
    expect(resolvePath('nl/a/b.md', '/nl/x.md')).toBeNull();
    expect(resolvePath('nl/a/b.md', 'sub/')).toBe('nl/a/sub/');
  });
  it('derives lower-cased routes', () => {
    expect(routeOf('nl/Admin/From-ERP.md')).toBe('/nl/admin/from-erp/');
    expect(routeOf('nl/index.md')).toBe('/nl/');
    expect(routeOf('da/x/index.yml')).toBe('/da/x/');
  });
});

describe('heading slugs', () => {
  it('keeps letters, digits, space, - and _', () => {
    expect(slugOf('Stel de import bij')).toBe('stel-de-import-bij');
    expect(slugOf('Ændre før import')).toBe('ændre-før-import');
    expect(slugOf('C# & .NET_6 -- x')).toBe('c--net_6----x');
    expect(slugOf('?!')).toBe('section');
  });
});
