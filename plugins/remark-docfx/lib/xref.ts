/**
 * Cross references (spec §9): `<xref:uid>`, `<xref:"uid">`, `[text](xref:uid)` (also through
 * definitions) and the soft `@uid` forms, resolved against the site's uid index. Hard forms
 * that do not resolve report `xref-unresolved` and render a `data-xref-error` element; soft
 * forms that do not resolve stay literal text.
 */
import type { Link, PhrasingContent, Text } from 'mdast';
import type { SiteIndex } from './contracts.ts';
import type { DocfxSite } from './site-index.ts';
import { routeOf } from './paths.ts';

/** A uid reference split into its parts. */
export interface XrefTarget {
  uid: string;
  anchor: string;
}

/**
 * Parse the part after `xref:` (quotes removed, `?query` ignored, `#anchor` kept).
 * @example parseXref('"my uid"#top') // → { uid: 'my uid', anchor: '#top' }
 */
export function parseXref(value: string): XrefTarget {
  let rest = value.trim();
  let decoded = rest;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    decoded = rest;
  }
  rest = decoded;
  const quoted = /^(["'])(.*?)\1(.*)$/.exec(rest);
  const [uidPart, tail] = quoted ? [quoted[2], quoted[3]] : splitAt(rest);
  const hash = tail.indexOf('#');
  return { uid: uidPart, anchor: hash === -1 ? '' : tail.slice(hash) };
}

function splitAt(value: string): [string, string] {
  const index = value.search(/[#?]/);
  return index === -1 ? [value, ''] : [value.slice(0, index), value.slice(index)];
}

/** The file a uid names, or undefined. */
export function lookupUid(site: SiteIndex, uid: string) {
  return uid === '' ? undefined : site.byUid.get(uid);
}

/** Display text for `<xref:>` and `@` forms: title, else first h1, else the uid (spec §9.2). */
export function xrefTitle(site: SiteIndex, uid: string): string {
  const file = lookupUid(site, uid);
  if (!file) return uid;
  const metaTitle = file.meta.title;
  if (typeof metaTitle === 'string' && metaTitle.trim() !== '') return metaTitle.trim();
  const heading = (site as Partial<DocfxSite>).headingTitles?.get(file.path);
  return heading ?? uid;
}

/** Route (+ anchor) of a resolved uid, or undefined when it is not in the index. */
export function xrefHref(site: SiteIndex, target: XrefTarget): string | undefined {
  const file = lookupUid(site, target.uid);
  return file ? `${file.route ?? routeOf(file.path)}${target.anchor}` : undefined;
}

/** `@uid` / `@"uid"` / `@'uid'` where `@` starts the text or follows whitespace or `([{"'`. */
const SOFT_XREF = /(^|[\s([{"'])@(?:"([^"]+)"|'([^']+)'|([A-Za-z][^\s"'<>[\]|]*))/g;
/** `<xref:…>` that the Markdown parser left as text (e.g. quoted uids with spaces). */
const TEXT_XREF = /<xref:((?:"[^"]*"|'[^']*'|[^\s<>])+)>/g;

/** A piece of text that names a uid, found by `findTextXrefs`. */
export interface TextXref {
  start: number;
  end: number;
  target: XrefTarget;
  hard: boolean;
}

/**
 * Find xref forms inside a text node's value, in order.
 * @example findTextXrefs('Zie @help-x.').map((x) => x.target.uid) // → ['help-x']
 */
export function findTextXrefs(value: string): TextXref[] {
  const found: TextXref[] = [];
  for (const match of value.matchAll(TEXT_XREF)) {
    found.push({ start: match.index, end: match.index + match[0].length, target: parseXref(match[1]), hard: true });
  }
  for (const match of value.matchAll(SOFT_XREF)) {
    const start = match.index + match[1].length;
    let uid = match[2] ?? match[3] ?? match[4];
    let end = start + 1 + (match[2] ?? match[3] ? uid.length + 2 : uid.length);
    if (match[4]) {
      // A trailing `.`, `,`, `;` … before whitespace or the end is punctuation, not uid.
      const trimmed = uid.replace(/[.,;:!?~]+$/, '');
      end -= uid.length - trimmed.length;
      uid = trimmed;
    }
    if (found.some((hard) => start >= hard.start && start < hard.end)) continue;
    found.push({ start, end, target: parseXref(match[2] || match[3] ? `"${uid}"` : uid), hard: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Replace the xref forms inside a text node by links / error elements.
 * @param onUnresolved called for each unresolved hard form; returns the replacement node.
 * @returns the replacement nodes, or undefined when nothing changed.
 */
export function splitTextXrefs(
  site: SiteIndex,
  node: Text,
  isEscaped: (found: TextXref) => boolean,
  onUnresolved: (found: TextXref) => PhrasingContent,
): PhrasingContent[] | undefined {
  const found = findTextXrefs(node.value).filter((item) => !isEscaped(item));
  if (found.length === 0) return undefined;
  const result: PhrasingContent[] = [];
  let cursor = 0;
  let changed = false;
  for (const item of found) {
    const href = xrefHref(site, item.target);
    if (href === undefined && !item.hard) continue; // soft and unresolved: literal text
    if (item.start > cursor) result.push({ type: 'text', value: node.value.slice(cursor, item.start) });
    if (href === undefined) {
      result.push(onUnresolved(item));
    } else {
      const link: Link = { type: 'link', url: href, children: [{ type: 'text', value: xrefTitle(site, item.target.uid) }] };
      result.push(link);
    }
    cursor = item.end;
    changed = true;
  }
  if (!changed) return undefined;
  if (cursor < node.value.length) result.push({ type: 'text', value: node.value.slice(cursor) });
  for (const child of result) if (node.position) child.position = node.position;
  return result;
}
