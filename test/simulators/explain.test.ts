/**
 * The explanation formatter (src/simulators/explain.ts) in nl, da and en: what a trainer reads
 * under a row — the key and value it matched on and the record, the fields kept and dropped, the
 * reason of a skip or error, warnings with plurals — with product labels and Intl numbers, and
 * never a dotted key or an UPPER_CASE code.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type SimulationSuccess } from '../../src/engine/index.ts';
import { translatorFor } from '../../src/simulators/catalogues.ts';
import { explainEntity, explainRow, explainWarnings, summaryWarnings } from '../../src/simulators/explain.ts';
import type { EntityView, RowView } from '../../src/simulators/output-view.ts';

const run = (input: unknown): SimulationSuccess => {
  const output = simulate(input);
  if (!output.ok) throw new Error(JSON.stringify(output.errors));
  return output;
};
const texts = (entity: unknown, lang: string, key = 'company', written = true) =>
  explainEntity(key, entity as EntityView, translatorFor(lang), lang, { written }).map((part) => part.text);

const acme = run({
  flavour: 'superoffice',
  settings: { company: { match: 'name', action: 'merge' }, person: { match: 'none' } },
  existing: { companies: [{ id: 1, name: 'ACME Inc.', street: 'Main street 456', phone: ['+31 20 1234567'] }] },
  rows: [{ 'company.name': 'ACME Inc.', 'company.street': 'Broadway 123', 'company.vatNo': '11223344' }],
}).rows[0].company;

describe('a merged ACME row', () => {
  it.each([
    ['en', ['Matched on Company name = ACME Inc. → company 1', 'VAT number: (empty) → 11223344', 'Kept: Street address Main street 456 (already filled; the file has Broadway 123)']],
    ['nl', ['Gevonden op Bedrijfsnaam = ACME Inc. → bedrijf 1', 'BTW-nummer: (leeg) → 11223344', 'Behouden: Straat Main street 456 (al gevuld; het bestand heeft Broadway 123)']],
    ['da', ['Fundet på Firmanavn = ACME Inc. → firma 1']],
  ])('%s: matched key and value, the written VAT number, the kept street', (lang, expected) => {
    const parts = texts(acme, lang);
    for (const line of expected) expect(parts).toContain(line);
  });

  it('without the written fields for a table that has its own changes column', () => {
    expect(explainEntity('company', acme as EntityView, translatorFor('en'), 'en', { written: false }).map((p) => p.kind)).toEqual(['match', 'kept']);
  });
});

describe('dropped list values, errors and skips', () => {
  const listsRun = (policy: string, defaults = {}) => run({
    flavour: 'superoffice',
    settings: { company: { match: 'name', action: 'merge' }, person: { match: 'none' }, lists: { category: policy } },
    preferences: { defaults },
    existing: { lists: { category: [{ id: 1, name: 'Klant' }] } },
    rows: [{ 'company.name': 'Holm', 'company.category': 'Foo' }],
  }).rows[0].company;

  it.each([
    ['nl', 'Weggelaten: Categorie “Foo” (staat niet in de lijst)'],
    ['da', 'Udeladt: Kategori “Foo” (findes ikke i listen)'],
    ['en', 'Dropped: Category “Foo” (not in the list)'],
  ])('%s: a dropped category', (lang, line) => {
    expect(texts(listsRun('blank'), lang)).toContain(line);
  });

  it('a category replaced by the default names both', () => {
    expect(texts(listsRun('default', { category: 'Klant' }), 'en')).toContain('Category “Foo” is not in the list: the default “Klant” is used');
  });

  it.each([
    ['en', 'Not imported: company 1 already exists and the action is “Skip - do not import”'],
    ['nl', 'Niet geïmporteerd: bedrijf 1 bestaat al en de actie is “Overslaan, niet importeren”'],
    ['da', 'Ikke importeret: firma 1 findes allerede, og handlingen er “Udelad”'],
  ])('%s: a skipped duplicate names the record and the action label', (lang, line) => {
    const skipped = run({
      flavour: 'superoffice', settings: { company: { match: 'name', action: 'skip' }, person: { match: 'none' } },
      existing: { companies: [{ id: 1, name: 'Holm' }] }, rows: [{ 'company.name': 'holm' }],
    }).rows[0].company;
    expect(texts(skipped, lang)).toEqual([texts(skipped, lang)[0], line]);
  });

  it.each([
    ['en', 'Hour type code = H1'],
  ])('an Exact Online number error names the field and the cell (%s)', (lang) => {
    const output = run({ flavour: 'exact-online', settings: { exact: { import: 'hourTypes' } }, rows: [{ 'hourType.code': 'H1', 'hourType.name': 'Werk', 'hourType.rate': 'twaalf' }] });
    expect(texts(output.rows[0].hourType, lang, 'hourType')).toEqual(['Rate “twaalf” is not a number']);
    expect(texts(output.rows[0].hourType, 'nl', 'hourType')).toEqual(['Tarief “twaalf” is geen getal']);
    expect(texts(output.rows[0].hourType, 'da', 'hourType')).toEqual(['Sats “twaalf” er ikke et tal'.replace('Sats', translatorFor('da')('simulator.field.hourType.rate'))]);
  });

  it('an unknown id names the entity and the id looked up', () => {
    const output = run({ flavour: 'superoffice', settings: { company: { match: 'id', action: 'merge' }, person: { match: 'none' } },
      existing: { companies: [{ id: 1, name: 'Holm' }] }, rows: [{ 'company.id': '77', 'company.name': 'X' }] });
    expect(texts(output.rows[0].company, 'nl')).toEqual(['Er is geen bedrijf met ID 77']);
  });

  it('a created record says which key found nothing, or that the key was empty, or that no lookup was made', () => {
    const created = (action: string, name: string, vatNo: string) => run({
      flavour: 'superoffice', settings: { company: { match: 'vatNo', action }, person: { match: 'none' } },
      existing: { companies: [{ id: 1, name: 'Holm', vatNo: 'DK1' }] }, rows: [{ 'company.name': name, 'company.vatNo': vatNo }],
    }).rows[0].company;
    expect(texts(created('merge', 'Smedje', 'DK2'), 'en', 'company', false)).toEqual(['No existing company has VAT number = DK2', 'Added as new company 2']);
    expect(texts(created('merge', 'Smedje', ''), 'en', 'company', false)).toEqual(['VAT number is empty, so no duplicate can be found', 'Added as new company 2']);
    expect(texts(created('add', 'Smedje', 'DK1'), 'en', 'company', false)).toEqual(['Added as a new company without looking for a duplicate']);
  });
});

describe('warnings, plurals and numbers', () => {
  const output = run({
    flavour: 'superoffice', settings: { company: { match: 'name', action: 'merge' }, person: { match: 'none' } },
    existing: { companies: [{ id: 7, name: 'Holm' }, { id: 3, name: 'holm' }, { id: 12345, name: 'HOLM' }] },
    rows: [{ 'company.name': 'Holm', 'company.city': 'Ry' }],
  });

  it.each([
    ['en', '3 records (company) have this key (IDs 3, 7, and 12345); the lowest ID, 3, is used'],
    ['nl', '3 records (bedrijf) hebben deze sleutel (ID’s 3, 7 en 12345); het laagste ID, 3, wordt gebruikt'],
    ['da', '3 poster (firma) har denne nøgle (id 3, 7 og 12345); det laveste id, 3, bruges'],
  ])('%s: MULTIPLE_MATCHES on the row, ids listed with Intl.ListFormat', (lang, line) => {
    expect(explainWarnings(output.rows[0] as RowView, translatorFor(lang), lang).map((p) => p.text)).toEqual([line]);
  });

  it.each([
    ['en', 1, '1 row matched more than one existing record; the lowest ID was used'],
    ['en', 2500, '2,500 rows matched more than one existing record; the lowest ID was used'],
    ['nl', 1, '1 rij vond meer dan één bestaand record; het laagste ID is gebruikt'],
    ['nl', 2500, '2.500 rijen vonden meer dan één bestaand record; het laagste ID is gebruikt'],
    ['da', 2500, '2.500 rækker fandt mere end én eksisterende post; det laveste id blev brugt'],
  ])('%s: the summary says how many rows matched several records (%i)', (lang, count, line) => {
    expect(summaryWarnings({ warnings: { MULTIPLE_MATCHES: count } }, translatorFor(lang), lang)).toEqual([line]);
  });

  it('the engine counts those rows in summary.warnings', () => {
    expect(output.summary.warnings).toEqual({ MULTIPLE_MATCHES: 1 });
  });

  it('numbers written to a record follow the page locale', () => {
    const product = run({ flavour: 'superoffice', settings: { target: 'products', product: { match: 'code', action: 'add', priceListId: 1 } },
      existing: { priceLists: [{ id: 1, name: 'P' }] }, rows: [{ 'product.name': 'Bolt', 'product.listPrice': '1.234,5', 'product.inAssortment': 'ja' }] }).rows[0].product;
    expect(texts(product, 'nl', 'product')).toContain('Catalogusprijs: (leeg) → 1.234,5');
    expect(texts(product, 'en', 'product')).toContain('List price: (empty) → 1,234.5');
    expect(texts(product, 'da', 'product')).toContain(`${translatorFor('da')('simulator.field.product.inAssortment')}: (tom) → Ja`);
  });
});

describe('a row that was not processed', () => {
  it('a filtered relation names its type', () => {
    const output = run({ flavour: 'exact-online', settings: { exact: { import: 'relations', relationTypes: ['customer'] } },
      rows: [{ 'relation.code': 'R1', 'relation.name': 'A', 'relation.type': 'Prospect' }] });
    const [{ parts }] = explainRow(output.rows[0] as RowView, translatorFor('en'), 'en');
    expect(parts.map((p) => p.text)).toEqual(['Filtered out: relation type “Prospect” is not one of the selected types']);
  });
});

describe('never a dotted key or an UPPER_CASE code', () => {
  const codeOrKey = /\b[A-Z]{2,}_[A-Z_]+\b|\b(company|person|product|relation|material|hourType|simulator)\.[A-Za-z]/;
  it.each(['en', 'nl', 'da'])('%s: every sentence of a mixed run', (lang) => {
    const output = run({
      flavour: 'superoffice',
      settings: { company: { match: 'id', action: 'merge' }, person: { match: 'email', action: 'replace', ifNoCompanyName: 'create-from-person' }, lists: { category: 'blank' }, phone: 'ignore' },
      preferences: { mandatoryCompanyOnPerson: false },
      existing: { companies: [{ id: 1, name: 'Holm', phone: ['1'] }], persons: [{ id: 4, companyId: 1, lastName: 'Brink', email: ['a@b.nl'] }], lists: { category: [], 'custom.regio': [{ id: 1, name: 'Noord' }] } },
      rows: [
        { 'company.id': '1', 'company.phone': '2', 'company.category': 'Foo', 'company.custom.regio': 'Zuid', 'person.lastName': 'Brink', 'person.email': 'A@B.nl' },
        { 'company.id': 'x1', 'person.lastName': 'Berg' },
        { 'company.id': '99' },
        { 'person.email': 'c@d.nl' },
      ],
    });
    const sentences = output.rows.flatMap((row) => explainRow(row as RowView, translatorFor(lang), lang)).flatMap((e) => e.parts.map((p) => p.text));
    expect(sentences.length).toBeGreaterThan(6);
    for (const sentence of sentences) expect(sentence).not.toMatch(codeOrKey);
  });
});

describe('the summary as the island keeps it', () => {
  it('summaryWarnings takes a run result summary as it is (typed as the island has it)', async () => {
    const { toRunResult } = await import('../../src/simulators/run-result.ts');
    const { simulateForView } = await import('../../src/simulators/person-privacy-view.ts');
    const result = toRunResult(simulateForView({
      flavour: 'superoffice', settings: { company: { match: 'name', action: 'merge' }, person: { match: 'none' } },
      existing: { companies: [{ id: 1, name: 'Holm' }, { id: 2, name: 'Holm' }] }, rows: [{ 'company.name': 'Holm' }, { 'company.name': 'holm' }],
    }), 1);
    if (!result.ok) throw new Error('refused');
    expect(summaryWarnings(result.summary, translatorFor('da'), 'da')).toEqual(['2 rækker fandt mere end én eksisterende post; det laveste id blev brugt']);
  });
});
