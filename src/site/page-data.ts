/**
 * What the content loader stores for every route and what the page templates read: plain,
 * JSON-serialisable data (the Astro data store persists it), computed once per build.
 */
import type { DocfxMessage, TocItem } from '../../plugins/remark-docfx/index.ts';
import type { LanguageLink } from './language-switch.ts';

/** Kinds of served route: a content page, a landing page, a stub, a `redirect_from` redirect, a generated language home. */
export type RouteKind = 'page' | 'landing' | 'stub' | 'redirect' | 'home';

/** A diagnostic as the site prints it; `source` tells dialect (`docfx`) and portal (`signpost`) problems apart. */
export interface SiteMessage extends Omit<DocfxMessage, 'ruleId'> {
  ruleId: string;
}

/** One served route. */
export interface PageData {
  kind: RouteKind;
  /** Route without base (`/nl/admin/import/`). */
  route: string;
  /** Content-root relative source file; for `redirect` the page that declared `redirect_from`. */
  file: string;
  lang: string;
  title: string;
  description?: string;
  keywords: string[];
  /** Valid `date`/`so.date` as ISO `YYYY-MM-DD`. */
  updated?: string;
  /** Redirect target: a URL, or a site route (without base) for `redirect_from` pages. */
  redirectTo?: string;
  /** Set when the redirect comes back to itself (`/nl/a/ → /nl/b/ → /nl/a/`): the page says so instead of refreshing. */
  redirectLoop?: string;
  /** Whether search indexes the page (`index: false` front matter turns it off). */
  searchable: boolean;
  /** Every language of the site, with where the switch leads (own language included). */
  languages: LanguageLink[];
  /** toc.yml file whose tree is the sidebar; undefined → folder sidebar. */
  sidebar?: string;
  /** Problems of the page (printed by the build, counted on the page). */
  messages: SiteMessage[];
  /** "On this page" headings (h2–h3). */
  headings: { depth: number; slug: string; text: string }[];
}

/** A sidebar tree as stored in the `navigation` collection (id = toc file or `folder:<lang>/<section>`). */
export interface NavigationData {
  file: string;
  items: TocItem[];
}
