/**
 * Output fingerprint of both corpora, for structure-only changes (issue 16: "every output byte
 * stays identical"). Not a benchmark entry (the name has a dash, so `npm run bench` skips it).
 *
 *   node_modules/.bin/node bench/output-fingerprint.ts [OUT]    (default /tmp/signpost-fingerprint.txt)
 *
 * For ../shared/corpus/superoffice (nl+da) and ../shared/corpus/superoffice-en-2023 it writes one
 * line per item, `<corpus> <what> <path> <sha256>`, of:
 * - `render`: every page, stub and toc.yml through the render contract (`renderPage`: HTML,
 *   messages, metadata, headings — what `signpost render --json` prints);
 * - `site`: every route of the site model the Astro loader stores (HTML and `PageData`, which
 *   holds the route's messages and headings), rendered with the portal's own unified processor
 *   (the one astro.config.mjs configures), plus every sidebar tree and the printed messages;
 * - `check`: the `signpost check` result (findings and summary).
 * Compare two runs with `diff`; an empty diff means byte-identical output.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { createDocfxProcessor, loadSite, loadToc, renderPage } from '../plugins/remark-docfx/index.ts';
import { loadDialect } from '../src/check/dialect.ts';
import { runCheck } from '../src/check/run-check.ts';
import { LiveSite, toLiveBody } from '../src/site/live-site.ts';
import { markdownOptions } from '../src/site/markdown-options.ts';
import { rendererFrom, type ProcessorLike } from '../src/site/renderer.ts';

const out = process.argv[2] ?? '/tmp/signpost-fingerprint.txt';
const corpora = {
  'nl+da': fileURLToPath(new URL('../../shared/corpus/superoffice', import.meta.url)),
  en: fileURLToPath(new URL('../../shared/corpus/superoffice-en-2023', import.meta.url)),
};
const sha = (value: unknown) => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex');
const lines: string[] = [];

for (const [name, root] of Object.entries(corpora)) {
  const started = performance.now();
  const site = loadSite(root);
  const processor = createDocfxProcessor(site);
  for (const file of [...site.files.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (file.kind !== 'page' && file.kind !== 'stub' && file.kind !== 'toc') continue;
    lines.push(`${name} render ${file.path} ${sha(renderPage(site, file.path, { processor }))}`);
  }

  const siteProcessor = unified(markdownOptions({ contentRoot: root, base: '/', docfx: true })) as unknown as ProcessorLike;
  const { model } = await LiveSite.build(
    loadSite(root),
    async (scanned) => {
      const render = await rendererFrom(siteProcessor, scanned, { syntaxHighlight: false });
      return async (file, text) => toLiveBody(await render(text, pathToFileURL(`${scanned.root}${sep}${file.path.split('/').join(sep)}`), { ...file.meta }), file, scanned.root);
    },
    loadToc,
  );
  for (const route of model.routes) lines.push(`${name} site ${route.data.route} ${sha([route.html, route.data])}`);
  for (const tree of model.navigation) lines.push(`${name} nav ${tree.file} ${sha(tree)}`);
  lines.push(`${name} site-messages * ${sha(model.messages)}`);

  const check = await runCheck(root, await loadDialect());
  lines.push(`${name} check * ${sha({ ...check, root: undefined })}`);
  process.stderr.write(`${name}: ${lines.length} lines so far, ${Math.round(performance.now() - started)} ms\n`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stderr.write(`wrote ${lines.length} lines to ${out}\n`);
