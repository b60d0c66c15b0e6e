/**
 * The Content-Security-Policy of every portal page (issue 17): page HTML may never run script,
 * so scripts come only from the site itself (Astro adds the hashes of its own inline scripts
 * and styles through `security.csp`), nothing is sent to another origin, `<base>` cannot point
 * elsewhere, and no plugin content or form leaves the page. `worker-src blob:` is the one
 * explicit allowance: read-excel-file reads large XLSX files in a `blob:` worker it creates
 * itself (only script of this site can create one). Video iframes (https only, see the page
 * sanitiser) are the only framed content.
 *
 * The same policy is sent as a header by `signpost serve` (static-server.ts) for every HTML
 * page and worker script; other hosts should send `SITE_CSP_HEADER` too (README).
 */

/** Directives besides `script-src` and `style-src`, which Astro writes itself (with hashes). */
export const SITE_CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "frame-src https:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
] as const;

/**
 * The header form for servers (Astro's `<meta>` cannot carry `frame-ancestors`): the page
 * directives plus `script-src 'self'` (hashes of Astro's inline scripts are in each page's
 * `<meta>`; both policies apply, the stricter wins) and `'wasm-unsafe-eval'` for Pagefind's
 * WebAssembly in its worker.
 * @example res.setHeader('Content-Security-Policy', SITE_CSP_HEADER)
 */
export const SITE_CSP_HEADER = [
  ...SITE_CSP_DIRECTIVES,
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'self'",
].join('; ');

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * The policy to send as a header with a built HTML page: the page's own `<meta>` policy (with
 * the hashes of its inline scripts) plus `frame-ancestors`, which only a header can carry; the
 * site policy for a page without one.
 * @example headerPolicyOf('<meta http-equiv="content-security-policy" content="default-src \'self\'">') // → "default-src 'self'; frame-ancestors 'self'"
 */
export function headerPolicyOf(html: string): string {
  const meta = META_POLICY.exec(html)?.[1]?.replace(/&#39;|&apos;/g, "'").replace(/;\s*$/, '');
  return meta ? `${meta}; frame-ancestors 'self'` : SITE_CSP_HEADER;
}
