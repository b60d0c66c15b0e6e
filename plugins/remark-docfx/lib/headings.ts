/**
 * Heading ids (spec §8), computed over the whole page after includes are spliced: plain text,
 * lower-cased, every character other than a Unicode letter, digit, space, `-` or `_` removed,
 * spaces → `-`, empty → `section`, duplicates get `-1`, `-2` … The id is set on
 * `data.hProperties.id` so it survives Astro's own heading-id step.
 */
import type { Heading, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { holdsBlocks } from './block-types.ts';

/** A heading as listed for "on this page". */
export interface HeadingEntry {
  depth: number;
  id: string;
  text: string;
}

/**
 * The base id of a heading text.
 * @example slugOf('Ændre før import') // → 'ændre-før-import'
 */
export function slugOf(text: string): string {
  const slug = text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N} _-]/gu, '').replace(/ /g, '-');
  return slug === '' ? 'section' : slug;
}

/**
 * Give every heading of `tree` its id and return the headings in document order.
 * @example assignHeadingIds(tree) // `## Trin` twice → ids `trin`, `trin-1`
 */
export function assignHeadingIds(tree: Root): HeadingEntry[] {
  const used = new Set<string>();
  const headings: HeadingEntry[] = [];
  // Headings are blocks: only block containers are searched, not paragraphs or tables.
  const visit = (parent: Parent) => {
    for (const child of parent.children) {
      if (child.type === 'heading') assign(child);
      else if (holdsBlocks(child)) visit(child);
    }
  };
  const assign = (node: Heading) => {
    const text = toString(node, { includeHtml: false }).trim();
    const existing = node.data?.hProperties?.id;
    let id = typeof existing === 'string' && existing !== '' ? existing : slugOf(text);
    if (used.has(id) && existing === undefined) {
      const base = id;
      for (let suffix = 1; used.has(id); suffix++) id = `${base}-${suffix}`;
    }
    used.add(id);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    headings.push({ depth: node.depth, id, text });
  };
  visit(tree);
  return headings;
}
