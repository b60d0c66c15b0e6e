/**
 * After a build: every page's Markdown twin (`<route>index.md`) and one `/<lang>/llms.txt` per
 * language, written into the output folder. Switched off with `SIGNPOST_LLMS=off`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../../plugins/remark-docfx/index.ts';
import { llmsTxt } from './llms-txt.ts';
import { createTwinWriter, type SiteAddress } from './page-twin.ts';

/** Part of the site a sharded build writes: the twins of the slice's routes, and llms.txt or not. */
export interface TwinPart {
  routes: ReadonlySet<string>;
  llms: boolean;
}

/**
 * Writes twins and llms.txt for the content root `contentRoot` into `outDir` (only `part` of them
 * in a sharded build); returns counts.
 * Example: `writeTwins('content', 'dist', { origin: 'https://x', base: '/' })` → `{ twins: 54, languages: 3 }`.
 */
export function writeTwins(contentRoot: string, outDir: string, address: SiteAddress, part?: TwinPart): { twins: number; languages: number } {
  const site = loadSite(contentRoot);
  const write = createTwinWriter(site, address);
  const languages = new Set<string>();
  let twins = 0;
  for (const file of site.files.values()) {
    if (file.kind !== 'page' || !file.route || !file.lang) continue;
    languages.add(file.lang);
    if (part && !part.routes.has(file.route)) continue;
    const markdown = write(file.path);
    if (markdown === undefined) continue;
    const folder = join(outDir, ...file.route.split('/').filter(Boolean));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.md'), markdown);
    twins += 1;
  }
  for (const lang of part?.llms === false ? [] : languages) {
    mkdirSync(join(outDir, lang), { recursive: true });
    writeFileSync(join(outDir, lang, 'llms.txt'), llmsTxt(site, lang, address));
  }
  return { twins, languages: languages.size };
}
