/**
 * The slice of the DocFX plugin that the writers' checks use, as an interface so that the
 * checks can be tested against small fakes and never re-implement a rendering rule.
 */
import type { RenderedPage, SiteIndex, TocItem } from '../../plugins/remark-docfx/lib/contracts.ts';

/** Site scanning, page rendering and toc loading of plugins/remark-docfx. */
export interface DialectApi {
  /** Scans a content root (`loadSite` of lib/site-index.ts). */
  loadSite(root: string): SiteIndex | Promise<SiteIndex>;
  /** Renders one page, stub, landing file or toc.yml (`renderPage` of lib/render.ts). */
  renderPage(site: SiteIndex, path: string): RenderedPage | Promise<RenderedPage>;
  /** Navigation items of a toc.yml with nested tocs expanded (`loadToc` of lib/toc.ts). */
  loadToc(site: SiteIndex, tocPath: string): TocItem[] | Promise<TocItem[]>;
}

type Loose = Record<string, unknown>;

/** Accepts the toc loader's result whether it is a list of items or an object holding one. */
export function tocItemsOf(result: unknown): TocItem[] {
  if (Array.isArray(result)) return result as TocItem[];
  const items = (result as Loose | null)?.items;
  return Array.isArray(items) ? (items as TocItem[]) : [];
}

/**
 * Loads the real plugin modules. Imported lazily so that `signpost translations` and tests
 * with fakes do not pay for the unified pipeline.
 */
export async function loadDialect(): Promise<DialectApi> {
  const lib = new URL('../../plugins/remark-docfx/lib/', import.meta.url);
  const [siteIndex, render, toc, pipeline] = (await Promise.all([
    import(new URL('site-index.ts', lib).href),
    import(new URL('render.ts', lib).href),
    import(new URL('toc.ts', lib).href),
    import(new URL('pipeline.ts', lib).href),
  ])) as [Loose, Loose, Loose, Loose];
  const loadToc = toc.loadToc as (site: SiteIndex, path: string) => unknown;
  const renderPage = render.renderPage as (site: SiteIndex, path: string, options: { processor?: unknown }) => RenderedPage;
  const createProcessor = pipeline.createDocfxProcessor as (site: SiteIndex) => unknown;
  // One unified processor per site: building it per page costs more than many renders.
  const processors = new WeakMap<SiteIndex, unknown>();
  return {
    loadSite: siteIndex.loadSite as DialectApi['loadSite'],
    renderPage(site, path) {
      if (!processors.has(site)) processors.set(site, createProcessor(site));
      return renderPage(site, path, { processor: processors.get(site) });
    },
    loadToc: async (site, path) => tocItemsOf(await loadToc(site, path)),
  };
}
