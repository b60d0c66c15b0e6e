/// <reference types="vite/client" />
/**
 * Site URLs under the configured base path (`SIGNPOST_BASE`). Routes inside the site are kept
 * without base everywhere (data store, navigation); the base is added only when writing HTML.
 */

/** The base path with one trailing slash, from Astro (`/` or `/help/`). */
export function basePath(): string {
  const raw = import.meta.env?.BASE_URL ?? '/';
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/**
 * Prefixes a site route with the base: `('/nl/a/')` → `'/help/nl/a/'` under base `/help/`.
 * URLs with a scheme, protocol-relative URLs and fragments are returned unchanged.
 */
export function withBase(route: string, base = basePath()): string {
  if (!route.startsWith('/') || route.startsWith('//')) return route;
  return base.replace(/\/$/, '') + route;
}
