/**
 * `signpost-asset-unused`: images and other media in the content tree that no rendered
 * page, stub or landing file refers to. A reference is a URL attribute of the rendered
 * output (spec §2.1/§7.2) — read from a page's final tree (tree-references.ts) or from
 * HTML (landing files) — so any way the dialect can link a file counts.
 */
import { posix } from 'node:path';
import { REFERENCE_URL_ATTRIBUTES, type SiteIndex } from '../../plugins/remark-docfx/index.ts';
import { createFinding, type Finding } from './findings.ts';

/** Extensions of files a page shows or offers for download; config files are not media. */
const MEDIA_EXTENSION = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?|mp4|webm|mov|mp3|wav|ogg|pdf|xlsx?|csv|docx?|pptx?|zip|txt)$/i;

/** `src|href|poster|data|srcset|data-lightbox`: the plugin's reference attributes (url-attributes.ts). */
const NAMES = REFERENCE_URL_ATTRIBUTES.join('|');

/** One reference attribute with its quoted value, in HTML text. */
const URL_ATTRIBUTE = new RegExp(`\\b(?:${NAMES})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'gi');

/** Attribute names that hold URLs: the reference names, also as the last part of a longer name (`data-src`). */
const URL_ATTRIBUTE_NAME = new RegExp(`(?:^|\\W)(?:${NAMES})$`, 'i');

/**
 * True when an attribute called `name` holds URLs a reference is read from.
 * @example isUrlAttribute('data-src') // true
 */
export const isUrlAttribute = (name: string): boolean => URL_ATTRIBUTE_NAME.test(name);

const decodeEntities = (value: string): string =>
  value.replace(/&amp;/g, '&').replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));

function decodeUri(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Adds to `used` the content-root paths that the value of one URL attribute (`srcset`-style
 * lists too) refers to, in output written from `file`: site-absolute URLs, and relative ones
 * resolved against the file's folder. `value` is the attribute's text, entity-decoded.
 * @example addAttributeReferences('nl/a.md', '/media/x.png?v=2', used) // used has 'media/x.png'
 */
export function addAttributeReferences(file: string, value: string, used: Set<string>, decode: (value: string) => string = decodeUri): void {
  for (const candidate of value.split(',')) {
    const url = decode(candidate.trim().split(/\s+/)[0] ?? '').split(/[?#]/)[0];
    if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
    const path = url.startsWith('/') ? url.slice(1) : posix.normalize(posix.join(posix.dirname(file), url));
    used.add(path);
  }
}

/**
 * Adds to `used` the content-root paths that `html` (rendered from `file`) refers to.
 * @example collectAssetReferences('nl/a.md', '<img src="/media/x.png?v=2">', used) // used has 'media/x.png'
 */
export function collectAssetReferences(file: string, html: string, used: Set<string>): void {
  for (const match of html.matchAll(URL_ATTRIBUTE)) {
    addAttributeReferences(file, match[1] ?? match[2], used, (candidate) => decodeUri(decodeEntities(candidate)));
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
