/**
 * What a reader of a built portal can check without a browser, page by page from the output
 * folder: the reading order (`rel="next"` from the first page), breadcrumbs against folder
 * depth, and the absence of writers' diagnostics. The expectations come from the content
 * root itself (its toc.yml files, read by the plugin's `loadToc`), not from the site code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { loadSite, loadToc, type TocItem } from '../../../plugins/remark-docfx/index.ts';

/** The HTML of the page at `route` (`/nl/a/` → `<outDir>/nl/a/index.html`), or undefined. */
export function readPage(outDir: string, route: string): string | undefined {
  const file = join(outDir, ...route.split('/').filter(Boolean).map(decodeURIComponent), 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Every built page route of `lang` (`/nl/…/`), sorted. */
export function builtRoutes(outDir: string, lang: string): string[] {
  return readdirSync(join(outDir, lang), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => `/${join(entry.parentPath, entry.name).slice(outDir.length + 1).replace(/index\.html$/, '')}`)
    .sort();
}

/**
 * The served pages of `lang` that some toc.yml of the content root links to, with the file
 * behind each route: what "every toc page" means.
 */
export function tocPages(contentRoot: string, lang: string): Map<string, string> {
  const site = loadSite(contentRoot);
  const pages = new Map<string, string>();
  const walk = (items: TocItem[]) => {
    for (const item of items) {
      const route = item.href?.replace(/[?#].*$/, '');
      const file = route ? site.byRoute.get(route) : undefined;
      if (route && file && (file.kind === 'page' || file.kind === 'landing')) pages.set(route, file.path);
      walk(item.items);
    }
  };
  for (const file of site.files.values()) if (file.kind === 'toc' && file.lang === lang) walk(loadToc(site, file.path).items);
  return pages;
}

/** The content-root file of every served page or landing page of `lang`, by route. */
export function pageFiles(contentRoot: string, lang: string): Map<string, string> {
  const site = loadSite(contentRoot);
  return new Map([...site.byRoute].filter(([, f]) => f.lang === lang && (f.kind === 'page' || f.kind === 'landing')).map(([route, f]) => [route, f.path]));
}

const linkOf = (html: string, rel: 'next' | 'prev') => new RegExp(`rel="${rel}" href="([^"]+)"`).exec(html)?.[1];

/**
 * Follows `rel="next"` from the language's first page (the one page with a next link and no
 * previous link) and returns the routes visited, in order. Throws when there is not exactly one
 * first page or the chain loops.
 */
export function followNext(outDir: string, lang: string): string[] {
  const routes = builtRoutes(outDir, lang);
  const firsts = routes.filter((route) => {
    const html = readPage(outDir, route) ?? '';
    return linkOf(html, 'next') && !linkOf(html, 'prev');
  });
  if (firsts.length !== 1) throw new Error(`expected one first page in ${lang}, found ${firsts.join(', ') || 'none'}`);
  const visited: string[] = [];
  const seen = new Set<string>();
  for (let route: string | undefined = firsts[0]; route; route = linkOf(readPage(outDir, route) ?? '', 'next')) {
    if (seen.has(route)) throw new Error(`rel="next" loops back to ${route} after ${visited.length} pages`);
    seen.add(route);
    visited.push(route);
  }
  return visited;
}

/** The breadcrumb labels of a page (home first, the page itself last). */
export function breadcrumbs(html: string): string[] {
  return parse(html).querySelectorAll('.sp-crumbs li').map((li) => li.text.trim());
}

/**
 * Breadcrumbs of a page that lead nowhere: a crumb must link to a built page (`exists(route)`),
 * or, when it is not a link, be the page itself — its last crumb, or a sidebar group whose
 * own page is the current one (a `<summary>` around the `aria-current` link).
 * Example: `['"Selectie" links to /nl/gone/, which is not built']`.
 */
export function crumbProblems(html: string, exists: (route: string) => boolean): string[] {
  const root = parse(html);
  const items = root.querySelectorAll('.sp-crumbs li');
  // The sidebar groups the current page sits in (their summaries), innermost first.
  const groups: string[] = [];
  for (let node = root.querySelector('.sp-sidebar a[aria-current="page"]')?.parentNode; node; node = node.parentNode) {
    if (node.rawTagName === 'details') groups.push(node.querySelector('summary')?.text.trim() ?? '');
  }
  const problems: string[] = [];
  items.forEach((li, i) => {
    const link = li.querySelector('a');
    const name = li.text.trim();
    if (link) {
      const href = link.getAttribute('href') ?? '';
      if (!exists(href.replace(/#.*$/, ''))) problems.push(`"${name}" links to ${href}, which is not built`);
    } else if (i !== items.length - 1 && !groups.includes(name)) problems.push(`"${name}" links nowhere and is not the current page`);
  });
  return problems;
}

/** Writers' diagnostics a reader must never see in a production build, found in `html`. */
export function writersNoise(html: string): string[] {
  const found: string[] = [];
  if (html.includes('class="sp-problems"')) found.push('problems box');
  if (html.includes('sp-article--problems')) found.push('problem outlines');
  if (html.includes('data-dev-diagnostics')) found.push('dev diagnostics panel');
  if (/Writers: see|Schrijvers: zie|Skribenter: se/.test(html)) found.push('writers\' sentence');
  return found;
}
