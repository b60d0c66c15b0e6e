/**
 * The writers' translation-status page: built only with SIGNPOST_STATUS=1, one per locale,
 * showing the matrix with links to the pages that need work.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite, writeContentTree, type BuiltSite } from './support/fixture-site.ts';

const page = (title: string, date: string, body: string) => `---\ntitle: ${title}\nuid: status-${title.toLowerCase().replace(/\W+/g, '-')}\ndate: ${date}\n---\n\n# ${title}\n\n${body}\n`;
const FILES: Record<string, string> = {
  'en/index.md': page('Welcome', '05.01.2024', 'Start page of the help for people who import their customer data.'),
  'nl/index.md': page('Welkom', '06.01.2024', 'Startpagina van de hulp voor mensen die hun klantgegevens importeren.'),
  'en/import.md': page('Import', '05.20.2024', 'Click the Save button to keep your changes, then close the window and continue with the next step.'),
  'nl/import.md': page('Importeren', '02.01.2024', 'Klik op de knop Opslaan om de wijzigingen te bewaren en sluit daarna het venster om verder te gaan.'),
  'en/only-english.md': page('Only English', '05.01.2024', 'This page exists only in English and still waits for its Dutch translation.'),
  'nl/includes/step.md': 'Open the Import screen by clicking Import in the Navigator and choose the file you want to import.\n',
};

let built: BuiltSite;
let plain: BuiltSite;
beforeAll(async () => {
  const contentRoot = writeContentTree(FILES);
  built = await buildSite({ contentRoot, env: { SIGNPOST_STATUS: '1' } });
  plain = await buildSite({ contentRoot, env: { SIGNPOST_STATUS: '' } });
});
afterAll(() => {
  rmSync(built.contentRoot, { recursive: true, force: true });
  for (const site of [built, plain]) rmSync(join(site.outDir, '..'), { recursive: true, force: true });
});

describe('translation-status page', () => {
  it('is built for every locale', () => {
    expect(built.status, built.output).toBe(0);
    expect(existsSync(join(built.outDir, 'en/translation-status/index.html'))).toBe(true);
    expect(existsSync(join(built.outDir, 'nl/translation-status/index.html'))).toBe(true);
  });

  it('is absent from a normal build', () => {
    expect(plain.status, plain.output).toBe(0);
    expect(existsSync(join(plain.outDir, 'nl/import/index.html'))).toBe(true);
    expect(existsSync(join(plain.outDir, 'nl/translation-status'))).toBe(false);
  });

  it('shows missing, possibly untranslated and stale entries with links', () => {
    const html = parse(readFileSync(join(built.outDir, 'nl/translation-status/index.html'), 'utf8'));
    const rows = html.querySelectorAll('[data-translation-status] tbody tr');
    const cells = new Map(rows.map((row) => [row.querySelector('th')!.text.trim(), row.querySelectorAll('td').map((td) => td.text.trim())]));
    // Columns: en (source), nl; the nl page speaks Dutch.
    expect(cells.get('import.md')).toEqual(['bron', 'verouderd']);
    expect(cells.get('only-english.md')).toEqual(['bron', 'ontbreekt']);
    expect(cells.get('includes/step.md')).toEqual(['ontbreekt', 'mogelijk onvertaald (en)']);
    expect(html.querySelector('h1')?.text).toBe('Vertaalstatus');
    expect(html.querySelector('[data-translation-status] thead')?.text).toContain('en (bron)');
    expect(cells.has('index.md')).toBe(false);
    const stale = rows.find((row) => row.querySelector('th')!.text.trim() === 'import.md')!;
    expect(stale.querySelector('td[data-issues="stale"] a')?.getAttribute('href')).toBe('/nl/import/');
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
