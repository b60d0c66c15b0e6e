/**
 * Builds the Pagefind index of a finished build. Pagefind splits the index by `<html lang>`
 * (one per language, with its stemmer — Dutch and Danish included) and indexes only elements
 * marked `data-pagefind-body`, so stubs, redirects and 404 pages stay out. Each page goes to
 * Pagefind with its compounds marked (search-terms.ts) against the vocabulary of all pages of
 * its language, so a part of a compound finds it; the served files are not changed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { folderMaker, runFileJobs } from './file-jobs.ts';
import { createCompoundMarker, pageVocabulary } from './search-terms.ts';
import { searchView } from './search-view.ts';
import { dropState, readMapState, writeMapState } from './incremental/build-cache.ts';
import type { OutputLedger } from './incremental/output-ledger.ts';
import { pagesDigest, sha1, WordTable, type IndexedPageFacts, type LanguageIndex, type PagefindEntry, type SearchState } from './incremental/search-reuse.ts';

/** Per-language index size in bytes (`{ nl: 123456 }`) and the page count Pagefind saw. */
export interface SearchIndexReport {
  pages: number;
  bytesByLanguage: Record<string, number>;
  /** Languages whose index the previous build left was kept (an incremental build only). */
  reusedLanguages?: string[];
}

/** An incremental build's means to reuse the previous build's indexing (incremental/search-reuse.ts). */
export interface SearchReuse {
  /** The build cache folder and the version its state belongs to. */
  folder: string;
  version: string;
  ledger: OutputLedger;
  /** Whether the HTML file at `path` (below the output folder) is the previous build's, not generated again. */
  unchangedPage(path: string): boolean;
}

const STATE = 'search';
const ENTRY_FILE = 'pagefind-entry.json';

/**
 * Indexes `outDir` into `outDir/pagefind`. Throws with Pagefind's own errors when it fails.
 * The marked copies go to a staging folder that Pagefind reads itself (`addDirectory`): as fast
 * as indexing `outDir`, where sending each page through the service (`addHTMLFile`) took ~1.8×.
 * With `reuse` (an incremental build) the staging folder lives in the build cache, a language
 * none of whose pages changed keeps its index files, and only changed pages are marked again.
 */
