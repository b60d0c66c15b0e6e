/**
 * Builds the Pagefind index of a finished build. Pagefind splits the index by `<html lang>`
 * (one per language, with its stemmer — Dutch and Danish included) and indexes only elements
 * marked `data-pagefind-body`, so stubs, redirects and 404 pages stay out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Per-language index size in bytes (`{ nl: 123456 }`) and the page count Pagefind saw. */
export interface SearchIndexReport {
  pages: number;
  bytesByLanguage: Record<string, number>;
}

/** Indexes `outDir` into `outDir/pagefind`. Throws with Pagefind's own errors when it fails. */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexReport> {
  try {
    const { errors, index } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { pages: added.page_count, bytesByLanguage: indexSizes(join(outDir, 'pagefind')) };
  } finally {
    await pagefind.close();
  }
}

/**
 * Bytes of each language's index: its `pagefind.<hash>.pf_meta` plus the `index/` and `fragment/`
 * files Pagefind names `<lang>_<hash>…`. Example: `{ nl: 812345, da: 790112 }`.
 */
export function indexSizes(pagefindDir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  let entry: { languages?: Record<string, { hash: string }> } = {};
  try {
    entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8'));
  } catch {
    return sizes; // sizes are informational; no index, no numbers
  }
  for (const [lang, info] of Object.entries(entry.languages ?? {})) {
    let bytes = sizeOf(join(pagefindDir, `pagefind.${info.hash}.pf_meta`));
    for (const folder of ['index', 'fragment']) {
      for (const name of listOrEmpty(join(pagefindDir, folder))) {
        if (name.startsWith(`${lang}_`)) bytes += sizeOf(join(pagefindDir, folder, name));
      }
    }
    sizes[lang] = bytes;
  }
  return sizes;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function listOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
