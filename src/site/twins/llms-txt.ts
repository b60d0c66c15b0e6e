/**
 * `/<lang>/llms.txt` (the llmstxt.org layout): the language's pages in toc order — title,
 * one-line description and URL each — so an AI assistant can find a page without crawling.
 * Toc files are read root first (`nl/toc.yml`, then deeper ones), each expanded with its nested
 * tocs, and a page appears once, where it is first listed. Served pages that no toc lists follow
 * under `## Optional`.
 */
import { loadToc, type SiteFile, type SiteIndex, type TocItem } from '../../../plugins/remark-docfx/index.ts';
import { flattenToc, routeOf } from '../navigation.ts';
import { absoluteUrl, type SiteAddress } from './page-twin.ts';

/** One line of text: a front-matter value with its white space collapsed. */
const oneLine = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\s+/g, ' ').trim() : '');

/** The items of a toc.yml tree (nested tocs expanded), as `loadToc` gives them. */
export type TocItems = (tocPath: string) => TocItem[];

/** `TocItems` that loads each toc again. */
const loadItems = (site: SiteIndex): TocItems => (toc) => loadToc(site, toc).items;

/**
 * The content pages of `lang` in toc order, then the served pages no toc lists. `tocItems` gives
 * a toc's tree (a build passes the trees its model already loaded).
 */
export function pagesInTocOrder(site: SiteIndex, lang: string, tocItems: TocItems = loadItems(site)): { listed: SiteFile[]; unlisted: SiteFile[] } {
  const pagesByRoute = new Map<string, SiteFile>();
  for (const file of site.files.values()) if (file.kind === 'page' && file.lang === lang && file.route) pagesByRoute.set(file.route, file);
  const tocs = [...site.files.values()].filter((file) => file.kind === 'toc' && file.lang === lang).map((file) => file.path);
  tocs.sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
  const listed: SiteFile[] = [];
  const seen = new Set<string>();
  for (const toc of tocs) {
    for (const item of flattenToc(tocItems(toc))) {
      const route = routeOf(item.href);
      const page = route === undefined ? undefined : pagesByRoute.get(route);
      if (page && !seen.has(page.path)) {
        seen.add(page.path);
        listed.push(page);
      }
    }
  }
  const unlisted = [...pagesByRoute.values()].filter((page) => !seen.has(page.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
  return { listed, unlisted };
}

/**
 * The llms.txt text of `lang`.
 * Example: `llmsTxt(site, 'en', address)` → `'# Signpost help (en)\n\n- [Importing data](https://…/en/import/): How to …\n…'`.
 */
export function llmsTxt(site: SiteIndex, lang: string, address: SiteAddress, tocItems?: TocItems): string {
  const line = (file: SiteFile): string => {
    const description = oneLine(file.meta.description);
    const url = absoluteUrl(file.route!, address, file.route!);
    return `- [${(file.title ?? file.path).replace(/[[\]]/g, '\\$&')}](${url})${description ? `: ${description}` : ''}`;
  };
  const { listed, unlisted } = pagesInTocOrder(site, lang, tocItems);
  const parts = [`# Signpost help (${lang})`, '', `> The help pages in ${lang}, in the order of their table of contents. Each page also has a Markdown version: its URL followed by index.md.`, '', '## Pages', '', ...listed.map(line)];
  if (unlisted.length > 0) parts.push('', '## Optional', '', ...unlisted.map(line));
  return `${parts.join('\n')}\n`;
}
