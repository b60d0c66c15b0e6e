/**
 * The files a rendered page refers to, read from the page's final mdast (after the dialect's
 * transforms) instead of its HTML, so that `signpost check` can skip remark-rehype,
 * rehype-raw and rehype-stringify, a third of a render. It reads the URL attributes those
 * steps would write (unused-assets.ts decides which attributes hold URLs):
 *
 * - links and images, and link/image references through their definition, as
 *   mdast-util-to-hast builds them (`data.hProperties` merged over them, `data.hChildren`
 *   replacing the children);
 * - the custom elements of the block transforms (`docfxBlock`, hast in `hChildren`);
 * - tags in raw HTML, as the HTML tokenizer reads them (comments skipped);
 * - minus what the sanitiser (rehype-docfx.ts, sanitize-schema.ts) removes with its content:
 *   `script`, `style`, `object`, `embed`, `svg` …, and an `iframe` outside a video element.
 *
 * Text that merely looks like an attribute (`src="x.png"` in a code sample) is no reference.
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { Definition, Nodes, Root } from 'mdast';
import { SANITIZE_SCHEMA } from '../../plugins/remark-docfx/index.ts';
import { addAttributeReferences, isUrlAttribute } from './unused-assets.ts';

/** Elements the sanitiser drops with their content (an iframe only outside a video: see below). */
const REMOVED = new Set((SANITIZE_SCHEMA.strip ?? []).filter((name) => name !== 'iframe'));

/** Elements whose content the HTML tokenizer reads as text, not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/** mdast nodes that become no element of their own, so `hProperties` do not apply (unless `hName` is set). */
const NOT_ELEMENTS = new Set(['text', 'html', 'definition', 'footnoteDefinition', 'yaml', 'toml', 'root']);

/**
 * The attribute hast-util-to-html writes for property `key` (the URL-relevant subset of
 * property-information: `dataLightbox` → `data-lightbox`, `srcSet` → `srcset`, `xLinkHref` → `xlink:href`).
 */
