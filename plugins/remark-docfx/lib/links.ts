/**
 * Per-file link step (spec §7, §9): resolve inline links and images, reference definitions and
 * the references that use them, and the xref forms, all relative to the file the tree came
 * from. Definitions are consumed here — references become plain links/images — so that trees
 * of different files can be spliced together without their labels colliding (spec §5.4).
 */
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, walk } from './walk.ts';
import { rawOf, type FileScope } from './file-scope.ts';
import { describeBroken, resolveTarget } from './resolve-target.ts';
import { createBlock } from './block-types.ts';
import { isSnippetLink } from './snippets.ts';
import { parseXref, splitTextXrefs, xrefHref, xrefTitle, type TextXref } from './xref.ts';

/** What a destination turned into. */
type Outcome = { href: string; ok: true } | { href: string; ok: false; problem: string; xref?: string };

/** Resolve a destination (xref or path), without reporting. */
function resolveUrl(scope: FileScope, url: string): Outcome {
  if (/^xref:/i.test(url)) {
    const target = parseXref(url.slice(5));
    const href = xrefHref(scope.site, target);
    return href !== undefined ? { href, ok: true } : { href: url, ok: false, problem: `Cannot resolve xref \`${target.uid}\`: no page declares this uid`, xref: target.uid };
  }
  const resolved = resolveTarget(scope.site, scope.path, url);
  if (resolved.status !== 'broken') return { href: resolved.href, ok: true };
  return { href: resolved.href, ok: false, problem: `Cannot resolve \`${url}\`: ${describeBroken(resolved.reason)}` };
}

/** Rule for a failed outcome. */
function ruleFor(outcome: Outcome, image: boolean) {
  if (!outcome.ok && outcome.xref !== undefined) return 'xref-unresolved' as const;
  return image ? ('image-missing' as const) : ('link-broken' as const);
}

/** The element that replaces a link whose target cannot be served. */
function brokenLink(node: Link | LinkReference, outcome: Outcome): PhrasingContent {
  const children = node.children.length > 0 ? node.children : [{ type: 'text' as const, value: outcome.ok ? '' : (outcome.xref ?? '') }];
  const properties: Record<string, string> = !outcome.ok && outcome.xref !== undefined ? { dataXrefError: outcome.xref } : { dataLinkBroken: '' };
  return createBlock('span', properties, children, node.position);
}

/** A rendered image; missing targets keep their `src` and get `data-image-missing`. */
function imageFrom(node: Image | ImageReference, outcome: Outcome, title: string | null | undefined): Image {
  const image: Image = { type: 'image', url: outcome.href, alt: node.alt ?? '', title: title ?? null, position: node.position };
  if (!outcome.ok) image.data = { hProperties: { dataImageMissing: '' } };
  return image;
}

/** A resolved link; xref links with empty text show the target title (spec §9). */
function linkFrom(scope: FileScope, node: Link | LinkReference, outcome: Outcome, url: string, title: string | null | undefined): PhrasingContent {
  if (!outcome.ok) return brokenLink(node, outcome);
  let children = node.children;
  if (/^xref:/i.test(url) && toString(node).trim() === '') {
    children = [{ type: 'text', value: xrefTitle(scope.site, parseXref(url.slice(5)).uid) }];
  }
  return { type: 'link', url: outcome.href, title: title ?? null, children, position: node.position, data: node.data };
}

/** True when the raw source of a link starts with `<` (an autolink such as `<xref:uid>`). */
const isAutolink = (scope: FileScope, node: Link) => rawOf(scope, node).startsWith('<');

/**
 * Resolve every link, image, definition, reference and xref of one file's tree in place.
 * @example resolveLinks(tree, scope) // `[x][1]` + `[1]: b.md` → link to `/nl/b/`
 */
