/**
 * Builds the Pagefind index of a finished build. Pagefind splits the index by `<html lang>`
 * (one per language, with its stemmer — Dutch and Danish included) and indexes only elements
 * marked `data-pagefind-body`, so stubs, redirects and 404 pages stay out. Each page goes to
 * Pagefind with its compounds marked (search-terms.ts) against the vocabulary of all pages of
 * its language, so a part of a compound finds it; the served files are not changed.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { folderMaker, runFileJobs } from './file-jobs.ts';
import { addToVocabulary, createCompoundMarker } from './search-terms.ts';
import { searchView } from './search-view.ts';

/** Per-language index size in bytes (`{ nl: 123456 }`) and the page count Pagefind saw. */
export interface SearchIndexReport {
  pages: number;
  bytesByLanguage: Record<string, number>;
}

/**
 * Indexes `outDir` into `outDir/pagefind`. Throws with Pagefind's own errors when it fails.
 * The marked copies go to a temporary folder that Pagefind reads itself (`addDirectory`): as fast
 * as indexing `outDir`, where sending each page through the service (`addHTMLFile`) took ~1.8×.
 */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexReport> {
  const staging = mkdtempSync(join(tmpdir(), 'signpost-search-'));
  try {
    // Two passes over the built files, never every page in memory: a page carries its
    // language's whole sidebar (450 KB a page on the 4,400-page English corpus), so holding
    // them all ran the build out of heap. Pass 1 learns each language's vocabulary; pass 2
    // stages each page's view with its compounds marked.
    const vocabularies = new Map<string, Set<string>>();
    const pages: IndexedPagePath[] = [];
    for (const { view, ...page } of indexedPages(outDir)) {
      const vocabulary = vocabularies.get(page.lang) ?? vocabularies.set(page.lang, new Set()).get(page.lang)!;
      addToVocabulary(vocabulary, view);
      pages.push(page);
    }
    const markers = new Map([...vocabularies].map(([lang, vocabulary]) => [lang, createCompoundMarker(vocabulary)]));
    // A few at a time (file-jobs.ts): one after the other, creating the files was most of the indexing time.
    const folder = folderMaker();
    await runFileJobs(pages, async (page) => {
      const view = searchView(await readFile(join(outDir, page.path), 'utf8'));
      const copy = join(staging, 'pages', page.lang, page.path);
      await folder(dirname(copy));
      await writeFile(copy, markers.get(page.lang)!(view).html);
    });
    // One Pagefind run per language, one after the other: Pagefind splits its index by language
    // anyway, and one run over the ten languages of a 44,000-page tree took 3.2 GB (issue 15).
    const entries: PagefindEntry[] = [];
    let indexed = 0;
    for (const lang of [...vocabularies.keys()].sort()) {
      const written = join(staging, 'index', lang);
      indexed += await indexFolder(join(staging, 'pages', lang), written);
      entries.push(JSON.parse(await readFile(join(written, ENTRY_FILE), 'utf8')) as PagefindEntry);
      await moveInto(written, join(outDir, 'pagefind'));
    }
    if (entries.length) await writeFile(join(outDir, 'pagefind', ENTRY_FILE), JSON.stringify(mergeEntries(entries)));
    else await indexFolder(mkdtempSync(join(staging, 'none-')), join(outDir, 'pagefind')); // the search box still finds its files
    return { pages: indexed, bytesByLanguage: indexSizes(join(outDir, 'pagefind')) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const ENTRY_FILE = 'pagefind-entry.json';

/** Pagefind's `pagefind-entry.json`: its version and one record per language. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  [other: string]: unknown;
}

/** Indexes the pages below `pages` into `output` in a Pagefind process of its own; returns the page count. */
async function indexFolder(pages: string, output: string): Promise<number> {
  try {
    const { errors, index } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: pages });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefind.close(); // the process ends, and its memory with it
  }
}

/**
 * The entry file of one run over every language, from the runs of one language each: the same
 * fields, the languages in Pagefind's (sorted) order.
 * Example: `{ languages: { nl: … } }` and `{ languages: { da: … } }` → `{ languages: { da: …, nl: … } }`.
 */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const languages = Object.fromEntries(entries.flatMap((entry) => Object.entries(entry.languages)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...entries[0], languages };
}

/** Moves every file below `from` to the same place below `to` (files the runs share are the same bytes). */
async function moveInto(from: string, to: string): Promise<void> {
  const folder = folderMaker();
  const files = readdirSync(from, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  await runFileJobs(files, async (entry) => {
    const target = join(to, relative(from, join(entry.parentPath, entry.name)));
    await folder(dirname(target));
    await rename(join(entry.parentPath, entry.name), target);
  });
}

/** A built page Pagefind indexes: the part of its HTML Pagefind reads (search-view.ts), path below the output folder and primary language (`nl` of `nl-BE`). */
interface IndexedPage extends IndexedPagePath {
  view: string;
}

/** Where a built page Pagefind indexes sits below the output folder, and its primary language. */
interface IndexedPagePath {
  path: string;
  lang: string;
}

/**
 * The HTML files of `outDir` that have a `data-pagefind-body` element (Pagefind indexes only
 * those once any page has one), outside `pagefind/`, one at a time.
 * Example: `{ view: '<!DOCTYPE html>…<article data-pagefind-body>…', path: 'nl/import/index.html', lang: 'nl' }`, ….
 */
function* indexedPages(outDir: string): Generator<IndexedPage> {
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(outDir, file).split(sep).join('/');
    if (path.startsWith('pagefind/')) continue;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const lang = /<html\b[^>]*\slang="([A-Za-z]+)/.exec(html)?.[1]?.toLowerCase() ?? 'unknown';
    yield { view: searchView(html), path, lang };
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
