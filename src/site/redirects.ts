/**
 * `redirect_from` (spec §3.2): old site paths that must lead to a page's route. Each becomes a
 * redirect page unless a served route already exists there (the served file wins).
 */

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
