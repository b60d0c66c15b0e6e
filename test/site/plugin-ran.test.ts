/**
 * Astro 7 renders Markdown with Sätteri unless told otherwise; this builds a small site and
 * proves the DocFX plugin ran inside Astro's unified processor (an alert hook, an expanded
 * include, a stub's redirect element) and that smartypants stayed off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, writeContentTree, type BuiltSite } from '../e2e/support/fixture-site.ts';

let built: BuiltSite;
const html = (route: string) => readFileSync(join(built.outDir, route, 'index.html'), 'utf8');

beforeAll(async () => {
  built = await buildSite({
    contentRoot: writeContentTree({
      'en/page.md': '---\ntitle: Plugin check\n---\n\n# Plugin check\n\n> [!TIP]\n> Use "straight quotes" -- as written.\n\n[!include[part](includes/part.md)]\n',
      'en/includes/part.md': 'Included sentence from the include file.\n',
      'en/old.md': '---\nredirect_url: https://example.com/new\n---\n',
    }),
  });
}, 300_000);

describe('the DocFX plugin inside astro build', () => {
  it('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('turns an alert into the data-alert hook with its localized title', () => {
    const page = html('en/page');
    expect(page).toMatch(/data-alert="tip"/);
    expect(page).toMatch(/data-alert-title[^>]*>\s*Tip\s*</);
    expect(page).not.toMatch(/<blockquote/);
  });

  it('expands the include', () => {
    expect(html('en/page')).toContain('Included sentence from the include file.');
    expect(html('en/page')).not.toContain('[!include');
  });

  it('keeps straight quotes and double hyphens (no smartypants)', () => {
    expect(html('en/page')).toContain('"straight quotes" -- as written');
  });

  it('serves the stub as a redirect page to its redirect_url', () => {
    const stub = html('en/old');
    expect(stub).toContain('data-redirect="https://example.com/new"');
    expect(stub).toMatch(/<meta http-equiv="refresh" content="0; url=https:\/\/example.com\/new"/);
  });
});
