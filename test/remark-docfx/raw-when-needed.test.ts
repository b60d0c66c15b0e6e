/**
 * rehype-raw is skipped only where it changes nothing (plugins/remark-docfx/lib/raw-when-needed.ts):
 * whenever `isParse5Stable` says a tree is stable, rehype-raw's parse5 round trip gives back the
 * same HTML, and `rehypeRawWhenNeeded` always gives rehype-raw's HTML. Checked on generated trees
 * that mix the elements Markdown and the dialect produce with ones the HTML parser moves, closes
 * or re-nests, odd properties, odd text and raw snippets (breaks, comments — whole and broken).
 */
import fc from 'fast-check';
import type { Element, ElementContent, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { isParse5Stable, rehypeRawWhenNeeded } from '../../plugins/remark-docfx/lib/raw-when-needed.ts';

const stringify = (tree: Root) => unified().use(rehypeStringify).stringify(tree);
const reparse = (tree: Root) => unified().use(rehypeRaw).runSync(structuredClone(tree)) as Root;
const reparseWhenNeeded = (tree: Root) => unified().use(rehypeRawWhenNeeded).runSync(structuredClone(tree)) as Root;
const toHast = (markdown: string) => {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });
  return processor.runSync(processor.parse(markdown)) as Root;
};

const tagName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('p', 'div', 'span', 'a', 'em', 'pre', 'h1', 'h2', 'ul', 'li', 'table', 'tbody', 'tr', 'td', 'button', 'dl', 'dd', 'br') },
  { weight: 1, arbitrary: fc.constantFrom('strong', 'code', 'ol', 'thead', 'th', 'blockquote', 'hr', 'img', 'input', 'section', 'details', 'summary', 'dt', 'sup', 'b', 'i') },
  { weight: 1, arbitrary: fc.constantFrom('iframe', 'select', 'option', 'textarea', 'form', 'caption', 'col', 'svg', 'template', 'script', 'nobr', 'font', 'math', 'custom-x') },
);
const propertyValue = fc.oneof(fc.constantFrom('', 'a', 'a  b', ' x', 'a,b', '1', 'javascript:x'), fc.boolean(), fc.integer({ min: -2, max: 5 }), fc.constant(['a', 'b'] as string[]), fc.constant(['a b'] as string[]), fc.constant(null));
const someProperties = fc.dictionary(
  fc.constantFrom('className', 'href', 'id', 'dataAlert', 'data-tabs', 'role', 'checked', 'disabled', 'start', 'align', 'width', 'rel', 'title', 'open', 'dataFootnotes', 'ariaDescribedBy', 'style'),
  propertyValue,
  { maxKeys: 3 },
);
const properties = fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: someProperties });
const rawSnippet = fc.constantFrom(
  '<br>', '<BR/>', '<br />', '<br\n>', '<br x>', '<br>x', '<!-- c -->', '<!---->', '<!-->', '<!--->', '<!-->x-->', '<!--->x-->', '<!-- a --!> b -->', '<!--a-->x',
  '<!--\r\n-->', '<!-- a --->', '<!-- <!-- -->', '<!--a--!>', '<!--\0-->', '<i>r</i>', '</see>', '<see cref="x">', '<pre>', '<p>',
);
const text = fc.constantFrom('x', ' ', '\n', 'a b', '\nlead', '\0', '\r\n', '\t', '&amp;', '<b>');
const node: fc.Arbitrary<ElementContent> = fc.letrec<{ node: ElementContent }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value) => ({ type: 'text' as const, value })),
    fc.constantFrom({ type: 'comment' as const, value: 'c' }),
    rawSnippet.map((value) => ({ type: 'raw', value }) as unknown as ElementContent),
    fc
      .record({ tagName, properties, children: fc.array(tie('node'), { maxLength: 4 }) })
      .map((element): Element => ({ type: 'element', ...element })),
  ),
})).node;
const tree = fc.array(node, { maxLength: 4 }).map((children): Root => ({ type: 'root', children }));

describe('isParse5Stable', () => {
  it('holds only for trees rehype-raw gives back as they are', () => {
    let stable = 0;
    fc.assert(
      fc.property(tree, (root) => {
        if (!isParse5Stable(root)) return;
        stable += 1;
        expect(stringify(reparse(root))).toBe(stringify(root));
      }),
      { numRuns: 30_000 },
    );
    expect(stable).toBeGreaterThan(5_000); // the property must not hold vacuously
  });

  it('rehypeRawWhenNeeded renders as rehype-raw, and often without it', () => {
    let skipped = 0;
    fc.assert(
      fc.property(tree, (root) => {
        const clone = structuredClone(root);
        const result = unified().use(rehypeRawWhenNeeded).runSync(clone) as Root;
        if (result === clone) skipped += 1;
        expect(stringify(result)).toBe(stringify(reparse(root)));
      }),
      { numRuns: 30_000 },
    );
    expect(skipped).toBeGreaterThan(5_000);
  });

  it('lets ordinary Markdown skip the re-parse', () => {
    const page = toHast('# Title\n\nSome *text*, **bold**, `code` and a [link](a.md "t").\n\n- [ ] task\n- item\n\n1. one\n2. two\n\n> quote\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n```js\nx\n```\n\n![img](a.png)\n\n---\n\nEnd  \nline ~~gone~~ www.example.com');
    expect(isParse5Stable(page)).toBe(true);
    expect(stringify(reparse(page))).toBe(stringify(page));
  });

  it('sends raw HTML and trees the HTML parser would rebuild through rehype-raw', () => {
    const paragraph = (children: ElementContent[]): Root => ({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] });
    expect(isParse5Stable(toHast('a <b>raw</b>'))).toBe(false);
    const comment = toHast('<!-- markdownlint-disable -->\n\nText<br>more');
    expect(stringify(reparseWhenNeeded(comment))).toBe(stringify(reparse(comment)));
    expect(unified().use(rehypeRawWhenNeeded).runSync(comment)).toBe(comment); // resolved without parse5
    expect(isParse5Stable(paragraph([{ type: 'element', tagName: 'div', properties: {}, children: [] }]))).toBe(false);
    expect(isParse5Stable({ type: 'root', children: [{ type: 'element', tagName: 'table', properties: {}, children: [{ type: 'element', tagName: 'tr', properties: {}, children: [] }] }] })).toBe(false);
    expect(isParse5Stable({ type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: '\nx' }] }] })).toBe(false);
    expect(isParse5Stable(paragraph([{ type: 'element', tagName: 'span', properties: { dataFlag: true }, children: [] }]))).toBe(false);
  });
});
