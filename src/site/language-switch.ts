/**
 * Where the language switch leads: the same page in another language by relative path, else by
 * the uid convention `help-<lang>-<slug>`, else the nearest existing ancestor page (marked as not
 * an exact translation so the target can say so).
 */

/** A served page as the language switch sees it. */
export interface PageRef {
  route: string;
  lang: string;
  uid?: string;
}

/** One entry of the language switch. `exact` is false when the page has no translation. */
export interface LanguageLink {
  lang: string;
  route: string;
  exact: boolean;
}

const UID_PATTERN = /^help-([a-z]{2}(?:-[a-z]{2})?)-(.+)$/i;

/**
 * Replaces the language segment of a route: `('/nl/a/b/', 'da')` → `'/da/a/b/'`.
 */
export function swapLanguage(route: string, lang: string): string {
  return route.replace(/^\/[^/]+\//, `/${lang}/`);
}

/**
 * The nearest existing route at or above `route`: `/da/a/b/` → `/da/a/` when only that exists;
 * the language root `/da/` as the last resort (the site always builds it).
 */
export function nearestAncestor(route: string, routes: ReadonlySet<string>): string {
  const segments = route.split('/').filter(Boolean);
  for (let n = segments.length; n >= 1; n--) {
    const candidate = `/${segments.slice(0, n).join('/')}/`;
    if (routes.has(candidate)) return candidate;
  }
  return `/${segments[0] ?? ''}/`.replace(/\/+$/, '/');
}

/**
 * The language-switch target for `page` in `lang`.
 * Example: nl page `/nl/import/` with `uid: help-nl-import`, da has `help-da-import` at
 * `/da/import-data/` → `{ lang: 'da', route: '/da/import-data/', exact: true }`.
 */
export function findTranslation(
  page: PageRef,
  lang: string,
  routes: ReadonlySet<string>,
  uidRoutes: ReadonlyMap<string, string>,
): LanguageLink {
  if (lang === page.lang) return { lang, route: page.route, exact: true };
  const sameRoute = swapLanguage(page.route, lang);
  if (routes.has(sameRoute)) return { lang, route: sameRoute, exact: true };
  const uid = page.uid ? UID_PATTERN.exec(page.uid) : null;
  if (uid && uid[1].toLowerCase() === page.lang.toLowerCase()) {
    const translated = uidRoutes.get(`help-${lang}-${uid[2]}`) ?? uidRoutes.get(`help-${lang}-${uid[2]}`.toLowerCase());
    if (translated) return { lang, route: translated, exact: true };
  }
  return { lang, route: nearestAncestor(sameRoute, routes), exact: false };
}
