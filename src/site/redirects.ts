/**
 * `redirect_from` (spec §3.2): old site paths that must lead to a page's route. Each becomes a
 * redirect page unless a served route already exists there (the served file wins). The site
 * build and `signpost check` plan them with the same `planRedirects`, so both report the same
 * `signpost-redirect-shadowed` problems.
 */
import { frontMatterKeyLine, readRootText, type SiteFile, type SiteIndex } from '../../plugins/remark-docfx/index.ts';
import type { SiteMessage } from './page-data.ts';

/**
 * Turns a `redirect_from` value into a route: `/nl/ai/admin/index` → `/nl/ai/admin/`,
 * `nl/a/b.md` → `/nl/a/b/`, `/nl/a.html` → `/nl/a/`. Undefined for URLs and empty values.
 * Example: `redirectRoute('/nl/Admin/Import/old')` → `'/nl/admin/import/old/'`.
 */
export function redirectRoute(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return undefined;
  const path = trimmed
    .replace(/[?#].*$/, '')
    .replace(/\\/g, '/')
    .replace(/\.(md|html?)$/i, '')
    .replace(/(^|\/)index$/i, '$1')
    .replace(/^\/+|\/+$/g, '');
  return path ? `/${path.toLowerCase()}/` : undefined;
}

/** `redirect_from` front matter as a list of strings (string or list; anything else → none). */
export function redirectSources(meta: Record<string, unknown>): string[] {
  const value = meta.redirect_from;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The redirect pages `redirect_from` asks for, and the requests that cannot be served. */
export interface RedirectPlan {
  /** A redirect page at `from` leading to `file`'s route. */
  redirects: { from: string; file: SiteFile }[];
  /** `signpost-redirect-shadowed`, at the `redirect_from` line. */
  messages: SiteMessage[];
}

/**
 * Plans the redirect pages of the pages among `served` (in that order), given the routes
 * already served (`routes`, extended with each planned redirect). A route already served wins:
 * silently when a stub serves it (the old path already redirects — 762 such pairs in the nl+da
 * corpus), with a `signpost-redirect-shadowed` warning when anything else does (the redirect
 * can never happen).
 * Example: a page with `redirect_from: /nl/old/` → `{ redirects: [{ from: '/nl/old/', file }] }`.
 */
export function planRedirects(site: SiteIndex, served: readonly SiteFile[], routes: Set<string>): RedirectPlan {
  const plan: RedirectPlan = { redirects: [], messages: [] };
  for (const file of served) {
    if (file.kind !== 'page') continue;
    for (const source of redirectSources(file.meta)) {
      const from = redirectRoute(source);
      if (!from || from === file.route) continue;
      if (routes.has(from)) {
        if (site.byRoute.get(from)?.kind === 'stub') continue;
        const line = frontMatterKeyLine(readRootText(site, file.path) ?? '', 'redirect_from');
        plan.messages.push({ ruleId: 'signpost-redirect-shadowed', file: file.path, line, message: `Cannot redirect \`${source}\` to this page: another file is served at \`${from}\``, fatal: false });
        continue;
      }
      routes.add(from);
      plan.redirects.push({ from, file });
    }
  }
  return plan;
}
