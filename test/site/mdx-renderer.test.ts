/**
 * The site's renderer compiles `.mdx` pages with the processor's MDX compiler — the one
 * @astrojs/mdx calls (`createMdxRenderer`) — and `.md` pages with its Markdown renderer; both
 * give the same body, headings and recorded reads for the twin pages (issue 14).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { expect, it } from 'vitest';
import { loadSite } from '../../plugins/remark-docfx/index.ts';
import { markdownOptions } from '../../src/site/markdown-options.ts';
import { rendererFrom, type ProcessorLike } from '../../src/site/renderer.ts';

const root = fileURLToPath(new URL('../fixtures/mdx-tree/', import.meta.url));

it('compiles .mdx through createMdxRenderer and matches the .md twin', async () => {
  const site = loadSite(root);
  const processor = unified(markdownOptions({ contentRoot: root, base: '/', docfx: true })) as unknown as ProcessorLike;
  const compiled: string[] = [];
  const createMdxRenderer = processor.createMdxRenderer!.bind(processor);
  processor.createMdxRenderer = async (shared, mdx) => {
    const renderer = await createMdxRenderer(shared, mdx);
    return { process: (content, path, frontmatter) => (compiled.push(path), renderer.process(content, path, frontmatter)) };
  };
  const render = await rendererFrom(processor, site, { syntaxHighlight: false });
  const page = (path: string) => render(readFileSync(`${root}/${path}`, 'utf8'), pathToFileURL(`${root}/${path}`), { ...site.files.get(path)!.meta });
  const [md, mdx] = [await page('en/md/page.md'), await page('en/mdx/page.mdx')];
  expect(compiled.map((path) => path.slice(root.length))).toEqual(['en/mdx/page.mdx']);
  expect(mdx.code).toBe(md.code);
  expect(mdx.code).toContain('data-simulator="import-settings"');
  expect(mdx.metadata.headings).toEqual(md.metadata.headings);
  // The files each page read and linked to (the dev preview's reload plan relies on them).
  for (const key of ['signpostReads', 'signpostLinks']) expect(mdx.metadata.frontmatter[key]).toEqual(md.metadata.frontmatter[key]);
  expect(mdx.messages).toEqual([]);
  const broken = await page('en/broken.mdx');
  expect(broken.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['7:19 mdx-syntax']);
});
