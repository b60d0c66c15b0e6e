/**
 * Markdown twins and llms.txt on their way from the loader to the output folder. Every page's
 * twin is captured during its own render (capture-twin.ts); after loading, the loader files the
 * twins and one `/<lang>/llms.txt` per language here (`fileTwins`), and after the build the
 * integration writes them (`writeTwins`). Shared through `globalThis`: the loader and the
 * integration are separate module instances of one `astro build` process (as in dev-html.ts).
 * Switched off with `SIGNPOST_LLMS=off` (nothing is captured or filed then).
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { folderMaker, runFileJobs } from '../file-jobs.ts';
import type { SiteIndex } from '../../../plugins/remark-docfx/index.ts';
import type { BuiltRoute } from '../site-model.ts';
import type { OutputLedger } from '../incremental/output-ledger.ts';
import { llmsTxt, type TocItems } from './llms-txt.ts';
import type { SiteAddress } from './page-twin.ts';

const KEY = Symbol.for('signpost.twin-files');

type Holder = { [KEY]?: { files: Map<string, string>; twins: number; languages: number } };

/**
 * Files the twins of `routes` (`<route>index.md`) and the llms.txt of every language with pages,
 * replacing what an earlier load filed; `tocItems` gives the toc trees the model loaded. Returns how many twins.
 * Example: routes `/nl/a/` (twin `# A`) → files `nl/a/index.md` and `nl/llms.txt`.
 */
export function fileTwins(site: SiteIndex, routes: readonly BuiltRoute[], address: SiteAddress, tocItems?: TocItems): number {
  const files = new Map<string, string>();
  const languages = new Set<string>();
  let twins = 0;
  for (const { data, twin } of routes) {
    if (data.kind !== 'page') continue;
    languages.add(data.lang);
    if (twin === undefined) continue; // an unreadable page: no twin, as it has no body
    files.set(`${data.route.split('/').filter(Boolean).join('/')}/index.md`, twin);
    twins += 1;
  }
  for (const lang of languages) files.set(`${lang}/llms.txt`, llmsTxt(site, lang, address, tocItems));
  (globalThis as Holder)[KEY] = { files, twins, languages: languages.size };
  return twins;
}

/**
 * Writes what the loader filed into `outDir` and forgets it; returns counts (zeros when nothing
 * was filed). A sharded build has twins of its own slice's pages only (the others were not
 * rendered) and writes llms.txt from one shard (`llms: false` in the others). With the `ledger`
 * of an incremental build, a file the previous build wrote with the same text is kept.
 * Example: `writeTwins('dist')` → `{ twins: 54, languages: 3 }`.
 */
export async function writeTwins(outDir: string, { llms = true, ledger }: { llms?: boolean; ledger?: OutputLedger } = {}): Promise<{ twins: number; languages: number }> {
  const holder = globalThis as Holder;
  const filed = holder[KEY];
  delete holder[KEY];
  if (!filed) return { twins: 0, languages: 0 };
  const folder = folderMaker();
  const written = [...filed.files].filter(([path]) => llms || !path.endsWith('/llms.txt'));
  await runFileJobs(written, async ([path, text]) => {
    const identity = ledger ? `twin:${createHash('sha1').update(text).digest('hex')}` : '';
    if (ledger?.unchanged(path, identity)) return ledger.kept(path);
    const target = join(outDir, ...path.split('/'));
    await folder(dirname(target));
    await writeFile(target, text);
    ledger?.wrote(path, identity);
  });
  return { twins: filed.twins, languages: filed.languages };
}
