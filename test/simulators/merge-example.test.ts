import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { mergeExample } from '../../src/simulators/merge-example.ts';
import { renderWithDirectives } from './render-directive.ts';

// The ACME example of import-rules.md §15, written as a content writer would.
const acme = (attributes: string, importName = 'ACME Inc.') => `# Duplicates

:::merge-example{${attributes}}
ACME is already in the CRM.

| company.name | company.street | company.vatNo | company.code |
|---|---|---|---|
| ACME Inc. | Main street 456 | | ACME1 |

| company.name | company.street | company.vatNo | company.code |
|---|---|---|---|
| ${importName} | Broadway 123 | 11223344 | |
:::

After the example.
`;

async function render(markdown: string, lang = 'en') {
  const { html, reported } = await renderWithDirectives(markdown, { 'merge-example': mergeExample }, lang);
  return { html, reported, root: parse(html) };
}

function outcomeRows(root: ReturnType<typeof parse>) {
  return root.querySelectorAll('[data-merge-example] table.signpost-merge-example__table tbody tr').map((tr) => ({
    outcome: tr.getAttribute('data-outcome'),
    // A list cell (changes, explanation) reads as its items joined by ' | '.
    cells: tr.querySelectorAll('td').map((td) => {
      const items = td.querySelectorAll('li');
      return items.length ? items.map((li) => li.text.trim()).join(' | ') : td.text.trim();
    }),
  }));
}

describe(':::merge-example with the corrected ACME case (§15)', () => {
  it('merge fills only the empty VAT number; the address stays, with no script on the page', async () => {
    const { html, root, reported } = await render(acme('company-match="name" company-action="merge"'));
    expect(reported).toEqual([]);
    expect(html).not.toContain('<script');
    expect(root.querySelector('[data-merge-example] figcaption')?.text).toBe('ACME is already in the CRM.');
    const rows = outcomeRows(root);
    expect(rows).toEqual([{ outcome: 'updated', cells: ['1', 'Company', 'Updated', '1', 'VAT number: (empty) → 11223344',
      'Matched on Company name = ACME Inc. → company 1 | Kept: Street address Main street 456 (already filled; the file has Broadway 123)'] }]);
    expect(html).not.toContain('Main street 456 → Broadway 123');
    expect(root.text).toContain('After the example.');
  });

  it('replace overwrites the address and keeps the code it has no value for', async () => {
    const { root } = await render(acme('company-match="name" company-action="replace"'));
    const [row] = outcomeRows(root);
    expect(row.outcome).toBe('updated');
    expect(row.cells[4]).toContain('Street address: Main street 456 → Broadway 123');
    expect(row.cells[4]).toContain('VAT number: (empty) → 11223344');
    expect(row.cells[4]).not.toContain('Code');
  });

  it('skip leaves the record untouched, in Danish', async () => {
    const { root } = await render(acme('company-match="name" company-action="skip"'), 'da');
    expect(outcomeRows(root)).toEqual([
      { outcome: 'skipped', cells: ['1', 'Firma', 'Udeladt', '1', '', 'Fundet på Firmanavn = ACME Inc. → firma 1 | Ikke importeret: firma 1 findes allerede, og handlingen er “Udelad”'] },
    ]);
    expect(root.querySelector('table.signpost-merge-example__table thead th')?.text).toBe('Række');
  });

  it('the Dutch table without the final dot finds no duplicate and creates a second company', async () => {
    const { root } = await render(acme('company-match="name" company-action="merge"', 'ACME Inc'), 'nl');
    const [row] = outcomeRows(root);
    expect(row.outcome).toBe('created');
    expect(row.cells.slice(0, 4)).toEqual(['1', 'Bedrijf', 'Aangemaakt', '2']);
    expect(row.cells[4]).toContain('Bedrijfsnaam: (leeg) → ACME Inc');
  });
});

