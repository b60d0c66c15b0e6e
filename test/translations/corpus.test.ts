import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSite, readRootText } from '../../plugins/remark-docfx/index.ts';
import { translationStatus } from '../../src/translations/status.ts';

const corpus = fileURLToPath(new URL('../../../shared/corpus/superoffice/', import.meta.url));

describe.skipIf(!existsSync(corpus))('translation status of the SuperOffice nl+da corpus', () => {
  it('lists the English include files of the Dutch import section as possibly untranslated', () => {
    const site = loadSite(corpus);
    const status = translationStatus(site, { readText: (path) => readRootText(site, path) ?? '' });
    const englishInNl = status.rows.filter((r) => r.cells.nl?.issues.includes('untranslated') && r.cells.nl.detected === 'en').map((r) => r.path);
    // Every file of nl/admin/import/includes/ is English text (spec §19 observations).
    const importIncludes = [...site.files.keys()].filter((p) => p.startsWith('nl/admin/import/includes/')).map((p) => p.slice(3));
    expect(importIncludes.length).toBeGreaterThan(5);
    for (const path of importIncludes) expect(englishInNl).toContain(path);
    // Detection must not flood: the rest of the Dutch tree is Dutch.
    expect(englishInNl.length).toBeLessThan(importIncludes.length + 5);
    expect(status.source).toBe('da');
  });
});