export async function buildSearchIndex(outDir: string, reuse?: SearchReuse): Promise<SearchIndexReport> {
  const previous = reuse ? readMapState<SearchState>(reuse.folder, STATE, reuse.version) : undefined;
  // Until this run saves its own, no state may describe a staging folder it is changing.
  if (reuse) dropState(reuse.folder, STATE);
  const staging = reuse ? join(reuse.folder, 'search-staging') : mkdtempSync(join(tmpdir(), 'signpost-search-'));
  if (reuse && !previous) rmSync(staging, { recursive: true, force: true });
  const output = new IndexOutput(outDir, reuse?.ledger);
  try {
    // Two passes over the built files, never every page in memory: a page carries its
    // language's whole sidebar (450 KB a page on the 4,400-page English corpus), so holding
    // them all ran the build out of heap. Pass 1 learns each page's words (its language's
    // vocabulary is all of them); pass 2 stages each page's view with its compounds marked.
    const tables = new Map([...(previous?.languages ?? [])].map(([lang, index]) => [lang, new WordTable(index.table)]));
    const tableOf = (lang: string) => tables.get(lang) ?? tables.set(lang, new WordTable()).get(lang)!;
    const pages = new Map<string, IndexedPageFacts | null>();
    const changed = new Set<string>();
    for (const path of htmlFiles(outDir)) {
      const before = previous?.pages.get(path);
      if (before !== undefined && reuse?.unchangedPage(path)) {
        pages.set(path, before);
        continue;
      }
      const facts = indexedFacts(readFileSync(join(outDir, path), 'utf8'), tableOf);
      pages.set(path, facts);
      if (facts) changed.add(path);
    }
    const byLanguage = new Map<string, [string, IndexedPageFacts][]>();
    for (const [path, facts] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (facts) (byLanguage.get(facts.lang) ?? byLanguage.set(facts.lang, []).get(facts.lang)!).push([path, facts]);
    }
    // One Pagefind run per language, one after the other: Pagefind splits its index by language
    // anyway, and one run over the ten languages of a 44,000-page tree took 3.2 GB (issue 15).
    const languages = new Map<string, LanguageIndex>();
    const reusedLanguages: string[] = [];
    for (const lang of [...byLanguage.keys()].sort()) {
      const members = byLanguage.get(lang)!;
      const table = tableOf(lang);
      const vocabulary = table.vocabulary(members.map(([, facts]) => facts));
      const digest = pagesDigest(members);
      const before = previous?.languages.get(lang);
      if (before && before.vocabularyDigest === vocabulary.digest && before.pagesDigest === digest && output.keepAll(before.files)) {
        languages.set(lang, { ...before, table: table.words });
        reusedLanguages.push(lang);
        continue;
      }
      const folder = join(staging, lang);
      const sameVocabulary = before?.vocabularyDigest === vocabulary.digest;
      const marked = await stageLanguage(outDir, folder, members, createCompoundMarker(vocabulary.words), (path) => !sameVocabulary || changed.has(path));
      // New objects: the state's entries are read-only (build-cache.ts).
      for (const [path, markedDigest] of marked) pages.set(path, { ...(pages.get(path) as IndexedPageFacts), markedDigest });
      removeStaleStaging(folder, previous?.pages, lang, new Set(members.map(([path]) => path)));
      const run = await indexFolder(folder);
      const files = await output.write(run.files);
      languages.set(lang, { table: table.words, vocabularyDigest: vocabulary.digest, pagesDigest: digest, pageCount: run.pageCount, bytes: indexBytes(run, lang), entry: run.entry, files });
    }
    if (languages.size) await output.write([{ path: ENTRY_FILE, content: Buffer.from(JSON.stringify(mergeEntries([...languages.values()].map((index) => index.entry)))) }]);
    else await writeEmptyIndex(output); // the search box still finds its files
    if (reuse) writeMapState(reuse.folder, STATE, reuse.version, { languages, pages } satisfies SearchState, 'pages');
    const pageCount = [...languages.values()].reduce((sum, index) => sum + index.pageCount, 0);
    const bytesByLanguage = Object.fromEntries([...languages].map(([lang, index]) => [lang, index.bytes]));
    return { pages: pageCount, bytesByLanguage, ...(reuse ? { reusedLanguages } : {}) };
  } finally {
    if (!reuse) await rm(staging, { recursive: true, force: true });
  }
}

/** The search facts of a built page, its new words added to its language's table; null when Pagefind does not index it. */
function indexedFacts(html: string, tableOf: (lang: string) => WordTable): IndexedPageFacts | null {
  if (!html.includes('data-pagefind-body')) return null;
  const lang = /<html\b[^>]*\slang="([A-Za-z]+)/.exec(html)?.[1]?.toLowerCase() ?? 'unknown';
  const view = searchView(html);
  return { lang, viewDigest: sha1(view), words: tableOf(lang).positions(pageVocabulary(view)) };
}

/**
 * Writes the marked copy of each page of a language into `folder`, a few at a time
 * (file-jobs.ts): every page `needsMarking` names, and any whose copy is missing; a copy that
 * comes out the same is not written again. Returns the digest of each copy made.
 */
async function stageLanguage(outDir: string, folder: string, members: [string, IndexedPageFacts][], mark: (html: string) => { html: string }, needsMarking: (path: string) => boolean): Promise<Map<string, string>> {
  const made = folderMaker();
  const marked = new Map<string, string>();
  await runFileJobs(members, async ([path, facts]) => {
    const copy = join(folder, path);
    const staged = facts.markedDigest !== undefined && existsSync(copy);
    if (staged && !needsMarking(path)) return;
    const html = mark(searchView(await readFile(join(outDir, path), 'utf8'))).html;
    const digest = sha1(html);
    if (staged && digest === facts.markedDigest) return;
    await made(dirname(copy));
    await writeFile(copy, html);
    marked.set(path, digest);
  });
  return marked;
}

