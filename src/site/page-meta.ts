/**
 * Front-matter fields the portal shows or indexes (spec §3.2), read defensively: invalid values
 * were already reported by the site index and count as absent here.
 */
import { frontMatterDateToIso } from './dates.ts';

/** `keywords` as a list: `'a, b'` → `['a', 'b']`; a list keeps its strings. */
export function keywordsOf(meta: Record<string, unknown>): string[] {
  const value = meta.keywords;
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  return list.filter((k): k is string => typeof k === 'string').map((k) => k.trim()).filter(Boolean);
}

/** `description` when it is a non-empty string. */
export function descriptionOf(meta: Record<string, unknown>): string | undefined {
  return typeof meta.description === 'string' && meta.description.trim() ? meta.description.trim() : undefined;
}

/** The last-reviewed date (`date`, else `so.date`) as ISO, when valid. */
export function updatedOf(meta: Record<string, unknown>): string | undefined {
  return frontMatterDateToIso(meta.date) ?? frontMatterDateToIso(meta['so.date']);
}

/** Whether search may index the page: only `index: false` turns it off. */
export function isSearchable(meta: Record<string, unknown>): boolean {
  return meta.index !== false;
}
