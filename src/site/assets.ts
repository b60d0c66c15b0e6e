/**
 * Non-Markdown files of the content root (images, PDFs, spreadsheets …) are served unchanged at
 * `/` + their content-root path, case preserved (spec §2.1): copied into the build, and served
 * from the content root by the dev server.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { checkPath, guardOf, walkRoot } from '../../plugins/remark-docfx/index.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { folderMaker, runFileJobs } from './file-jobs.ts';
import type { OutputLedger } from './incremental/output-ledger.ts';

const SOURCE_EXTENSIONS = new Set(['.md', '.mdx', '.yml', '.yaml']);

/** Whether a content-root path is a served asset: not Markdown/YAML, not hidden, not in `includes/`. */
export function isAssetPath(path: string): boolean {
  const segments = path.split(/[\\/]/);
  if (segments.some((s) => s.startsWith('.'))) return false;
  return !SOURCE_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Files that would run script on the site's origin if served from it: never published from content. */
const ACTIVE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.js', '.mjs', '.cjs', '.xml', '.xsl']);

/** Whether an asset may be published: not a document or script the browser would run on the site (issue 17). */
export function isPublishedAsset(path: string): boolean {
  return isAssetPath(path) && !ACTIVE_EXTENSIONS.has(extname(path).toLowerCase());
}

/**
 * Copies every asset of `contentRoot` into `outDir`, keeping paths; returns the number copied.
 * Only what the content-root guard lists (root-guard.ts): a link leading out of the root, a FIFO
 * or a device is never copied, and links are copied as the files they point to, never as links.
 * With the `ledger` of an incremental build, an asset whose source file is the one the previous
 * build copied (same real path, size, time and inode) and whose copy nobody touched is kept.
 */
export async function copyAssets(contentRoot: string, outDir: string, ledger?: OutputLedger): Promise<number> {
  const guard = guardOf(resolve(contentRoot));
  const copies: { path: string; from: string; to: string; identity: string }[] = [];
  for (const path of walkRoot(guard).files) {
    if (!isPublishedAsset(path)) continue;
    const checked = checkPath(guard, path);
    if (!('real' in checked)) continue;
    const identity = ledger ? sourceIdentity(checked.real) : '';
    if (ledger?.unchanged(path, identity)) {
      ledger.kept(path);
      continue;
    }
    const target = join(outDir, ...path.split('/'));
    // A page of the build has this name: the build wins (a copy the previous build made is not the build's).
    if (existsSync(target) && !ledger?.previousIdentity(path)?.startsWith(ASSET)) continue;
    copies.push({ path, from: checked.real, to: target, identity });
  }
  const folder = folderMaker();
  await runFileJobs(copies, async ({ path, from, to, identity }) => {
    await folder(dirname(to));
    await copyFile(from, to);
    ledger?.wrote(path, identity);
  });
  return copies.length;
}

const ASSET = 'asset:';

/** What identifies an asset's source between builds: its real path and stat. */
function sourceIdentity(real: string): string {
  const stat = statSync(real, { bigint: true, throwIfNoEntry: false });
  return `${ASSET}${real}\0${stat?.size}:${stat?.mtimeNs}:${stat?.ino}`;
}

/** Common content types of help assets; anything else is served as octet-stream. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.ico': 'image/x-icon',
  '.pdf': 'application/pdf', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.mp4': 'video/mp4',
  '.wasm': 'application/wasm', '.woff2': 'font/woff2', '.pf_meta': 'application/octet-stream',
};

/**
 * Dev-server middleware: answers `<base><asset path>` from the content root, passes on otherwise.
 */
export function assetMiddleware(contentRoot: string, base: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0]);
    if (!url.startsWith(base)) return next();
    const path = normalize(url.slice(base.length));
    if (!path || path.startsWith('..') || !isPublishedAsset(path)) return next();
    // Through the content-root guard: never a file outside the root, a FIFO or a device.
    const checked = checkPath(guardOf(resolve(contentRoot)), path.split(/[\\/]/).join('/'));
    if (!('real' in checked)) return next();
    const file = checked.real;
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  };
}
