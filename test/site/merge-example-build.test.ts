/**
 * The static merge-example table inside a real `astro build` explains its outcome in the page
 * language (issue 12): the key and value it matched on and the record, and the field it kept.
 * This also proves the simulators' i18next catalogues load under Astro's config loader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, writeContentTree } from '../e2e/support/fixture-site.ts';
it('a Dutch merge example names the match and the kept street', async () => {
  const built = await buildSite({ contentRoot: writeContentTree({
    'nl/page.md': '---\ntitle: Voorbeeld\n---\n\n# Voorbeeld\n\n:::merge-example{company-action="merge"}\n| company.name | company.street |\n|---|---|\n| ACME | Hoofdstraat 1 |\n\n| company.name | company.street | company.vatNo |\n|---|---|---|\n| ACME | Broadway 123 | 11223344 |\n:::\n',
  }) });
  expect(built.status, built.output).toBe(0);
  const page = readFileSync(join(built.outDir, 'nl/page', 'index.html'), 'utf8');
  expect(page).toContain('Gevonden op Bedrijfsnaam = ACME → bedrijf 1');
  expect(page).toContain('Behouden: Straat Hoofdstraat 1');
}, 600_000);
