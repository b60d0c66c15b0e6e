/**
 * Link check of a built site: every internal `href`/`src` inside article bodies must resolve to a
 * built file, except on elements the DocFX plugin marked as broken (`data-link-broken`,
 * `data-image-missing`), which the build's diagnostics name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/** Counts of a link check and the first unresolved references (`page → target`). */
export interface LinkReport {
  pages: number;
  checked: number;
  resolved: number;
  markedBroken: number;
  unresolved: { page: string; target: string }[];
}

const isExternal = (url: string) => /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url) || url === '';

function exists(outDir: string, pathname: string): boolean {
  const file = join(outDir, decodeURIComponent(pathname));
  if (!file.startsWith(outDir)) return false;
  if (existsSync(file) && statSync(file).isFile()) return true;
  return existsSync(join(file, 'index.html'));
}

/**
 * Checks every `index.html` under `outDir` (served at `base`).
 * Example: `checkLinks('/tmp/dist')` → `{ pages: 2054, checked: 9000, resolved: 8990, markedBroken: 10, unresolved: [] }`.
 */
export function checkLinks(outDir: string, base = '/'): LinkReport {
  const report: LinkReport = { pages: 0, checked: 0, resolved: 0, markedBroken: 0, unresolved: [] };
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (entry.name !== 'index.html' || !entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const route = base + file.slice(outDir.length + 1).replace(/index\.html$/, '');
    const article = parse(readFileSync(file, 'utf8')).querySelector('article');
    if (!article) continue;
    report.pages++;
    for (const element of article.querySelectorAll('[href], [src]')) {
      for (const attribute of ['href', 'src']) {
        const value = element.getAttribute(attribute);
        if (value === undefined || isExternal(value.trim())) continue;
        report.checked++;
        const target = new URL(value, `http://site${route}`);
        if (target.pathname.startsWith(base) && exists(outDir, target.pathname.slice(base.length))) report.resolved++;
        else if (element.hasAttribute('data-link-broken') || element.hasAttribute('data-image-missing')) report.markedBroken++;
        else report.unresolved.push({ page: route, target: value });
      }
    }
  }
  return report;
}
