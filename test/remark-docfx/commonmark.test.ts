/**
 * CommonMark safety: for every example of the `commonmark-spec` package, the page pipeline
 * with the DocFX plugin renders the same HTML as the bare pipeline (remark-parse + remark-gfm →
 * remark-rehype → rehype-raw → rehype-stringify). Normalised on both sides: heading ids (§8
 * adds them to every heading) and HTML comments (§15: may be kept or dropped).
 * Excluded are only examples that really contain dialect syntax; each is listed with the
 * construct, and must really differ (so the list cannot go stale).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import spec from 'commonmark-spec';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocfxProcessor } from '../../plugins/remark-docfx/lib/pipeline.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';

const FRONT_MATTER = 'a first line `---` with a later `---` line is front matter (§3.1)';
const SANITISED = '`<script>` / `<style>` are removed from raw HTML (§15)';
const ALLOW_LIST = 'elements, attributes and URL schemes outside the sanitiser allow-list are removed, schemes lower-cased (§15, issue 17)';
const RELATIVE_LINK = 'relative link target resolved against the (empty) content root: broken (§7.2)';
const RELATIVE_IMAGE = 'relative image target resolved against the content root: missing (§7.2)';

/** Example number → the dialect construct that makes its output differ. */
const DIALECT_EXAMPLES: Record<number, string> = {
  96: FRONT_MATTER, 98: FRONT_MATTER,
  170: SANITISED, 172: SANITISED, 173: SANITISED, 176: SANITISED, 178: SANITISED,
  194: RELATIVE_LINK, 195: RELATIVE_LINK, 203: RELATIVE_LINK, 204: RELATIVE_LINK, 484: RELATIVE_LINK,
  492: RELATIVE_LINK, 495: RELATIVE_LINK, 496: RELATIVE_LINK, 498: RELATIVE_LINK, 499: RELATIVE_LINK,
  500: RELATIVE_LINK, 502: RELATIVE_LINK, 503: RELATIVE_LINK, 504: RELATIVE_LINK, 522: RELATIVE_LINK,
  150: ALLOW_LIST, 163: ALLOW_LIST, 169: ALLOW_LIST, 171: ALLOW_LIST, 201: ALLOW_LIST, 491: ALLOW_LIST, 524: ALLOW_LIST,
  536: ALLOW_LIST, 597: ALLOW_LIST, 598: ALLOW_LIST, 599: ALLOW_LIST, 601: ALLOW_LIST, 613: ALLOW_LIST, 614: ALLOW_LIST,
  615: ALLOW_LIST, 616: ALLOW_LIST, 617: ALLOW_LIST,
  520: RELATIVE_IMAGE, 573: RELATIVE_IMAGE, 576: RELATIVE_IMAGE, 577: RELATIVE_IMAGE, 578: RELATIVE_IMAGE, 580: RELATIVE_IMAGE,
};

const root = mkdtempSync(join(tmpdir(), 'docfx-commonmark-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const docfx = createDocfxProcessor(loadSite(root));
const bare = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify);
const normalise = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<h[1-6]) id="[^"]*"/g, '$1');

describe('CommonMark examples render as without the plugin', () => {
  const examples = (spec.tests as { markdown: string; number: number; section: string }[]).map((example) => ({
    ...example,
    markdown: example.markdown.replace(/→/g, '\t'), // the spec file shows tabs as →
  }));
  it('has the spec examples', () => expect(examples.length).toBeGreaterThan(600));
  for (const example of examples) {
    it(`example ${example.number} (${example.section})`, () => {
      const file = new VFile({ value: example.markdown });
      file.data.docfxPath = 'en/page.md';
      const withPlugin = normalise(String(docfx.processSync(file)));
      const without = normalise(String(bare.processSync(example.markdown)));
      if (DIALECT_EXAMPLES[example.number]) expect(withPlugin, DIALECT_EXAMPLES[example.number]).not.toBe(without);
      else expect(withPlugin).toBe(without);
    });
  }
});
