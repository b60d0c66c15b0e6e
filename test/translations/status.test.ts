import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite, readRootText } from '../../plugins/remark-docfx/index.ts';
import { cellText, formatStatusJson, formatStatusText } from '../../src/translations/format.ts';
import { translationStatus } from '../../src/translations/status.ts';

const PAGES: Record<string, string> = {
  'en/a.md': '---\ntitle: A\ndate: 03.10.2024\n---\n# Import\n\nClick the Save button to keep your changes. Then close the window and continue with the next step.\n',
  'nl/a.md': '---\ntitle: A\ndate: 01.05.2024\n---\n# Import\n\nKlik op de knop Opslaan om de wijzigingen te bewaren. Daarna sluit u het venster en gaat u verder.\n',
  'da/a.md': '---\ntitle: A\ndate: 04.01.2024\n---\n# Import\n\nKlik på knappen Gem for at gemme ændringerne. Derefter lukker du vinduet og fortsætter med det næste trin.\n',
  'en/includes/step.md': 'Open the Import screen by clicking Import in the Navigator and choose the file you want to import.\n',
  'nl/includes/step.md': 'Open the Import screen by clicking Import in the Navigator and choose the file you want to import.\n',
  'en/only-english.md': '---\ntitle: B\n---\n# B\n\nShort.\n',
  'nl/moved.md': '---\nredirect_url: https://example.com/moved\n---\n',
  'en/same.md': '---\nredirect_url: https://example.com/same\n---\n',
  'nl/same.md': '---\nredirect_url: https://example.com/same\n---\n',
  'da/same.md': '---\nredirect_url: https://example.com/same\n---\n',
};

const root = mkdtempSync(join(tmpdir(), 'signpost-translations-'));
for (const [path, text] of Object.entries(PAGES)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

const site = loadSite(root);
const status = translationStatus(site, { readText: (path) => readRootText(site, path) ?? '' });
const row = (path: string) => status.rows.find((r) => r.path === path)!;

describe('translationStatus', () => {
  it('uses en as the source language when the tree has it', () => {
    expect(status.source).toBe('en');
    expect(translationStatus(site, { source: 'nl', readText: () => '' }).source).toBe('nl');
  });

  it('flags an include left in English inside the Dutch tree', () => {
    expect(row('includes/step.md').cells.nl).toMatchObject({ file: 'nl/includes/step.md', detected: 'en', issues: ['untranslated'] });
    expect(row('includes/step.md').cells.en.issues).toEqual([]);
  });

  it('flags translations older than the source date as stale, newer ones not', () => {
    expect(row('a.md').cells.nl.issues).toEqual(['stale']);
    expect(row('a.md').cells.da.issues).toEqual([]);
    expect(row('a.md').cells.nl.date).toBe('2024-01-05');
  });

  it('marks missing translations and never runs detection on stubs', () => {
    expect(row('only-english.md').cells.nl.issues).toEqual(['missing']);
    expect(row('only-english.md').cells.en.detected).toBe('unknown');
    expect(row('moved.md').cells.nl.detected).toBeUndefined();
    expect(row('moved.md').cells.en.issues).toEqual(['missing']);
  });

  it('totals the issues per locale', () => {
    expect(status.totals.nl).toEqual({ missing: 1, untranslated: 1, stale: 1 });
    expect(status.totals.da).toEqual({ missing: 3, untranslated: 0, stale: 0 });
  });
});

describe('status output', () => {
  it('prints only rows with issues unless asked for all', () => {
    const text = formatStatusText(status, false);
    expect(text).toMatch(/^page\s+da\s+en \(source\)\s+nl$/m);
    expect(text).toMatch(/^includes\/step\.md\s+missing\s+source\s+untranslated \(en\)$/m);
    expect(text).toContain('nl: 1 missing, 1 possibly untranslated, 1 stale');
    expect(text).not.toMatch(/^same\.md/m);
    expect(formatStatusText(status, true)).toMatch(/^same\.md\s+ok\s+source\s+ok$/m);
    expect(cellText({ issues: ['untranslated', 'stale'], detected: 'en' })).toBe('untranslated (en), stale');
  });

  it('emits JSON that parses back to the same matrix', () => {
    expect(JSON.parse(formatStatusJson(status))).toEqual(JSON.parse(JSON.stringify(status)));
  });
});
