/**
 * Site URLs under the configured base path (`SIGNPOST_BASE`). Routes inside the site are kept
 * without base everywhere (data store, navigation); the base is added only when writing HTML.
 * Pages render in node at build time, so the base is read from the same environment variable
 * astro.config.mjs reads (src/site/build-settings.ts) — one source of truth.
 */
import { normalizeBase } from './build-settings.ts';

/** The base path with one trailing slash (`/` or `/help/`). */
export function basePath(): string {
  return normalizeBase(process.env.SIGNPOST_BASE);
}

/**
 * Prefixes a site route with the base: `('/nl/a/')` → `'/help/nl/a/'` under base `/help/`.
 * URLs with a scheme, protocol-relative URLs and fragments are returned unchanged.
 */
export function withBase(route: string, base = basePath()): string {
  if (!route.startsWith('/') || route.startsWith('//')) return route;
  return base.replace(/\/$/, '') + route;
}
