// Astro configuration of the Signpost portal. Markdown goes through the unified processor (not
// Astro 7's default Sätteri) so the DocFX remark plugin runs; smartypants and syntax
// highlighting are off so pages match `signpost render`. Settings come from the environment
// (src/site/settings.ts): SIGNPOST_CONTENT, SIGNPOST_BASE, SIGNPOST_STRICT, SIGNPOST_OUT.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDocfx from './plugins/remark-docfx/index.ts';
import { rehypeExposeMessages } from './src/site/messages.ts';
import { signpost } from './src/site/integration.ts';
import { readSettings } from './src/site/settings.ts';

const settings = readSettings(process.env, process.cwd());

export default defineConfig({
  site: process.env.SIGNPOST_SITE || 'http://localhost:4321',
  base: settings.base,
  outDir: settings.outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      gfm: true,
      smartypants: false,
      // `site: null` is the slot the loader fills with the scanned content root (src/site/renderer.ts).
      remarkPlugins: [[remarkDocfx, { site: null }]],
      rehypePlugins: [rehypeExposeMessages],
    }),
  },
  integrations: [signpost(settings)],
});