export function resolveLinks(tree: Root, scope: FileScope): void {
  const definitions = new Map<string, { node: Definition; outcome: Outcome }>();
  const allDefinitions: Definition[] = [];
  const usedByImage = new Set<string>();
  const usedByLink = new Set<string>();
  // Without a `]:` in the text there is no definition, so the parser made no reference nodes either.
  if (scope.source.text.includes(']:')) walk(tree, (node: Nodes) => {
    if (node.type === 'definition') {
      allDefinitions.push(node);
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, { node, outcome: resolveUrl(scope, node.url) });
    } else if (node.type === 'imageReference') usedByImage.add(node.identifier);
    else if (node.type === 'linkReference') usedByLink.add(node.identifier);
  });
  for (const node of allDefinitions) {
    // Reported once per definition, at its line, however often it is used (spec §7.3).
    const first = definitions.get(node.identifier);
    const outcome = first?.node === node ? first.outcome : resolveUrl(scope, node.url);
    if (outcome.ok) continue;
    const image = usedByImage.has(node.identifier) && !usedByLink.has(node.identifier);
    const looksLikeImage = !usedByLink.has(node.identifier) && /\.(png|jpe?g|gif|svg|webp|bmp|ico)$/i.test(node.url);
    scope.report(ruleFor(outcome, image || looksLikeImage), outcome.problem, node);
  }

  walk(tree, (node: Nodes, index, parent: Parents | undefined) => {
    if (!parent || index === undefined) return;
    let replacement: PhrasingContent | undefined;
    if (node.type === 'definition') {
      // Definitions render nothing; once their targets are applied they go (spec §5.4 scoping).
      (parent.children as unknown as Nodes[]).splice(index, 1);
      return index;
    }
    if (node.type === 'link') {
      if (node.data?.docfxInclude) return SKIP;
      // A `[!code…](path)` source is checked by the snippet step (snippet-missing, spec §12.3).
      if (isSnippetLink(parent, index)) return SKIP;
      if (/^xref:/i.test(node.url) && isAutolink(scope, node)) {
        replacement = autolinkXref(scope, node);
      } else {
        const outcome = resolveUrl(scope, node.url);
        if (!outcome.ok) scope.report(ruleFor(outcome, false), outcome.problem, node);
        replacement = linkFrom(scope, node, outcome, node.url, node.title);
      }
    } else if (node.type === 'image') {
      const outcome = resolveUrl(scope, node.url);
      if (!outcome.ok) scope.report(ruleFor(outcome, true), outcome.problem, node);
      replacement = imageFrom(node, outcome, node.title);
    } else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      if (!definition) return;
      replacement = node.type === 'imageReference'
        ? imageFrom(node, definition.outcome, definition.node.title)
        : linkFrom(scope, node, definition.outcome, definition.node.url, definition.node.title);
    } else if (node.type === 'text') {
      if (!node.value.includes('@') && !node.value.includes('<xref:')) return;
      const pieces = splitTextXrefs(scope.site, node, (found) => isEscapedXref(scope, node, found), (found) => unresolvedTextXref(scope, node, found));
      if (!pieces) return;
      (parent.children as unknown as PhrasingContent[]).splice(index, 1, ...pieces);
      return index + pieces.length;
    }
    if (!replacement) return;
    (parent.children as unknown as PhrasingContent[])[index] = replacement;
    // Links cannot contain links: text inside them is not scanned for `@uid`.
    return replacement.type === 'link' || replacement.type === 'docfxBlock' ? SKIP : undefined;
  });
}

/** `<xref:uid>`: target title as text, or an error element with the uid. */
function autolinkXref(scope: FileScope, node: Link): PhrasingContent {
  const target = parseXref(node.url.slice(5));
  const href = xrefHref(scope.site, target);
  if (href !== undefined) {
    return { type: 'link', url: href, title: null, children: [{ type: 'text', value: xrefTitle(scope.site, target.uid) }], position: node.position };
  }
  scope.report('xref-unresolved', `Cannot resolve xref \`${target.uid}\`: no page declares this uid`, node);
  return createBlock('span', { dataXrefError: target.uid }, [{ type: 'text', value: target.uid }], node.position);
}

/** An unresolved hard xref found in text: report at its own line. */
function unresolvedTextXref(scope: FileScope, node: Text, found: TextXref): PhrasingContent {
  const value = node.value;
  const line = (node.position?.start.line ?? 1) + (value.slice(0, found.start).match(/\n/g)?.length ?? 0);
  scope.report('xref-unresolved', `Cannot resolve xref \`${found.target.uid}\`: no page declares this uid`, node, { line });
  return createBlock('span', { dataXrefError: found.target.uid }, [{ type: 'text', value: found.target.uid }], node.position);
}

/**
 * `\@uid` and `\<xref:…>` are literal (spec §9.1). The k-th occurrence of the form in the
 * text value is the k-th occurrence in the raw source; it is escaped when a backslash precedes it there.
 */
function isEscapedXref(scope: FileScope, node: Text, found: TextXref): boolean {
  const written = node.value.slice(found.start, found.end);
  const raw = rawOf(scope, node);
  const occurrence = countOccurrences(node.value.slice(0, found.start), written);
  let position = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    position = raw.indexOf(written, position + 1);
    if (position === -1) return false;
  }
  return raw[position - 1] === '\\';
}

/** How often `needle` occurs in `haystack`. */
function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) count++;
  return count;
}
