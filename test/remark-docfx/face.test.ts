/**
 * The plugin's face (plugins/remark-docfx/index.ts): its exact exports, and the `docfx()`
 * preset — the one ordered list of remark and rehype plugins that both `createDocfxProcessor`
 * and the Astro site's processor are built from.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as face from '../../plugins/remark-docfx/index.ts';
import remarkDocfx from '../../plugins/remark-docfx/lib/remark-docfx.ts';
import { rehypeRawWhenNeeded } from '../../plugins/remark-docfx/lib/raw-when-needed.ts';
import { rehypeDocfx } from '../../plugins/remark-docfx/lib/rehype-docfx.ts';
import { markdownOptions } from '../../src/site/markdown-options.ts';

describe('plugins/remark-docfx/index.ts', () => {
  it('exports exactly the documented entry points', () => {
    expect(Object.keys(face).sort()).toEqual([
      'ALERT_KINDS',
      'LINK_URL_PROPERTIES',
      'REFERENCE_URL_ATTRIBUTES',
      'RULE_IDS',
      'SANITIZE_SCHEMA',
      'URL_ATTRIBUTES',
      'alertTitle',
      'checkPath',
      'classifyTocHref',
      'createDocfxMdastProcessor',
      'createDocfxProcessor',
      'createDocfxSanitiseCheck',
      'default',
      'docfx',
      'docfxMessagesOf',
      'findFrontMatter',
      'frontMatterKeyLine',
      'guardOf',
      'indexFile',
      'isRuleId',
      'loadSite',
      'loadToc',
      'pageFile',
      'readRootText',
      'rehypeRawWhenNeeded',
      'renderLanding',
      'renderPage',
      'renderToc',
      'repairLine',
      'resolvePath',
      'safeDecode',
      'serveWorkerPaths',
      'startWorkerPool',
      'walkRoot',
    ]);
    expect(face.default).toBe(remarkDocfx);
  });
});

describe('docfx() preset', () => {
  it('lists remarkDocfx with the very options object given, then raw HTML and the sanitiser', () => {
    const options = { root: 'content' };
    const preset = face.docfx(options);
    expect(preset.remarkPlugins).toEqual([[remarkDocfx, options]]);
    expect((preset.remarkPlugins[0] as unknown[])[1]).toBe(options);
    expect(preset.rehypePlugins).toEqual([rehypeRawWhenNeeded, rehypeDocfx]);
  });

  it('is what the site processor starts from, in the same order', () => {
    const contentRoot = join(fileURLToPath(new URL('../fixtures/check-tree', import.meta.url)));
    const options = markdownOptions({ contentRoot, base: '/', docfx: true });
    const [[plugin, pluginOptions]] = options.remarkPlugins as [unknown, { root: string }][];
    expect(plugin).toBe(remarkDocfx);
    expect(pluginOptions.root).toBe(contentRoot);
    expect(options.rehypePlugins?.slice(0, 2)).toEqual([rehypeRawWhenNeeded, rehypeDocfx]);
  });
});

describe('URL attributes (one list for the sanitiser, the site and the checks)', () => {
  it('derives each user\'s list from the one table', () => {
    expect(face.LINK_URL_PROPERTIES).toEqual(['src', 'href', 'poster']);
    expect(face.REFERENCE_URL_ATTRIBUTES).toEqual(['src', 'href', 'poster', 'data', 'srcset', 'data-lightbox']);
    expect(face.URL_ATTRIBUTES.filter((entry) => entry.scriptable).map((entry) => entry.property)).toEqual(['src', 'href', 'action', 'formAction', 'xLinkHref']);
  });
});
