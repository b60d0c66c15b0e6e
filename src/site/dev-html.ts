/**
 * Live preview: in `astro dev` the rendered page HTML stays in memory instead of Astro's data
 * store. Astro serialises and writes the whole store after every refresh; with the HTML of 1,000+
 * pages in it, that write made an include save show after ~1–1.6 s on the nl+da corpus. The
 * store keeps each route's data plus `htmlVersion` (so a re-rendered page still changes the store
 * and the browser reloads); the page template reads the HTML from this map. Shared through
 * `globalThis` because the loader and the page templates are separate module instances of one
 * dev-server process. Builds keep the HTML in the store as before.
 */

const KEY = Symbol.for('signpost.dev-html');

type Holder = { [KEY]?: Map<string, string> };

/** The route → HTML map of this process (created on first use). */
export function devHtml(): Map<string, string> {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new Map());
}

/**
 * True for the dev server (`devServer`), unless `SIGNPOST_DEV_HTML=store` asks for the old
 * behaviour — bench/preview.ts compares the two.
 */
export function keepsHtmlInMemory(devServer: boolean): boolean {
  return devServer && process.env.SIGNPOST_DEV_HTML !== 'store';
}

let version = 0;

/**
 * What the loader stores for a route: in dev `{ data + htmlVersion }` with the HTML kept in
 * `devHtml()`, otherwise `{ data, rendered: { html } }`.
 * Example: `storedRoute('/nl/a/', data, '<p>x</p>', true)` → `{ id: '/nl/a/', data: { …data, htmlVersion: 1 } }`.
 */
export function storedRoute(route: string, data: object, html: string, dev: boolean): { id: string; data: Record<string, unknown>; rendered?: { html: string; metadata: Record<string, never> } } {
  if (!dev) return { id: route, data: { ...data }, rendered: { html, metadata: {} } };
  devHtml().set(route, html);
  version += 1;
  return { id: route, data: { ...data, htmlVersion: version } };
}
