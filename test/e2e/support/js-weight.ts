/**
 * JavaScript a built page loads before any interaction: its `<script type="module" src>` files,
 * their static imports (transitively), and inline scripts — gzip-compressed bytes, the way the
 * issue's budget counts them. Dynamic `import()` targets (Pagefind, workers) are not counted:
 * they load on use.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of one page's eager JavaScript, gzip-compressed, and the files counted. */
export interface JsWeight {
  gzipBytes: number;
  files: string[];
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * Measures the page at `htmlPath` (absolute) of the build in `outDir` served under `base`.
 * Example: `measureJs('/tmp/dist', '/tmp/dist/nl/index.html')` → `{ gzipBytes: 1532, files: [...] }`.
 */
export function measureJs(outDir: string, htmlPath: string, base = '/'): JsWeight {
  const html = readFileSync(htmlPath, 'utf8');
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    bytes += gzipSync(code).length;
    for (const match of code.matchAll(STATIC_IMPORT)) visit(join(dirname(file), match[1]));
  };
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    if (/^https?:/.test(match[1])) continue;
    visit(join(outDir, match[1].slice(base.length)));
  }
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1].trim()) bytes += gzipSync(match[1]).length;
  }
  return { gzipBytes: bytes, files: [...seen].map((f) => f.slice(outDir.length)) };
}