function attributeName(key: string): string {
  if (/[-:]/.test(key)) return key.toLowerCase();
  if (/^data[A-Z0-9]/.test(key)) return `data${key.slice(4).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  const namespaced = /^(xLink|xml)([A-Z].*)$/.exec(key);
  if (namespaced) return `${namespaced[1].toLowerCase()}:${namespaced[2].toLowerCase()}`;
  return key.toLowerCase();
}

/** State of one page's walk. */
interface Walk {
  file: string;
  used: Set<string>;
  definitions: Map<string, Definition>;
}

function addProperties(walk: Walk, properties: Properties): void {
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined || typeof value === 'boolean' || !isUrlAttribute(attributeName(key))) continue;
    addAttributeReferences(walk.file, Array.isArray(value) ? value.join(' ') : String(value), walk.used);
  }
}

/** Visits the start tags of raw HTML as the HTML tokenizer reads them: lower-cased names, first of repeated attributes. */
function scanTags(html: string, onTag: (name: string, attributes: Map<string, string>) => void): void {
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    if (!/[a-z]/i.test(html[at + 1] ?? '')) {
      at++;
      continue;
    }
    const tag = readTag(html, at);
    if (!tag) return; // a tag cut off by the end of the HTML is dropped by the tokenizer
    onTag(tag.name, tag.attributes);
    at = tag.end;
    if (RAW_TEXT.has(tag.name)) {
      const close = html.toLowerCase().indexOf(`</${tag.name}`, at);
      at = close === -1 ? html.length : close;
    }
  }
}

const SPACE = /[\t\n\f\r ]/;

/** The start tag at `start` (`<` then a letter), or undefined when the HTML ends inside it. */
function readTag(html: string, start: number): { name: string; attributes: Map<string, string>; end: number } | undefined {
  let at = start + 1;
  while (at < html.length && !SPACE.test(html[at]) && html[at] !== '/' && html[at] !== '>') at++;
  const name = html.slice(start + 1, at).toLowerCase();
  const attributes = new Map<string, string>();
  const skipSpace = () => {
    while (at < html.length && SPACE.test(html[at])) at++;
  };
  for (;;) {
    while (at < html.length && (SPACE.test(html[at]) || html[at] === '/')) at++;
    if (at >= html.length) return undefined;
    if (html[at] === '>') return { name, attributes, end: at + 1 };
    const nameStart = at++;
    while (at < html.length && !SPACE.test(html[at]) && !'/>='.includes(html[at])) at++;
    const attribute = html.slice(nameStart, at).toLowerCase();
    let value = '';
    skipSpace();
    if (html[at] === '=') {
      at++;
      skipSpace();
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        if (close === -1) return undefined;
        value = html.slice(at + 1, close);
        at = close + 1;
      } else {
        const valueStart = at;
        while (at < html.length && !SPACE.test(html[at]) && html[at] !== '>') at++;
        value = html.slice(valueStart, at);
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, decodeCharacterReferences(value));
  }
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references of an attribute value (the common named ones, decimal and hex). */
function decodeCharacterReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));?/gi, (reference, hex, decimal, named) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (decimal) return String.fromCodePoint(parseInt(decimal, 10));
    return NAMED_REFERENCES[named.toLowerCase()] ?? reference;
  });
}

function addRawHtml(walk: Walk, html: string, insideVideo: boolean): void {
  scanTags(html, (name, attributes) => {
    if (REMOVED.has(name) || (name === 'iframe' && !insideVideo)) return;
    for (const [attribute, value] of attributes) {
      if (isUrlAttribute(attribute)) addAttributeReferences(walk.file, value, walk.used);
    }
  });
}

const isVideo = (properties: Properties | undefined): boolean =>
  properties !== undefined && (properties.dataVideo !== undefined || properties['data-video'] !== undefined);

function visitHast(walk: Walk, nodes: readonly ElementContent[], insideVideo: boolean): void {
  for (const node of nodes) {
    if (node.type === 'raw') addRawHtml(walk, node.value, insideVideo);
    if (node.type !== 'element') continue;
    if (REMOVED.has(node.tagName) || (node.tagName === 'iframe' && !insideVideo)) continue;
    addProperties(walk, node.properties);
    const video = insideVideo || isVideo(node.properties);
    visitHast(walk, node.children, video);
    if (node.tagName === 'template' && (node as Element & { content?: { children: ElementContent[] } }).content) {
      visitHast(walk, (node as Element & { content: { children: ElementContent[] } }).content.children, video);
    }
  }
}

/** Properties of an element with none of its own (most nodes). */
const NONE: Properties = Object.freeze({});

/** The properties mdast-util-to-hast gives the element of `node` before its `hProperties`; undefined for no element. */
function baseProperties(walk: Walk, node: Nodes): Properties | undefined {
  switch (node.type) {
    case 'link':
      return { href: node.url };
    case 'image':
      return { src: node.url };
    case 'linkReference':
    case 'imageReference': {
      const definition = walk.definitions.get(node.identifier.toUpperCase());
      if (!definition) return undefined; // rendered as its source text
      return node.type === 'linkReference' ? { href: definition.url } : { src: definition.url };
    }
    default:
      return NOT_ELEMENTS.has(node.type) ? undefined : NONE;
  }
}

function visit(walk: Walk, node: Nodes, insideVideo: boolean, footnotes: ReadonlySet<string>): void {
  if (node.type === 'html') {
    // A raw node given hName/hProperties still carries its HTML as the element's child.
    addRawHtml(walk, node.value, insideVideo);
  }
  if (node.type === 'definition') return;
  if (node.type === 'footnoteDefinition' && !footnotes.has(node.identifier.toUpperCase())) return;
  const data = node.data as { hName?: unknown; hProperties?: Properties; hChildren?: ElementContent[] } | undefined;
  let video = insideVideo;
  if (data) {
    const hName = typeof data.hName === 'string' ? data.hName : undefined;
    if (hName && (REMOVED.has(hName) || (hName === 'iframe' && !insideVideo))) return;
    const base = baseProperties(walk, node) ?? (hName ? NONE : undefined);
    if (base) {
      addProperties(walk, data.hProperties ? { ...base, ...data.hProperties } : base);
      video ||= isVideo(data.hProperties);
    }
    if (data.hChildren && 'children' in node) {
      visitHast(walk, data.hChildren, video);
      return;
    }
  } else if (node.type === 'link' || node.type === 'image' || node.type === 'linkReference' || node.type === 'imageReference') {
    const base = baseProperties(walk, node);
    if (base) addProperties(walk, base);
  }
  if ('children' in node) for (const child of node.children) visit(walk, child as Nodes, video, footnotes);
}

/**
 * Adds to `used` the content-root paths that page `file`, with final mdast `tree`, refers to
 * once rendered (the same paths `collectAssetReferences` reads from its HTML attributes).
 * @example collectTreeReferences('nl/a.md', tree, used) // used has 'media/x.png' for ![x](/media/x.png)
 */
export function collectTreeReferences(file: string, tree: Root, used: Set<string>): void {
  const definitions = new Map<string, Definition>();
  const footnotes = new Set<string>();
  const gather = (node: Nodes) => {
    if (node.type === 'definition' && !definitions.has(node.identifier.toUpperCase())) definitions.set(node.identifier.toUpperCase(), node);
    if (node.type === 'footnoteReference') footnotes.add(node.identifier.toUpperCase());
    if ('children' in node) for (const child of node.children) gather(child as Nodes);
  };
  gather(tree);
  visit({ file, used, definitions }, tree, false, footnotes);
}
