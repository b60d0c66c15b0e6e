/**
 * `signpost-asset-unused`: images and other media in the content tree that no rendered
 * page, stub or landing file refers to. References are read from the renderer's HTML (the
 * asset URLs it produced, spec §2.1/§7.2), so any way the dialect can link a file counts.
 */
import { posix } from 'node:path';
import type { SiteIndex } from '../../plugins/remark-docfx/lib/contracts.ts';
import { createFinding, type Finding } from './findings.ts';

/** Extensions of files a page shows or offers for download; config files are not media. */
const MEDIA_EXTENSION = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?|mp4|webm|mov|mp3|wav|ogg|pdf|xlsx?|csv|docx?|pptx?|zip|txt)$/i;

const URL_ATTRIBUTE = /\b(?:src|href|poster|data|srcset|data-lightbox)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function decode(value: string): string {
  const unescaped = value.replace(/&amp;/g, '&').replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));
  try {
    return decodeURIComponent(unescaped);
  } catch {
    return unescaped;
  }
}

/**
 * Adds to `used` the content-root paths of the files that `html` (rendered from `file`)
 * refers to: site-absolute asset URLs, and relative URLs of raw HTML resolved against the
 * file's folder.
 * @example collectAssetReferences('nl/a.md', '<img src="/media/x.png?v=2">', used) // used has 'media/x.png'
 */
export function collectAssetReferences(file: string, html: string, used: Set<string>): void {
  for (const match of html.matchAll(URL_ATTRIBUTE)) {
    for (const candidate of (match[1] ?? match[2]).split(',')) {
      const url = decode(candidate.trim().split(/\s+/)[0] ?? '').split(/[?#]/)[0];
      if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
      const path = url.startsWith('/') ? url.slice(1) : posix.normalize(posix.join(posix.dirname(file), url));
      used.add(path);
    }
  }
}

/** One finding per media file (image, video, document, spreadsheet …) of `site` not in `used`. */
export function checkUnusedAssets(site: SiteIndex, used: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const file of site.files.values()) {
    if (file.kind !== 'asset' || !MEDIA_EXTENSION.test(file.path) || used.has(file.path)) continue;
    findings.push(createFinding('signpost-asset-unused', file.path, 1, `Unexpected unused file: no page refers to \`${file.path}\`; link it or delete it`));
  }
  return findings;
}
