import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { renderPage } from '../../plugins/remark-docfx/lib/render.ts';
import { rehypeRawWhenNeeded } from '../../plugins/remark-docfx/lib/raw-when-needed.ts';
import { rehypeDocfx } from '../../plugins/remark-docfx/lib/rehype-docfx.ts';
import { collectAssetReferences } from '../../src/check/unused-assets.ts';
import { loadDialect } from '../../src/check/dialect.ts';
import { collectTreeReferences } from '../../src/check/tree-references.ts';

/** Every way a page can point at a file, each at its own asset. */
const PAGE = `---
title: Media
uid: media
---
# Media

An image ![a](../media/a.png) and a link to [a PDF](../media/doc.pdf "Handleiding").

A reference-style image ![b][bimg] and link [sheet][sheet].

[bimg]: ../media/b.png
[sheet]: </media/sheet.xlsx>
[unused]: ../media/unused-definition.png

:::image type="content" source="../media/shown.png" alt-text="Shown" lightbox="../media/large.png":::

> [!VIDEO ../media/clip.mp4]

<video poster="../media/poster.jpg"><source src="../media/clip.webm"></video>

<p><img src=../media/unquoted.png alt=x><img srcset="../media/s1.png 1x, ../media/s2.png 2x"></p>

<a HREF='/media/upper.zip?download=1'>Download</a> and <img src="../media/dup.png" src="../media/second-src.png">

A footnote[^1].

[^1]: With ![fn](../media/footnote.png).

[^2]: Never referenced: ![x](../media/unreferenced-footnote.png).

[!INCLUDE [steps](includes/steps.md)]
`;

/** The same kinds of text that look like references but render as none. */
const NOT_REFERENCES = `---
title: Samples
uid: samples
---
# Samples

<!-- <img src="../media/commented.png"> -->

<script src="../media/script.txt"></script>

<iframe src="../media/framed.pdf"></iframe>

\`\`\`html
<img src="../media/code-sample.png">
\`\`\`
`;

const temps: string[] = [];
afterAll(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A content tree of `files`, plus an (empty) file for every media path they mention. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'signpost-refs-'));
  temps.push(root);
  const media = Object.values(files).flatMap((text) => [...text.matchAll(/media\/([\w-]+\.\w+)/g)].map((match) => [`media/${match[1]}`, '']));
  for (const [path, text] of [...media, ...Object.entries(files)]) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function check(files: Record<string, string>, page: string) {
  const dialect = await loadDialect();
  const site = await dialect.loadSite(tree(files));
  const entry = await dialect.checkEntry(site, page);
  const fromHtml = new Set<string>();
  collectAssetReferences(page, renderPage(site, page).html, fromHtml);
  return { references: [...entry.references].sort(), fromHtml: [...fromHtml].sort(), messages: entry.messages };
}

describe('references read from the final tree, without HTML', () => {
  it('finds every file the rendered page points at, the same as its HTML attributes', async () => {
    const files = { 'nl/media.md': PAGE, 'nl/includes/steps.md': 'Step ![c](../../media/included.png)\n' };
    const { references, fromHtml } = await check(files, 'nl/media.md');
    const media = references.filter((path) => path.startsWith('media/'));
    expect(media).toEqual([
      'media/a.png', 'media/b.png', 'media/clip.mp4', 'media/clip.webm', 'media/doc.pdf', 'media/dup.png', 'media/footnote.png',
      'media/included.png', 'media/large.png', 'media/poster.jpg', 'media/s1.png', 'media/s2.png', 'media/sheet.xlsx', 'media/shown.png',
      'media/unquoted.png', 'media/upper.zip',
    ]);
    expect(references).toEqual(fromHtml);
  });

  it('ignores comments, removed elements and attribute-like text in code samples', async () => {
    const { references, fromHtml } = await check({ 'nl/samples.md': NOT_REFERENCES }, 'nl/samples.md');
    expect(references).toEqual([]);
    // The HTML of the code sample reads `src="…"` too; it is text, not a reference.
    expect(fromHtml).toEqual(['media/code-sample.png']);
  });

  it('keeps the render messages and reads toc hrefs once with the toc items', async () => {
    const files = { 'nl/a.md': '# A\n\n[gone](missing.md)\n', 'nl/toc.yml': '- name: A\n  href: a.md\n- name: Guide\n  href: ../media/guide.pdf\n' };
    const dialect = await loadDialect();
    const site = await dialect.loadSite(tree(files));
    const page = await dialect.checkEntry(site, 'nl/a.md');
    expect(page.messages.map((m) => `${m.file}:${m.line} ${m.ruleId}`)).toEqual(renderPage(site, 'nl/a.md').messages.map((m) => `${m.file}:${m.line} ${m.ruleId}`));
    expect(page.messages.map((m) => m.ruleId)).toContain('link-broken');
    const toc = await dialect.checkEntry(site, 'nl/toc.yml');
    expect(toc.tocItems?.map((item) => item.name)).toEqual(['A', 'Guide']);
    const fromHtml = new Set<string>();
    collectAssetReferences('nl/toc.yml', renderPage(site, 'nl/toc.yml').html, fromHtml);
    expect([...toc.references].sort()).toEqual([...fromHtml].sort());
    expect(toc.references).toContain('media/guide.pdf');
  });
});

