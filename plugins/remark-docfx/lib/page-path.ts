/**
 * Which content-root file a vfile is: its absolute `file.path` made relative to the site root
 * (how Astro hands pages to the processor), or a content-root path given directly.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import type { SiteIndex } from './contracts.ts';

/**
 * Content-root path of the page in `file`; `undefined` when it has no path inside the root.
 * @example pagePathOf(site, new VFile({ path: `${site.root}/nl/a.md` })) // → 'nl/a.md'
 */
export function pagePathOf(site: SiteIndex, file: VFile): string | undefined {
  const explicit = file.data.docfxPath;
  if (typeof explicit === 'string') return explicit;
  if (!file.path) return undefined;
  if (!isAbsolute(file.path)) return file.path.split(sep).join('/');
  const inside = relative(site.root, file.path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return inside.split(sep).join('/');
}

declare module 'vfile' {
  interface DataMap {
    /** Content-root path of the page, when `file.path` cannot say it. */
    docfxPath: string;
    /** Headings of the rendered page, in order (set by the plugin). */
    docfxHeadings: { depth: number; id: string; text: string }[];
    /** Front matter of the page (set by the plugin). */
    docfxMeta: Record<string, unknown>;
  }
}
