/**
 * Per-file syntax subsets (plugins/remark-docfx/lib/syntax-subset.ts) change nothing: a text
 * parsed with only the constructs it can contain gives the same tree — node for node, positions
 * included — as one parsed with every GFM and directive construct.
 * Checked on the CommonMark examples and on generated documents dense in the characters that
 * start those constructs; fast-paths.test.ts renders pages and the corpora both ways.
 */
import spec from 'commonmark-spec';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createParser } from '../../plugins/remark-docfx/lib/parse.ts';
import { subsetFor, type SyntaxExtensions } from '../../plugins/remark-docfx/lib/syntax-subset.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
const full: SyntaxExtensions = { extensions: processor.data('micromarkExtensions') ?? [], mdastExtensions: processor.data('fromMarkdownExtensions') ?? [] };
const parseSubset = createParser(processor);
const parseFull = (text: string) => fromMarkdown(text, full);
const examples = spec.tests.map((example) => example.markdown.replace(/→/g, '\t')); // the spec shows tabs as →

/** Names of the constructs and transforms a subset keeps. */
function namesIn(subset: SyntaxExtensions): Set<string> {
  const names = new Set<string>();
  for (const extension of subset.extensions) {
    for (const map of Object.values(extension)) {
      for (const value of Object.values(map as object)) {
        for (const construct of [value].flat()) if (construct?.tokenize) names.add(construct.name ?? construct.tokenize.name);
      }
    }
  }
  for (const extension of subset.mdastExtensions.flat()) for (const transform of extension.transforms ?? []) names.add(transform.name);
  return names;
}

describe('syntax subsets', () => {
  it('leave out what plain prose cannot contain, and keep what a text may start', () => {
    const plain = namesIn(subsetFor('Plain words, a colon: and 10 items.', full));
    for (const name of ['emailAutolink', 'table', 'strikethrough', 'tokenizeDirectiveText', 'transformGfmAutolinkLiterals']) expect(plain).not.toContain(name);
    const rich = namesIn(subsetFor('a@b.nl | ~x~ :name [^1] [ ] www.x.nl http://x', full));
    for (const name of ['emailAutolink', 'wwwAutolink', 'protocolAutolink', 'table', 'strikethrough', 'gfmFootnoteCall', 'tasklistCheck', 'tokenizeDirectiveText', 'transformGfmAutolinkLiterals']) expect(rich).toContain(name);
  });

  it('parse every CommonMark example to the same tree as every extension does', () => {
    expect(examples.length).toBeGreaterThan(600);
    for (const markdown of examples) expect(JSON.stringify(parseSubset(markdown)), markdown).toBe(JSON.stringify(parseFull(markdown)));
  });

  it('parse generated documents to the same tree as every extension does', () => {
    const trigger = fc.constantFrom(...'@wW.:/hHtps~[]^|-xX \t\n\\&#;a1*_>`<(){}="é!'.split(''));
    const fragment = fc.constantFrom(
      'a@b.co', 'www.x.nl', 'WWW.X.NL', 'http://x.y/z', 'https://a.b', 'mailto:a@b.c', 'xmpp:a@b.c/d', '&#64;', '&commat;',
      '&#x40;b.c', 'w\\ww.x', 'a\\@b.c', 'http\\://x.y', '~~x~~', '~y~', '[^1]', '[^1]: note', '- [ ] task', '* [x] done',
      '1. [X] ok', '- [\t] tab', '| a | b |', '|---|:-:|', 'a\n:-', 'b\n-:', ':name', ':name[label]{a=1}', '::leaf{a=1}',
      ':::container', ':::', '10:30', 'Note: x', '\\:x', ':é', '<b>x</b>', '`a@b.c`', '[l](http://x)', '<http://x.y>',
      '![i](w.png)', '> quote', '    code', '```\n@ | ~\n```', '[x]: http://x',
      'ww&#119;.x.nl', 'http&#58;//x.y', 'HTTPS&colon;&sol;&sol;a.b', 'a&commat;b.co', 'www&period;x.nl', '&#X40;b.c', '&#0064;',
      '&#64', '&#1114112;', '&amp;#64;', 'ftp://x.y', 'Http://X.Y',
    );
    const chunk = fc.oneof(fragment, fc.string({ unit: trigger, maxLength: 16 }));
    const separator = fc.constantFrom('', ' ', '\n', '\n\n');
    const document = fc.array(fc.tuple(chunk, separator), { maxLength: 12 }).map((parts) => parts.map(([text, gap]) => text + gap).join(''));
    fc.assert(
      fc.property(document, (text) => {
        expect(JSON.stringify(parseSubset(text))).toBe(JSON.stringify(parseFull(text)));
      }),
      { numRuns: 3000 },
    );
  });
});