/** Removes from a language's staging folder the copies of pages that are no longer pages of it. */
function removeStaleStaging(folder: string, pages: Map<string, IndexedPageFacts | null> | undefined, lang: string, members: Set<string>): void {
  for (const [path, facts] of pages ?? []) {
    if (facts?.lang === lang && !members.has(path)) rmSync(join(folder, path), { force: true });
  }
}

/** Pagefind's files for a site without a searchable page, from a run over an empty folder. */
async function writeEmptyIndex(output: IndexOutput): Promise<void> {
  const empty = mkdtempSync(join(tmpdir(), 'signpost-search-none-'));
  try {
    const run = await indexFolder(empty);
    await output.write([...run.files, { path: ENTRY_FILE, content: Buffer.from(JSON.stringify(run.entry)) }]);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

/** Bytes of a language's index in its run: its `pagefind.<hash>.pf_meta` and its `index/` and `fragment/` files (as `indexSizes` counts). */
function indexBytes(run: IndexRun, lang: string): number {
  const meta = `pagefind.${(run.entry.languages[lang] as { hash?: string } | undefined)?.hash}.pf_meta`;
  const own = (path: string) => path === meta || path.startsWith(`index/${lang}_`) || path.startsWith(`fragment/${lang}_`);
  return run.files.reduce((sum, file) => sum + (own(file.path) ? file.content.length : 0), 0);
}

/** What one Pagefind run gave: its files (the entry file apart), its entry and page count. */
interface IndexRun {
  files: { path: string; content: Uint8Array }[];
  entry: PagefindEntry;
  pageCount: number;
}

/** Indexes the pages below `pages` in a Pagefind process of its own; the index files come back in memory. */
async function indexFolder(pages: string): Promise<IndexRun> {
  try {
    const { errors, index } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: pages });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(got.errors.join('; '));
    const entryFile = got.files.find((file) => file.path === ENTRY_FILE);
    if (!entryFile) throw new Error(`Pagefind wrote no ${ENTRY_FILE}`);
    const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as PagefindEntry;
    return { files: got.files.filter((file) => file !== entryFile), entry, pageCount: added.page_count };
  } finally {
    await pagefind.close(); // the process ends, and its memory with it
  }
}

/**
 * Writes index files below `outDir/pagefind`, each once however many runs give it (Pagefind's
 * scripts come with every language's run). With a ledger, a file the previous build left with
 * the same bytes is kept instead.
 */
class IndexOutput {
  readonly #outDir: string;
  readonly #ledger: OutputLedger | undefined;
  /** Output path (`pagefind/…`) → identity of what this build put there. */
  readonly #done = new Map<string, string>();

  constructor(outDir: string, ledger: OutputLedger | undefined) {
    this.#outDir = outDir;
    this.#ledger = ledger;
  }

  /** Claims every file of `files` (output path → identity) as the previous build left it; false, claiming none, when any is gone or changed. */
  keepAll(files: Map<string, string>): boolean {
    if (!this.#ledger) return false;
    for (const [path, identity] of files) if (this.#done.get(path) !== identity && !this.#ledger.unchanged(path, identity)) return false;
    for (const [path, identity] of files) {
      if (this.#done.has(path)) continue;
      this.#ledger.kept(path);
      this.#done.set(path, identity);
    }
    return true;
  }

  /** Writes `files` (paths below `pagefind/`) where needed; returns each one's output path and identity. */
  async write(files: readonly { path: string; content: Uint8Array }[]): Promise<Map<string, string>> {
    const made = folderMaker();
    const out = new Map<string, string>();
    await runFileJobs(files, async ({ path, content }) => {
      const target = `pagefind/${path}`;
      const identity = `search:${sha1(content)}`;
      out.set(target, identity);
      if (this.#done.get(target) === identity) return;
      this.#done.set(target, identity);
      if (this.#ledger?.unchanged(target, identity)) return this.#ledger.kept(target);
      const file = join(this.#outDir, 'pagefind', ...path.split('/'));
      await made(dirname(file));
      await writeFile(file, content);
      this.#ledger?.wrote(target, identity);
    });
    return out;
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

/** HTML files of `outDir` outside `pagefind/` (`/`-separated paths), the pages Pagefind may index. */
function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/'));
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
