import { describe, expect, it } from 'vitest';
import { selectSnippet } from '../../../plugins/remark-docfx/lib/block-snippet-select.ts';
import { isSnippetLink, parseSnippetTarget } from '../../../plugins/remark-docfx/lib/snippets.ts';
import type { Paragraph } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { renderBlocks, textOf } from './render-blocks.ts';

const letters = 'alpha\nbravo\ncharlie\ndelta\necho\nfoxtrot\n';
const csharp = 'using System;\n\npublic class P\n{\n    #region GetNextId\n    public int GetNextId() { return 1; }\n    #endregion\n}\n';

describe('snippet selection (spec §12.2)', () => {
  it('selects ranges in written order, clamps ends and rejects empty ranges', () => {
    expect(selectSnippet(letters, { ranges: [{ start: 5, end: 99 }, { start: 1, end: 1 }] })).toEqual({ code: 'echo\nfoxtrot\nalpha' });
    expect(selectSnippet(letters, { ranges: [{ start: 4 }] })).toEqual({ code: 'delta\necho\nfoxtrot' });
    expect(selectSnippet(letters, { ranges: [{ start: 7, end: 8 }] })).toHaveProperty('error');
    expect(selectSnippet(letters, { ranges: [{ start: 3, end: 2 }] })).toHaveProperty('error');
  });

  it('finds regions in every comment syntax, case-insensitively, dropping inner markers and dedenting', () => {
    expect(selectSnippet(csharp, { region: 'getnextid' })).toEqual({ code: 'public int GetNextId() { return 1; }' });
    const vb = "#Region \"Main\"\n  Dim a\n  ' <inner>\n  Dim b\n  ' </inner>\n#End Region\n";
    expect(selectSnippet(vb, { region: 'main' })).toEqual({ code: 'Dim a\nDim b' });
    expect(selectSnippet('x\n// <a>\ny\n// </a>\n', { region: 'A' })).toEqual({ code: 'y' });
    expect(selectSnippet('<!-- <n> -->\n<p/>\n<!-- </n> -->', { region: 'n' })).toEqual({ code: '<p/>' });
    expect(selectSnippet('# <s>\necho 1\n# </s>', { region: 's' })).toEqual({ code: 'echo 1' });
    expect(selectSnippet('// <s>\nfirst\n// </s>\n// <s>\nlast\n// </s>', { region: 's' })).toEqual({ code: 'last' });
    expect(selectSnippet(csharp, { region: 'nope' })).toHaveProperty('error');
    expect(selectSnippet('    a\n      b', { dedent: 2 })).toEqual({ code: '  a\n    b' });
  });

  it('parses #L, ?range, ?start&end, #region, ?name, highlight and dedent', () => {
    expect(parseSnippetTarget('a.cs#L2-L3')).toMatchObject({ path: 'a.cs', selector: { ranges: [{ start: 2, end: 3 }] } });
    expect(parseSnippetTarget('a.cs#L4')).toMatchObject({ selector: { ranges: [{ start: 4, end: 4 }] } });
    expect(parseSnippetTarget('a.cs?range=2,4-6,9-')).toMatchObject({ selector: { ranges: [{ start: 2, end: 2 }, { start: 4, end: 6 }, { start: 9 }] } });
    expect(parseSnippetTarget('a.cs?start=5&end=9&highlight=2,5-7&dedent=4')).toMatchObject({ selector: { ranges: [{ start: 5, end: 9 }], dedent: 4 }, highlight: '2,5-7' });
    expect(parseSnippetTarget('a.cs?name=Main')).toMatchObject({ selector: { region: 'Main' } });
    expect(parseSnippetTarget('a.cs#Main')).toMatchObject({ selector: { region: 'Main' } });
    expect(parseSnippetTarget('a.cs?range=x')).toHaveProperty('error');
  });
});

describe('isSnippetLink', () => {
  const first = (markdown: string) => (unified().use(remarkParse).parse(markdown).children[0] as Paragraph);
  it('recognises the path link of a block snippet directive only', () => {
    expect(isSnippetLink(first('[!code-csharp[CS](a.cs)]'), 1)).toBe(true);
    expect(isSnippetLink(first('Intro\n[!code[X](a.cs#L1)]\nmore'), 1)).toBe(true);
    expect(isSnippetLink(first('Zie [!code[x](a.cs)] hier'), 1)).toBe(false);
    expect(isSnippetLink(first('[gewone link](a.md)'), 0)).toBe(false);
  });
});

describe('code snippet directive (spec §12)', () => {
  const files = { 'en/includes/x.xml': letters, 'en/p.cs': csharp, 'secret.txt': 'outside the language folder' };

  it('renders pre > code.language-<lang> with escaped text and data-highlight', () => {
    const { dom, messages } = renderBlocks('# A\n\n[!code-xml[XML](includes/x.xml?range=2-3,5&highlight=1)]\n\n[!CODE-csharp[CS](p.cs#getnextid)]\n', { page: 'en/a.md', files });
    const codes = dom.querySelectorAll('pre code');
    expect(codes.map((c) => c.getAttribute('class'))).toEqual(['language-xml', 'language-csharp']);
    expect(codes[0].textContent.trimEnd()).toBe('bravo\ncharlie\necho');
    expect(codes[0].getAttribute('data-highlight')).toBe('1');
    expect(codes[1].textContent.trimEnd()).toBe('public int GetNextId() { return 1; }');
    expect(messages).toEqual([]);
  });

  it('works inside list items and quotes, not inline', () => {
    const { dom } = renderBlocks('1. Stap:\n\n   [!code[Main](includes/x.xml#L1)]\n\nZie [!code[x](includes/x.xml)] hier.', { page: 'en/a.md', files });
    expect(textOf(dom.querySelector('li pre code'))).toBe('alpha');
    expect(dom.querySelectorAll('pre')).toHaveLength(1);
  });

  it('reports snippet-missing at the directive line for missing files, ranges, regions and paths outside the root', () => {
    const markdown = '# A\n\nIntro.\n\n[!code-csharp[CS](includes/weg.cs)]\n[!code[R](includes/x.xml?range=40-50)]\n[!code[G](p.cs#nope)]\n[!code[O](../../secret.txt)]\n';
    const { dom, messages } = renderBlocks(markdown, { page: 'en/a.md', files });
    expect(dom.querySelectorAll('[data-snippet-error]')).toHaveLength(4);
    expect(dom.querySelectorAll('pre code')).toHaveLength(0);
    expect(messages.map((m) => [m.ruleId, m.file, m.line])).toEqual([5, 6, 7, 8].map((line) => ['snippet-missing', 'en/a.md', line]));
  });
});
