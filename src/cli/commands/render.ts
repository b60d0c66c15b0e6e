/**
 * `signpost render --root DIR --json ENTRY…` (spec §2.4): print a JSON array with one
 * `{file, route, html, messages}` object per entry on stdout, and nothing else.
 */
import { existsSync, statSync } from 'node:fs';
import { loadSite, createDocfxProcessor, readRootText, renderPage, type DirectiveHandler } from '../../../plugins/remark-docfx/index.ts';

const USAGE = 'usage: signpost render --root <content-root> --json <entry> [<entry> …]';

/** Parsed command line, or a usage problem. */
function parseArgs(args: string[]): { root: string; entries: string[] } | string {
  let root: string | undefined;
  let json = false;
  const entries: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--root') {
      root = args[++index];
      if (root === undefined) return 'missing value after --root';
    } else if (arg === '--json') json = true;
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else entries.push(arg.replace(/\\/g, '/').replace(/^\.\//, ''));
  }
  if (root === undefined) return 'missing --root';
  if (!json) return 'missing --json (the only output format)';
  if (entries.length === 0) return 'missing entry';
  if (!existsSync(root) || !statSync(root).isDirectory()) return `content root \`${root}\` is not a folder`;
  return { root, entries };
}

/**
 * The portal's own directives, so `signpost render` shows what the site shows. The
 * merge-example handler pulls in the import engine, so it is loaded only when some page of the
 * root uses it (the conformance runner spawns this command once per case).
 */
async function siteDirectives(site: ReturnType<typeof loadSite>): Promise<Record<string, DirectiveHandler>> {
  const usesMergeExample = [...site.files.values()].some(
    (file) => /\.mdx?$/.test(file.path) && /:::merge-example|<MergeExample\b/.test(readRootText(site, file.path) ?? ''),
  );
  if (!usesMergeExample) return {};
  const { mergeExample } = await import('../../simulators/merge-example.ts');
  return { 'merge-example': mergeExample };
}

/** Run the command; resolves to the exit status (0 ok, 1 an entry could not be rendered, 2 usage error). */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`signpost render: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  const site = loadSite(parsed.root);
  const processor = createDocfxProcessor(site, { directives: await siteDirectives(site) });
  const missing = parsed.entries.find((entry) => !site.files.has(entry));
  if (missing !== undefined) {
    process.stderr.write(`signpost render: entry \`${missing}\` is not a file of the content root\n`);
    return 2;
  }
  let failed = false;
  const pages = parsed.entries.map((entry) => {
    try {
      const page = renderPage(site, entry, { processor });
      return { file: page.file, route: page.route, html: page.html, messages: page.messages };
    } catch (error) {
      // A crash is a bug of the renderer, not of the page: keep stdout valid JSON, say so once.
      failed = true;
      process.stderr.write(`signpost render: cannot render \`${entry}\`: ${(error as Error).message}\n`);
      return { file: entry, route: site.files.get(entry)?.route ?? null, html: '', messages: [] };
    }
  });
  process.stdout.write(`${JSON.stringify(pages)}\n`);
  return failed ? 1 : 0;
}
