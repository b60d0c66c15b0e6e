/**
 * The whole site as data, computed once per build from one `SiteIndex` scan: every served route
 * (pages, landing pages, stubs, `redirect_from` redirects, generated language homes) with its
 * rendered HTML, sidebar choice, language-switch targets and problems, plus the sidebar trees.
 */
import { readRootText, renderLanding, type RenderedLanding, type SiteFile, type SiteIndex, type TocItem } from '../../plugins/remark-docfx/index.ts';
import { buildFolderTree, sectionOf } from './folder-tree.ts';
import { toSiteMessage, uniqueMessages } from './build-messages.ts';
import { chooseSidebar, type TocTree } from './navigation.ts';
import type { NavigationData, PageData, SiteMessage } from './page-data.ts';
import { descriptionOf, isSearchable, keywordsOf, updatedOf } from './page-meta.ts';
import { planRedirects } from './redirects.ts';
import { findTranslation } from './language-switch.ts';
import { findRedirectLoops } from './redirect-loops.ts';

/** What rendering one Markdown page yields (through Astro's configured unified processor). */
export interface RenderedBody {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  messages: SiteMessage[];
  /** The page's Markdown twin, when the render captured one (a build with twins). */
  twin?: string;
}

/** One served route and its body HTML (empty for redirects and generated homes). */
export interface BuiltRoute {
  data: PageData;
  html: string;
  /** The Markdown twin of a page route, when the render captured one. */
  twin?: string;
}

/** The site model the loader stores. */
export interface SiteModel {
  routes: BuiltRoute[];
  navigation: NavigationData[];
  /** Every problem once, in print order. */
  messages: SiteMessage[];
}

/** Plug points, so tests and the loader can pass their own renderer and toc reader. */
export interface SiteModelOptions {
  renderMarkdown(file: SiteFile, text: string): Promise<RenderedBody>;
  /**
   * True for a page whose render `renderMarkdown` knows without its text (an incremental build's
   * reused render): its file is not read, and `renderMarkdown` gets `''`.
   */
  knowsRender?(file: SiteFile): boolean;
  /** Renders a landing file (default: the plugin's `renderLanding`; an incremental build remembers them). */
  renderLanding?(site: SiteIndex, path: string, text: string): RenderedLanding;
  loadToc(site: SiteIndex, path: string): { items: TocItem[]; messages: SiteMessage[] };
}

