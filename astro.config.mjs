// Astro configuration of the Signpost portal. Markdown goes through the unified processor (not
// Astro 7's default Sätteri) so the DocFX remark plugin runs; smartypants and syntax
// highlighting are off so pages match `signpost render`. Settings come from the environment
// (src/site/build-settings.ts): SIGNPOST_CONTENT, SIGNPOST_BASE, SIGNPOST_STRICT, SIGNPOST_OUT.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { markdownOptions } from './src/site/markdown-options.ts';
import { signpost } from './src/site/integration.ts';
import { DEFAULT_SITE, readSettings } from './src/site/build-settings.ts';
import { SITE_CSP_DIRECTIVES } from './src/site/content-security-policy.ts';

const settings = readSettings(process.env, process.cwd());
// SIGNPOST_DOCFX=off leaves the DocFX plugins out (same loader and processor otherwise): the
// baseline bench/site.ts compares against. Never set it for a real build.
const docfx = process.env.SIGNPOST_DOCFX !== 'off';

export default defineConfig({
  site: process.env.SIGNPOST_SITE || DEFAULT_SITE,
  base: settings.base,
  outDir: settings.outDir,
  // Separate caches let tests build several fixture sites at once without sharing a data store.
  cacheDir: process.env.SIGNPOST_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Pages are generated a few at a time: writing each page's file is mostly waiting on the disk
  // (src/site/file-jobs.ts), and overlapping those waits cut page generation by about a third.
  build: { format: 'directory', concurrency: 8 },
  devToolbar: { enabled: false },
  // The integration empties the output folder itself, or — in an incremental build — keeps the
  // files the previous build left that this one would write the same (src/site/incremental/output-ledger.ts).
  vite: { build: { emptyOutDir: false } },
  // A Content-Security-Policy `<meta>` on every page, with hashes of Astro's own inline scripts
  // and styles (src/site/content-security-policy.ts; issue 17: page HTML never runs script).
  security: { csp: { directives: [...SITE_CSP_DIRECTIVES] } },
  markdown: {
    syntaxHighlight: false,
    processor: unified(markdownOptions({ contentRoot: settings.contentRoot, base: settings.base, docfx })),
  },
  // `.mdx` support: @astrojs/mdx compiles MDX with `markdown.processor` above (the DocFX dialect
  // included); the loader compiles the content root's `.mdx` pages through it (src/site/mdx-html.ts).
  integrations: [mdx(), signpost(settings)],
});
