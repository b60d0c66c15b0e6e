/**
 * The page pipeline's fast paths change no output: createDocfxProcessor (per-file syntax subsets,
 * rehype-raw only where needed) renders exactly what the reference pipeline renders — every
 * extension on every file, rehype-raw on every page — HTML, messages and headings alike.
 * Always: the CommonMark examples and generated documents mixing dialect constructs.
 * With SIGNPOST_CORPUS_TESTS=1 (≈ 2 × 7,300 renders, a few minutes): every Markdown file of
 * ../shared/corpus/superoffice (nl+da) and, when present, superoffice-en-2023.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import spec from 'commonmark-spec';
import fc from 'fast-check';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import remarkDocfx from '../../plugins/remark-docfx/index.ts';
import type { SiteIndex } from '../../plugins/remark-docfx/lib/contracts.ts';
import { createDocfxProcessor } from '../../plugins/remark-docfx/lib/pipeline.ts';
import { rehypeDocfx } from '../../plugins/remark-docfx/lib/rehype-docfx.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';

/** The pipeline without fast paths. */
function referenceProcessor(site: SiteIndex) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDocfx, { site, syntaxSubsets: false })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeDocfx)
    .use(rehypeStringify);
}

/** Renderers of a page path + text, fast and reference (separate sites: include caches apart). */
function renderers(root: string) {
  const renderWith = (processor: ReturnType<typeof referenceProcessor>) => (path: string, text: string) => {
    const file = new VFile({ value: text });
    file.data.docfxPath = path;
    const html = String(processor.processSync(file));
    const messages = file.messages.map((message) => [message.ruleId, message.file, message.line, message.column, message.reason]);
    return { html, messages, headings: file.data.docfxHeadings };
  };
  return { fast: renderWith(createDocfxProcessor(loadSite(root))), reference: renderWith(referenceProcessor(loadSite(root))) };
}

const root = mkdtempSync(join(tmpdir(), 'docfx-fast-paths-'));
mkdirSync(join(root, 'nl/includes'), { recursive: true });
writeFileSync(join(root, 'nl/includes/deel.md'), '> [!NOTE]\n> Uit een include, met <b>HTML</b> en ~~weg~~.\n');
writeFileSync(join(root, 'nl/doel.md'), '---\nuid: help-doel\n---\n# Doel\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { fast, reference } = renderers(root);

describe('fast paths', () => {
  it('render every CommonMark example as the reference pipeline does', () => {
    for (const example of spec.tests) {
      const markdown = example.markdown.replace(/→/g, '\t'); // the spec shows tabs as →
      expect(fast('nl/page.md', markdown), markdown).toEqual(reference('nl/page.md', markdown));
    }
  });

  it('render generated dialect documents as the reference pipeline does', () => {
    const fragment = fc.constantFrom(
      '[!include[a](includes/deel.md)]', 'tekst [!include[b](includes/deel.md)] na', '[!include[c](includes/weg.md)]',
      '> [!NOTE]', '> [!TIP]\n> tekst', '> [!VIDEO https://www.youtube.com/embed/x]', '> [!div class="x"]', '# Tab 1 (#tab/a)',
      '# Tab 2 (#tab/b)', '***', '{% stepper %}', '{% step %}', '{% endstep %}', '{% endstepper %}', '{% hint style="info" %}',
      '{% endhint %}', '{% tabs %}', '{% tab title="X" %}', '{% endtab %}', '{% endtabs %}', '::simulator{name="import"}',
      ':::image source="x.png" alt-text="x":::', '::: zone pivot="a"', '::: zone-end', '[!code-csharp[x](a.cs?range=1-2)]',
      '[x][1]', '[1]: doel.md', '<xref:help-doel>', '<xref:help-weg>', '@help-doel', '[t](xref:help-doel#a)', 'a@b.nl www.x.nl',
      '| a | b |', '|---|:-:|', '| 1 | 2 |', '- [ ] taak', '1. een', '* punt', '```', '```js', '\n    code', '<br>', '<details>',
      '</details>', '<div>x</div>', '<!-- c -->', '~~weg~~', '**vet**', '*schuin*', 'Ã©Ã©n', '<b>vet</b>', '\\[!include[x](y.md)]',
    );
    const line = fc.oneof(fragment, fc.string({ maxLength: 20 }), fc.array(fragment, { maxLength: 3 }).map((parts) => parts.join(' ')));
    const document = fc.array(line, { maxLength: 20 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(document, (text) => {
        expect(fast('nl/page.md', text)).toEqual(reference('nl/page.md', text));
      }),
      { numRuns: 1000 },
    );
  });
});

const corpora = ['superoffice', 'superoffice-en-2023'].map((name) => fileURLToPath(new URL(`../../../shared/corpus/${name}/`, import.meta.url)));
const enabled = process.env.SIGNPOST_CORPUS_TESTS === '1' && existsSync(corpora[0]);
if (!enabled) console.warn('fast-paths corpus renders skipped: set SIGNPOST_CORPUS_TESTS=1 (needs ../shared/corpus)');

describe.skipIf(!enabled)('corpus files, fast and reference', () => {
  for (const corpus of corpora.filter((path) => existsSync(path))) {
    it(`render identically: ${corpus}`, { timeout: 1_800_000 }, () => {
      const { fast: fastCorpus, reference: referenceCorpus } = renderers(corpus);
      const paths = [...loadSite(corpus).files.keys()].filter((path) => path.endsWith('.md'));
      expect(paths.length).toBeGreaterThan(2000);
      for (const path of paths) {
        const text = readFileSync(join(corpus, path), 'utf8');
        expect(fastCorpus(path, text), path).toEqual(referenceCorpus(path, text));
      }
    });
  }
});
