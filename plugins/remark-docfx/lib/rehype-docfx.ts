/**
 * HTML sanitising (spec §15, SHOULD) as a rehype plugin that runs after rehype-raw: removes
 * `<script>`, `<style>`, `<iframe>` outside a `data-video` element, every `on*` event
 * attribute and `javascript:` URLs, and drops HTML comments (never visible output). Icons
 * (`<i class="ph …">`), anchors, `<details>`, `<br>`, `<sup>` and tables pass unchanged.
 */
import type { Element, Root, RootContent } from 'hast';
import { SCRIPTABLE_URL_PROPERTIES } from './url-attributes.ts';

const REMOVED = new Set(['script', 'style']);

function cleanProperties(element: Element): void {
  for (const key in element.properties) {
    if (/^on/i.test(key)) delete element.properties[key];
  }
  for (const key of SCRIPTABLE_URL_PROPERTIES) {
    const value = element.properties[key];
    // Browsers ignore control characters and spaces inside the scheme, so strip them first.
    // Most URLs are site paths: without a `:` there is no scheme to look at.
    if (typeof value === 'string' && value.includes(':') && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) delete element.properties[key];
  }
}

/** Whether `child` stays, its subtree cleaned when it does. */
function keep(child: RootContent, insideVideo: boolean): boolean {
  if (child.type === 'comment') return false;
  if (child.type !== 'element') return true;
  if (REMOVED.has(child.tagName) || (child.tagName === 'iframe' && !insideVideo)) return false;
  cleanProperties(child);
  const video = insideVideo || child.properties.dataVideo !== undefined;
  child.children = clean(child.children as RootContent[], video) as Element['children'];
  if (child.tagName === 'template' && child.content) child.content.children = clean(child.content.children as RootContent[], video) as never;
  return true;
}

/** `children` without what the sanitiser removes: the same array when nothing goes. */
function clean(children: RootContent[], insideVideo: boolean): RootContent[] {
  let kept: RootContent[] | undefined; // started at the first removal
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (keep(child, insideVideo)) kept?.push(child);
    else kept ??= children.slice(0, index);
  }
  return kept ?? children;
}

/**
 * Rehype plugin: sanitise the page HTML tree in place.
 * @example unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeDocfx)
 */
export function rehypeDocfx() {
  return (tree: Root): void => {
    tree.children = clean(tree.children, false);
  };
}
