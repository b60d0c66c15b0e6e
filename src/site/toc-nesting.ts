/**
 * Which toc.yml files a toc tree is made of: an item whose `href` names another toc file (or a
 * folder with one) splices that file's items in, at any depth. The live preview must reload
 * every tree that nests an edited toc.yml. Hrefs are classified by the plugin's own
 * `classifyTocHref`, so this follows exactly the files `loadToc` expands.
 */
import { parse } from 'yaml';
import { classifyTocHref, readRootText, type SiteIndex } from '../../plugins/remark-docfx/index.ts';

/** The `href`s of a parsed toc document's items, at any depth. */
function hrefsOf(value: unknown, out: string[] = []): string[] {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? (value as { items?: unknown }).items : undefined;
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const href = (item as { href?: unknown }).href;
    if (typeof href === 'string' && href.trim() !== '') out.push(href);
    hrefsOf((item as { items?: unknown }).items, out);
  }
  return out;
}

/** The toc files `tocPath` nests directly; none when it cannot be read or parsed. */
function directlyNested(site: SiteIndex, tocPath: string): string[] {
  let document: unknown;
  try {
    document = parse(readRootText(site, tocPath) ?? '');
  } catch {
    return [];
  }
  const nested: string[] = [];
  for (const href of hrefsOf(document)) {
    const target = classifyTocHref(site, tocPath, href);
    if (target.kind === 'toc') nested.push(target.toc);
  }
  return nested;
}

/**
 * Every toc file the tree of `tocPath` splices in, at any depth (cycles cut), sorted.
 * @example nestedTocs(site, 'nl/toc.yml') // → ['nl/admin/toc.yml', 'nl/admin/lists/toc.yml']
 */
export function nestedTocs(site: SiteIndex, tocPath: string): string[] {
  const seen = new Set<string>([tocPath]);
  const pending = [tocPath];
  while (pending.length > 0) {
    for (const nested of directlyNested(site, pending.pop() as string)) {
      if (seen.has(nested)) continue;
      seen.add(nested);
      pending.push(nested);
    }
  }
  seen.delete(tocPath);
  return [...seen].sort();
}
