/**
 * Fixture runner: every folder of fixtures/ is a small content root holding one `input.md`
 * (anywhere below it) plus hand-written `output.html` (the exact rendered body) and
 * `messages.json` (`{ruleId, file, line, messageIncludes?}` — compared as a set).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../plugins/remark-docfx/lib/render.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));

interface ExpectedMessage {
  ruleId: string;
  file: string;
  line: number;
  messageIncludes?: string;
}

const key = (message: { ruleId: string; file: string; line: number }) => `${message.file}:${message.line} ${message.ruleId}`;

describe('remark-docfx fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, () => {
      const root = `${fixtures}${name}`;
      const site = loadSite(root);
      const entry = [...site.files.keys()].find((path) => path.endsWith('/input.md'));
      expect(entry, 'fixture has an input.md').toBeDefined();
      const page = renderPage(site, entry!);
      const expectedHtml = readFileSync(`${root}/output.html`, 'utf8');
      expect(page.html.trim()).toBe(expectedHtml.trim());
      const expected = JSON.parse(readFileSync(`${root}/messages.json`, 'utf8')) as ExpectedMessage[];
      expect(page.messages.map(key).sort()).toEqual(expected.map(key).sort());
      for (const message of expected.filter((item) => item.messageIncludes)) {
        const actual = page.messages.find((item) => key(item) === key(message));
        expect(actual?.message).toContain(message.messageIncludes);
      }
    });
  }
});