/** The HTML half of the page processor (lib/pipeline.ts) on a ready mdast tree. */
const toHtml = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRawWhenNeeded).use(rehypeDocfx).use(rehypeStringify);

function bothWays(children: RootContent[]) {
  const tree: Root = { type: 'root', children };
  const fromTree = new Set<string>();
  collectTreeReferences('nl/a.md', structuredClone(tree), fromTree);
  const fromHtml = new Set<string>();
  collectAssetReferences('nl/a.md', toHtml.stringify(toHtml.runSync(structuredClone(tree))), fromHtml);
  return { fromTree: [...fromTree].sort(), fromHtml: [...fromHtml].sort() };
}

describe('references of custom nodes (data.hName, hProperties, hChildren)', () => {
  const text = (value: string) => ({ type: 'text' as const, value });

  it('reads URL properties of any element, with hProperties winning over the url', () => {
    const { fromTree, fromHtml } = bothWays([
      { type: 'paragraph', data: { hProperties: { dataSrc: '/media/lazy.png', title: '/media/not-a-url-attribute.png' } }, children: [text('x')] },
      { type: 'paragraph', children: [{ type: 'link', url: '/media/replaced.pdf', data: { hProperties: { href: '/media/kept.pdf' } }, children: [text('y')] }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'wrapped', data: { hName: 'object', hProperties: { data: '/media/object.svg' } } } as PhrasingContent] },
    ]);
    // `<object>` is outside the sanitiser's allow-list (issue 17): no reference.
    expect(fromTree).toEqual(['media/kept.pdf', 'media/lazy.png']);
    expect(fromTree).toEqual(fromHtml);
  });

  it('reads hChildren instead of the children, and drops what the sanitiser drops', () => {
    const block = (hName: string, hProperties: object, children: RootContent[], hChildren?: unknown[]) =>
      ({ type: 'docfxBlock', data: { hName, hProperties, ...(hChildren ? { hChildren } : {}) }, children }) as unknown as RootContent;
    const iframe = (src: string) => ({ type: 'element', tagName: 'iframe', properties: { src }, children: [] });
    const image = (url: string) => ({ type: 'paragraph', children: [{ type: 'image', url, alt: '' }] }) as RootContent;
    const { fromTree, fromHtml } = bothWays([
      block('div', { dataVideo: '' }, [image('/media/hidden-by-hchildren.png')], [iframe('/media/video.mp4')]),
      block('section', {}, [], [iframe('/media/outside-video.pdf')]),
      block('script', { src: '/media/script.txt' }, []),
      block('div', {}, [], [{ type: 'raw', value: '<img src="/media/raw-child.png">' }]),
      block('div', { dataVideo: '' }, [{ type: 'html', value: '<iframe src="/media/raw-video.webm"></iframe>' }]),
    ]);
    expect(fromTree).toEqual(['media/raw-child.png', 'media/raw-video.webm', 'media/video.mp4']);
    expect(fromTree).toEqual(fromHtml);
  });
});