const byPath = (a: SiteFile, b: SiteFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The files served at a route of a language (path order), the languages that get a generated
 * home, and every route those serve. Example: `nl/a.md` alone → `{ served: [a], homes: ['nl'],
 * routes: {'/nl/a/', '/nl/'} }`.
 */
export function servedRoutes(site: SiteIndex): { served: SiteFile[]; homes: string[]; routes: Set<string> } {
  const served = [...site.byRoute.values()].filter((f) => f.route && f.lang).sort(byPath);
  const routes = new Set(served.map((f) => f.route as string));
  const homes = site.languages.filter((lang) => !routes.has(`/${lang}/`));
  for (const lang of homes) routes.add(`/${lang}/`);
  return { served, homes, routes };
}

/**
 * Builds the model. Never throws for content problems: every page is produced and its problems
 * are listed. Example: a tree with `nl/a.md` and `da/a.md` → routes `/nl/a/`, `/da/a/`, `/nl/`,
 * `/da/` (generated homes) with each page's switch pointing at the other.
 */
export async function buildSiteModel(site: SiteIndex, options: SiteModelOptions): Promise<SiteModel> {
  // Paths the content-root guard refused (links leading out, loops, FIFOs …): printed like any problem.
  const allMessages: SiteMessage[] = (site.rootMessages ?? []).map((message) => toSiteMessage(message, message.file));
  const trees: TocTree[] = [];
  for (const file of [...site.files.values()].filter((f) => f.kind === 'toc').sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const toc = options.loadToc(site, file.path);
    trees.push({ file: file.path, items: toc.items });
    allMessages.push(...toc.messages);
  }

  const { served, routes, homes } = servedRoutes(site);
  const uidRoutes = new Map([...site.byUid].filter(([, f]) => f.route).map(([uid, f]) => [uid, f.route as string]));
  const languagesOf = (route: string, lang: string, uid?: string) =>
    site.languages.map((other) => findTranslation({ route, lang, uid }, other, routes, uidRoutes));

  const built: BuiltRoute[] = [];
  for (const file of served) {
    const route = file.route as string;
    const own = await renderOwnContent(site, file, options);
    allMessages.push(...own.data.messages);
    built.push({
      html: own.html,
      ...(own.twin !== undefined ? { twin: own.twin } : {}),
      data: {
        kind: file.kind === 'stub' ? 'stub' : file.kind === 'landing' ? 'landing' : 'page',
        route, file: file.path, lang: file.lang as string,
        ...own.data,
        redirectTo: file.kind === 'stub' ? file.redirectUrl : undefined,
        languages: languagesOf(route, file.lang as string, file.uid),
        sidebar: sidebarFor(file, trees),
      },
    });
  }

  const redirects = planRedirects(site, served, routes);
  allMessages.push(...redirects.messages);
  for (const { from, file } of redirects.redirects) {
    built.push({ html: '', data: { kind: 'redirect', route: from, file: file.path, lang: file.lang as string, title: file.title ?? from, redirectTo: file.route as string, keywords: [], searchable: false, languages: [], messages: [], headings: [] } });
  }
  for (const lang of homes) {
    built.push({ html: '', data: { kind: 'home', route: `/${lang}/`, file: `${lang}/`, lang, title: lang, keywords: [], searchable: false, languages: languagesOf(`/${lang}/`, lang), sidebar: `folder:${lang}`, messages: [], headings: [] } });
  }

  const loopCheck = findRedirectLoops(
    site,
    built
      .filter((route) => (route.data.kind === 'stub' || route.data.kind === 'redirect') && route.data.redirectTo !== undefined)
      .map((route) => ({ route: route.data.route, to: route.data.redirectTo as string, file: route.data.file, key: route.data.kind === 'stub' ? ('redirect_url' as const) : ('redirect_from' as const) })),
  );
  for (const route of built) {
    const loop = loopCheck.loops.get(route.data.route);
    if (loop !== undefined) route.data.redirectLoop = loop;
  }
  allMessages.push(...loopCheck.messages);
  const navigation: NavigationData[] = [...trees.map((tree) => ({ file: tree.file, items: tree.items })), ...folderNavigation(built)];
  return { routes: built, navigation, messages: uniqueMessages(allMessages) };
}

/** The part of a route's data that comes from its own file and render alone. */
export type OwnRouteData = Pick<PageData, 'title' | 'description' | 'keywords' | 'updated' | 'searchable' | 'messages' | 'headings'>;

/**
 * Renders served file `file` (page, landing page or stub) and derives what its route shows
 * from that file alone — the rest of `PageData` (switch targets, sidebar) depends on other
 * files. The live preview re-renders one page with it.
 * Example: a page with `description: x` → `{ html: '<h1…', data: { description: 'x', messages: […], … } }`.
 */
export async function renderOwnContent(
  site: SiteIndex,
  file: SiteFile,
  { renderMarkdown, knowsRender, renderLanding: landingOf = renderLanding }: Pick<SiteModelOptions, 'renderMarkdown' | 'knowsRender' | 'renderLanding'>,
): Promise<{ html: string; data: OwnRouteData; twin?: string }> {
  const messages: SiteMessage[] = site.fileMessages(file.path).map((m) => toSiteMessage(m, file.path));
  let html = '';
  let headings: RenderedBody['headings'] = [];
  let twin: string | undefined;
  let meta = file.meta;
  let title = file.title ?? (file.route as string);
  // An undecodable file (`encoding-invalid`, already among `messages`) renders empty and
  // stays out of search: its bytes are never shown as text.
  const text = file.kind === 'page' && knowsRender?.(file) ? '' : file.kind === 'landing' || file.kind === 'page' ? readRootText(site, file.path) : undefined;
  if (file.kind === 'landing' && text !== undefined) {
    const landing = landingOf(site, file.path, text);
    ({ html, meta, title } = { html: landing.html, meta: { ...landing.meta, ...file.meta }, title: file.title ?? landing.title });
    messages.push(...landing.messages);
  } else if (file.kind === 'page' && text !== undefined) {
    const body = await renderMarkdown(file, text);
    ({ html, headings, twin } = body);
    messages.push(...body.messages);
  }
  return {
    html,
    ...(twin !== undefined ? { twin } : {}),
    data: {
      title,
      description: descriptionOf(meta),
      keywords: keywordsOf(meta),
      updated: updatedOf(meta),
      searchable: file.kind !== 'stub' && !file.undecodable && isSearchable(meta),
      messages: uniqueMessages(messages),
      headings,
    },
  };
}

/**
 * The sidebar id of served file `file`: its toc.yml tree, else `folder:<section>`; none for a
 * stub. Example: `nl/admin/import/x.md` → `'nl/admin/import/toc.yml'`.
 */
export function sidebarFor(file: SiteFile, trees: TocTree[]): string | undefined {
  if (file.kind === 'stub') return undefined;
  const route = file.route as string;
  return chooseSidebar(file.path, route, trees)?.file ?? `folder:${sectionOf(route)}`;
}

/**
 * The folder sidebars routes of `built` use (`folder:<section>` ids) — or only the ids in
 * `only` — built from the pages' routes and titles.
 * Example: a page with sidebar `folder:nl/admin` → one tree for `nl/admin`.
 */
export function folderNavigation(built: readonly BuiltRoute[], only?: ReadonlySet<string>): NavigationData[] {
  const folderIds = only ?? new Set(built.map((r) => r.data.sidebar).filter((id): id is string => !!id?.startsWith('folder:')));
  const pages = built.filter((r) => r.data.kind === 'page' || r.data.kind === 'landing').map((r) => ({ route: r.data.route, title: r.data.title }));
  return [...folderIds].map((id) => ({ file: id, items: buildFolderTree(id.slice('folder:'.length), pages) }));
}
