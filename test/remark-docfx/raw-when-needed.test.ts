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
// Start and end tags: of an element HTML does not define (API reference pages: `<see cref='…'>…</see>`), and
// the nl/da pages' icons and anchors (formatting elements), well-formed and not.
const pairStart = fc.constantFrom(
  "<see cref='M:A.B(System.Int32)'>", '<see cref="T:X" langword="null">', "<see\ncref = 'x'>", "<see cref='a b'\t>", '<see>',
  "<see cref=' M:A '>", "<see cref='x'/>", "<see cref='a' cref='b'>", "<see href='x'>", "<see cref='a&amp;b'>", "<see cref='a\rb'>", "<SEE cref='x'>",
  "<see cref=x>", "<seen cref='x'>", "<span cref='x'>",
  '<i class="ph ph-user-circle" aria-hidden="true">', '<i class=" ph\tph-list  " aria-label="Main menu">', '<i class="">', '<i class="a" class="b">',
  '<i aria-hidden="false">', '<i style="x">', '<a id="add">', "<a id='x y'>", '<a id="x" />', '<a href="b.md">', '<a id="x" name="y">', '<b class="x">',
);
const pairEnd = fc.constantFrom('</see>', '</see>', '</see >', '</SEE>', '</seen>', '</i>', '</i>', '</a>', '</a>', '</b>');
const text = fc.constantFrom('x', ' ', '\n', 'a b', '\nlead', '\0', '\r\n', '\t', '&amp;', '<b>');
const raw = (value: string) => ({ type: 'raw', value }) as unknown as ElementContent;
const { siblings } = fc.letrec<{ node: ElementContent; siblings: ElementContent[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value) => ({ type: 'text' as const, value })),
    fc.constantFrom({ type: 'comment' as const, value: 'c' }),
    rawSnippet.map(raw),
    fc
      .record({ tagName, properties, children: tie('siblings') })
      .map((element): Element => ({ type: 'element', ...element })),
  ),
  // Children: single nodes, and start tag … end tag runs with nodes in between.
  siblings: fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: tie('node').map((one) => [one]) },
        { weight: 2, arbitrary: fc.tuple(pairStart, fc.array(tie('node'), { maxLength: 2 }), pairEnd).map(([start, between, end]) => [raw(start), ...between, raw(end)]) },
      ),
      { maxLength: 4 },
    )
    .map((runs) => runs.flat()),
}));
const tree = siblings.map((children): Root => ({ type: 'root', children }));

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
    const skippedWithPairs = { see: 0, iconOrAnchor: 0 };
    fc.assert(
      fc.property(tree, (root) => {
        const clone = structuredClone(root);
        const result = unified().use(rehypeRawWhenNeeded).runSync(clone) as Root;
        if (result === clone) {
          skipped += 1;
          const json = JSON.stringify(root);
          if (json.includes('"value":"</see>"')) skippedWithPairs.see += 1;
          if (/"value":"<\/[ia]>"/.test(json)) skippedWithPairs.iconOrAnchor += 1;
        }
        expect(stringify(result)).toBe(stringify(reparse(root)));
      }),
      { numRuns: 30_000 },
    );
    expect(skipped).toBeGreaterThan(5_000);
    // Pairs resolved without parse5 are checked too.
    expect(skippedWithPairs.see).toBeGreaterThan(80);
    expect(skippedWithPairs.iconOrAnchor).toBeGreaterThan(30);
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

  it('resolves <see cref> pairs (nested inline content included), icons and anchors without parse5', () => {
    const page = toHast("Called on the <see cref='M:A.B(System.Int32)'>*B*</see> method<br>of <see cref='IAgent'>IAgent</see>.");
    expect(stringify(reparseWhenNeeded(page))).toBe(stringify(reparse(page)));
    expect(unified().use(rehypeRawWhenNeeded).runSync(page)).toBe(page);
    expect(stringify(page)).toContain('<see cref="M:A.B(System.Int32)"><em>B</em></see>');
    // An end tag inside the emphasis closes it early in the HTML parser: that page still needs parse5.
    const icons = toHast('## <a id="add"></a>Add\n\nClick <i class="ph ph-list" aria-label="Main menu"></i> then <i class="ph ph-x" aria-hidden="true"></i>.');
    expect(stringify(reparseWhenNeeded(icons))).toBe(stringify(reparse(icons)));
    expect(unified().use(rehypeRawWhenNeeded).runSync(icons)).toBe(icons);
    const crossed = toHast("a <see cref='x'>*b</see>*");
    expect(stringify(reparseWhenNeeded(crossed))).toBe(stringify(reparse(crossed)));
    expect(unified().use(rehypeRawWhenNeeded).runSync(crossed)).not.toBe(crossed);
  });
});
