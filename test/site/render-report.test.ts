/**
 * What the portal's renderer returns beside a page's HTML (src/site/render-outbox.ts): its
 * messages, the files its render read, the site URLs it links to and — only when asked — its
 * Markdown twin, as data of the render result; nothing travels through the front matter.
 */
import { readFileSync, rmSync } from 'node:fs';
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { markdownOptions } from '../../src/site/markdown-options.ts';
import { rendererFrom, type ProcessorLike } from '../../src/site/renderer.ts';
import { writeContentTree } from '../e2e/support/fixture-site.ts';

const root = writeContentTree({
  'nl/a.md': '---\ntitle: A\n---\n\n# A\n\n[!include[stap](includes/stap.md)]\n\nZie [B](b.md) en [kapot](weg.md).\n',
  'nl/b.md': '---\ntitle: B\n---\n\n# B\n\nTekst.\n',
  'nl/includes/stap.md': 'Een stap met een [link naar B](../b.md).\n',
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const site = loadSite(root);
const render = async (path: string, twins?: { origin: string; base: string }) => {
  const renderer = await rendererFrom(unified(markdownOptions({ contentRoot: root, base: '/help/', docfx: true })) as unknown as ProcessorLike, site, { syntaxHighlight: false }, { twins });
  const meta = { ...site.files.get(path)!.meta };
  const file = `${root}${sep}${path.split('/').join(sep)}`;
  return { result: await renderer(readFileSync(file, 'utf8'), pathToFileURL(file), meta), meta };
};

describe('the render report', () => {
  it('returns the files read, the links and the messages as data, and leaves the front matter alone', async () => {
    const { result, meta } = await render('nl/a.md');
    expect(result.reads).toEqual(['nl/includes/stap.md']);
    expect(result.links).toEqual(['/nl/b/']);
    expect(result.messages.map((m) => m.ruleId)).toContain('link-broken');
    expect(result.metadata.frontmatter).toEqual(meta);
    expect(result.twin).toBeUndefined();
  });

  it('carries the Markdown twin only when the renderer is asked for twins', async () => {
    const { result } = await render('nl/a.md', { origin: 'https://help.example', base: '/help/' });
    expect(result.twin).toContain('Een stap met een [link naar B](https://help.example/help/nl/b/)');
    expect(result.twin).not.toContain('[!include');
  });
});