describe(':::merge-example problems are positioned diagnostics, not broken pages', () => {
  it('reports an unknown attribute value at the directive line and shows the reason', async () => {
    const { root, reported } = await render(acme('company-action="merge-all"'));
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ ruleId: 'signpost-directive-invalid', line: 3 });
    expect(reported[0].message).toContain('`merge-all`');
    expect(root.querySelector('[data-merge-example]')).toBeNull();
    expect(root.querySelector('[data-merge-example-error]')?.text).toContain('merge-all');
    expect(root.text).toContain('After the example.');
  });

  it('reports a missing second table', async () => {
    const markdown = ':::merge-example{}\n| company.name |\n|---|\n| ACME |\n:::\n';
    const { root, reported } = await render(markdown);
    expect(reported[0].message).toContain('found 1');
    expect(root.querySelector('[data-merge-example-error]')).not.toBeNull();
  });

  it('reports a column that is not a field id', async () => {
    const markdown = ':::merge-example{}\n| Bedrijf |\n|---|\n| ACME |\n\n| company.name |\n|---|\n| ACME |\n:::\n';
    const { reported } = await render(markdown);
    expect(reported[0].message).toContain('`Bedrijf`');
  });

  it('shows the engine refusal (an unknown field) instead of an outcome', async () => {
    const markdown = ':::merge-example{}\n| company.name |\n|---|\n| ACME |\n\n| company.name | company.colour |\n|---|---|\n| ACME | red |\n:::\n';
    const { root, reported } = await render(markdown);
    expect(reported[0].message).toContain('UNKNOWN_FIELD company.colour');
    expect(root.querySelector('[data-merge-example-error]')?.text).toContain('UNKNOWN_FIELD');
  });
});

describe(':::merge-example with persons and products', () => {
  it('links a new person to the existing company and creates a company from a person name', async () => {
    const markdown = `:::merge-example{company-match="name" company-action="merge" if-no-company-name="create-from-person"}
| company.name |
|---|
| Bakkerij Verhoeven |

| company.name | person.firstName | person.lastName |
|---|---|---|
| | Sanne | de Vries |
| Bakkerij Verhoeven | Ruud | Koster |
:::
`;
    const { root } = await render(markdown, 'nl');
    const rows = outcomeRows(root).map((row) => row.cells.slice(0, 4));
    expect(rows).toEqual([
      ['1', 'Bedrijf', 'Aangemaakt', '2'],
      ['1', 'Persoon', 'Aangemaakt', '1'],
      ['2', 'Bedrijf', 'Ongewijzigd', '1'],
      ['2', 'Persoon', 'Aangemaakt', '2'],
    ]);
  });

  it('shows the privacy a created person receives, and none for a person who already existed', async () => {
    const markdown = `:::merge-example{company-match="name" company-action="merge" person-match="email" person-action="merge"}
| company.name | person.firstName | person.lastName | person.email |
|---|---|---|---|
| Bakkerij Verhoeven | Sanne | de Vries | sanne@verhoeven.example |

| company.name | person.firstName | person.lastName | person.email | person.mobile |
|---|---|---|---|---|
| Bakkerij Verhoeven | Sanne | de Vries | sanne@verhoeven.example | 06 12345678 |
| Bakkerij Verhoeven | Ruud | Koster | ruud@verhoeven.example | |
:::
`;
    const { root } = await render(markdown, 'nl');
    const persons = outcomeRows(root).filter((row) => row.cells[1] === 'Persoon');
    expect(persons.map((row) => row.cells[2])).toEqual(['Bijgewerkt', 'Aangemaakt']);
    expect(persons[0].cells[4]).not.toContain('Rechtsgrondslag');
    const created = root.querySelectorAll('tr[data-entity="person"][data-outcome="created"] li').map((li) => li.text);
    expect(created).toEqual(expect.arrayContaining(['Doel: Verkopen en service', 'Rechtsgrondslag: Gerechtvaardigd belang', 'Toestemmingsbron: Importeren']));
  });

  it('replaces a product price from a Dutch decimal', async () => {
    const markdown = `:::merge-example{target="products" product-match="code" product-action="replace"}
| product.code | product.name | product.listPrice |
|---|---|---|
| CV-100 | Ketel onderhoud | 139 |

| product.code | product.name | product.listPrice |
|---|---|---|
| CV-100 | Ketel onderhoud | 149,00 |
| CV-210 | Thermostaatkraan | 24,95 |
:::
`;
    const { root, reported } = await render(markdown);
    expect(reported).toEqual([]);
    const rows = outcomeRows(root);
    expect(rows.map((row) => row.outcome)).toEqual(['updated', 'created']);
    expect(rows[0].cells[4]).toBe('List price: 139 → 149');
  });
});
