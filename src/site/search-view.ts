/**
 * The part of a built page that Pagefind reads. Once a page has a `data-pagefind-body` element,
 * Pagefind indexes only that element (its text, headings, meta and images), so the copy given to
 * Pagefind keeps the document head, `<html lang>` and that element and leaves out the chrome
 * around it. On the corpus the sidebar alone is ~45 KB of a ~55 KB page: tokenizing it for the
 * compound marks, writing it to the staging folder and having Pagefind parse it was most of the
 * indexing time. The index is the same byte for byte (test/site/search-view.test.ts).
 */

/**
 * `html` cut to its head and its `data-pagefind-body` element; `html` itself when the element
 * cannot be delimited (no body, unbalanced tags) — never less than Pagefind would index.
 * @example searchView('<html lang="nl"><head></head><body><nav>menu</nav><main><article data-pagefind-body><h1>A</h1></article></main></body></html>')
 *   // → '<html lang="nl"><head></head><body><article data-pagefind-body><h1>A</h1></article></body></html>'
 */
export function searchView(html: string): string {
  const marker = html.indexOf(' data-pagefind-body');
  const bodyTag = /<body\b[^>]*>/i.exec(html);
  if (marker < 0 || !bodyTag || bodyTag.index > marker) return html;
  const start = html.lastIndexOf('<', marker);
  const name = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start))?.[1]?.toLowerCase();
  if (!name) return html;
  const end = closingEnd(html, start, name);
  if (end < 0) return html;
  return `${html.slice(0, bodyTag.index + bodyTag[0].length)}${html.slice(start, end)}</body></html>`;
}

/** End offset of the element named `name` opening at `start`, counting nested ones; -1 if unbalanced. */
function closingEnd(html: string, start: number, name: string): number {
  const tags = new RegExp(`<(/?)${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return -1;
}
