/**
 * HTML sanitising (spec §15, SHOULD) as a rehype plugin that runs after rehype-raw: removes
 * `<script>`, `<style>`, `<iframe>` outside a `data-video` element, every `on*` event
 * attribute and `javascript:` URLs, and drops HTML comments (never visible output). Icons
 * (`<i class="ph …">`), anchors, `<details>`, `<br>`, `<sup>` and tables pass unchanged.
 */
import type { Element, Root, RootContent } from 'hast';

const REMOVED = new Set(['script', 'style']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref'];

function cleanProperties(element: Element): void {
  for (const key of Object.keys(element.properties)) {
    if (/^on/i.test(key)) delete element.properties[key];
  }
  for (const key of URL_PROPERTIES) {
    const value = element.properties[key];
    // Browsers ignore control characters and spaces inside the scheme, so strip them first.
    if (typeof value === 'string' && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) delete element.properties[key];
  }
}

function clean(children: RootContent[], insideVideo: boolean): RootContent[] {
  return children.filter((child) => {
    if (child.type === 'comment') return false;
    if (child.type !== 'element') return true;
    if (REMOVED.has(child.tagName) || (child.tagName === 'iframe' && !insideVideo)) return false;
    cleanProperties(child);
    const video = insideVideo || child.properties.dataVideo !== undefined;
    child.children = clean(child.children as RootContent[], video) as Element['children'];
    if (child.tagName === 'template' && child.content) child.content.children = clean(child.content.children as RootContent[], video) as never;
    return true;
  });
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
