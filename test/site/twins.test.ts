/**
 * llms.txt and Markdown twins over the bundled content: every toc page of a language is listed
 * in its llms.txt with its absolute URL, and a page's twin — captured during the page's own
 * render by the portal's processor, as the build does — re-rendered by plain remark (no DocFX
 * plugin), carries the same text as the page's HTML (white space aside), with includes
 * resolved, alerts as quotes and absolute links.
 */
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified as astroUnified } from '@astrojs/markdown-remark';
import { parse as parseHtml } from 'node-html-parser';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { createDocfxProcessor } from '../../plugins/remark-docfx/lib/pipeline.ts';
import { renderPage } from '../../plugins/remark-docfx/lib/render.ts';
import { readRootText } from '../../plugins/remark-docfx/lib/root-files.ts';
import { loadToc } from '../../plugins/remark-docfx/lib/toc.ts';
import { markdownOptions } from '../../src/site/markdown-options.ts';
import { flattenToc } from '../../src/site/navigation.ts';
import { rendererFrom, type PageRenderer, type ProcessorLike } from '../../src/site/renderer.ts';
import { mergeExample } from '../../src/simulators/merge-example.ts';
import { llmsTxt } from '../../src/site/twins/llms-txt.ts';
import { CONTENT_ROOT, LANGUAGES } from '../content/content-tree.ts';

const site = loadSite(CONTENT_ROOT);
const address = { origin: 'https://help.example', base: '/help/' };
const pages = [...site.files.values()].filter((file) => file.kind === 'page' && file.route).map((file) => file.path).sort();
/** The portal's renderer (one processor, as the build's), capturing twins for `twins`. */
const siteRenderer = (twins?: typeof address) =>
  rendererFrom(astroUnified(markdownOptions({ contentRoot: site.root, base: address.base, docfx: true })) as unknown as ProcessorLike, site, { syntaxHighlight: false }, { twins });
const withTwins = await siteRenderer(address);
const renderSitePage = (render: PageRenderer, path: string) =>
  render(readRootText(site, path)!, pathToFileURL(`${site.root}${sep}${path.split('/').join(sep)}`), { ...site.files.get(path)!.meta });
const twinOf = async (path: string) => (await renderSitePage(withTwins, path)).twin;
const htmlProcessor = createDocfxProcessor(site, { directives: { 'merge-example': mergeExample } });
const plainRemark = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

/** The text a reader sees in `html`, without any white space (tables and quotes space text differently). */
const textOf = (html: string): string => parseHtml(html).textContent.replace(/\s+/g, '');

describe('llms.txt', () => {
  it.each(LANGUAGES)('%s lists every toc page once, with its absolute URL, in toc order', (lang) => {
    const text = llmsTxt(site, lang, address);
    const tocs = [...site.files.values()].filter((file) => file.kind === 'toc' && file.lang === lang).map((file) => file.path);
    const tocRoutes = new Set(tocs.flatMap((toc) => flattenToc(loadToc(site, toc).items).map((item) => item.href!.replace(/[?#].*$/, ''))));
    const listed = [...text.matchAll(/\]\((https:\/\/help\.example\/help[^)]*)\)/g)].map((m) => m[1].slice('https://help.example/help'.length));
    for (const route of tocRoutes) if (site.files.get([...site.files.values()].find((f) => f.route === route)?.path ?? '')?.kind === 'page') expect(listed, route).toContain(route);
    expect(new Set(listed).size).toBe(listed.length);
    const rootOrder = flattenToc(loadToc(site, `${lang}/toc.yml`).items).map((item) => item.href);
    const positions = rootOrder.map((route) => listed.indexOf(route!)).filter((index) => index >= 0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toMatch(/^# .+\n\n> .+\n/);
  });
});

describe('Markdown twins', () => {
  it.each(pages)('%s: plain remark renders the twin with the text of the HTML page', async (path) => {
    const twin = (await twinOf(path))!;
    const html = renderPage(site, path, { processor: htmlProcessor }).html;
    expect(textOf(String(plainRemark.processSync(twin)))).toBe(textOf(html));
    expect(twin).not.toMatch(/\[!include|\[!(NOTE|TIP|WARNING|IMPORTANT|CAUTION)\]|:::|\]\((?!https?:|mailto:)/);
  });

  it('writes an alert as a quote led by its title, and site links absolute', async () => {
    const twin = (await twinOf('en/import/add-missing-information.md'))!;
    expect(twin).toContain('> **Tip**\n>\n> Merging is the safest action');
    expect(twin).toContain('(https://help.example/help/en/import/settings/list-values/)');
  });

  it('comes from the page\'s own render: the same render gives the HTML, which the capture leaves unchanged', async () => {
    const withoutTwins = await siteRenderer();
    for (const path of pages) {
      const captured = await renderSitePage(withTwins, path);
      const plain = await renderSitePage(withoutTwins, path);
      expect(plain.twin).toBeUndefined();
      expect(captured.code, path).toBe(plain.code);
      expect(textOf(String(plainRemark.processSync(captured.twin!))), path).toBe(textOf(captured.code));
    }
  });
});
