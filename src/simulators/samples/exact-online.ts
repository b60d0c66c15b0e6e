/**
 * Exact Online sample data sets: relations of a fictional field-service company, one per
 * language. Each has a relation whose code already exists in OutSmart, a supplier, an inactive
 * prospect, a blocked customer and a relation without code, so the relation-type, inactive and
 * blocked filters and matching by code all show something. Relation types are Exact's own
 * values; the active/blocked flags are yes/no words of the language.
 */
import type { SampleDataSet } from './types.ts';

const RELATION_COLUMNS = ['relation.code', 'relation.name', 'relation.type', 'relation.active', 'relation.blocked', 'relation.city', 'relation.email'];

/** A relations sample: `stored` is the one customer OutSmart has (code, name, city). */
function relationsSample(lang: SampleDataSet['lang'], stored: string[], rows: string[][]): SampleDataSet {
  return {
    id: `exact-${lang}`,
    lang,
    flavour: 'exact-online',
    target: 'contacts',
    settings: { exact: { import: 'relations', edition: 'standard', relationTypes: null, includeInactive: false, includeBlocked: false, categories: null } },
    existing: { columns: ['relation.code', 'relation.name', 'relation.city'], rows: [stored] },
    imported: { columns: RELATION_COLUMNS, rows },
  };
}

/** Dutch Exact Online relations with types, inactive and blocked flags. */
export const exactNl = relationsSample('nl', ['1001', 'Schildersbedrijf Kwast', 'Haarlem'], [
  ['1001', 'Schildersbedrijf Kwast', 'customer', 'ja', 'nee', 'Heemstede', 'info@kwast.example'],
  ['1002', 'Installatiebedrijf Stroom', 'supplier', 'ja', 'nee', 'Leiden', ''],
  ['1003', 'Glazenwasser Helder', 'prospect', 'nee', 'nee', 'Delft', ''],
  ['1004', 'Dakdekker Pannekoek', 'customer', 'ja', 'ja', 'Gouda', ''],
  ['', 'Zonder Code', 'customer', 'ja', 'nee', 'Utrecht', ''],
]);

/** Danish Exact Online relations of a craftsmen's business in Jutland. */
export const exactDa = relationsSample('da', ['3001', 'Malerfirma Pensel', 'Randers'], [
  ['3001', 'Malerfirma Pensel', 'customer', 'ja', 'nej', 'Aarhus', 'kontor@pensel.example'],
  ['3002', 'Elektriker Gnist ApS', 'supplier', 'ja', 'nej', 'Silkeborg', ''],
  ['3003', 'Vinduespudser Klar', 'prospect', 'nej', 'nej', 'Viborg', ''],
  ['3004', 'Tagdækker Skifer', 'customer', 'ja', 'ja', 'Horsens', ''],
  ['', 'Haveservice Birk', 'customer', 'ja', 'nej', 'Skanderborg', ''],
]);

/** English Exact Online relations of a building-maintenance firm in the west of England. */
export const exactEn = relationsSample('en', ['2001', 'Brightwater Plumbing', 'Bristol'], [
  ['2001', 'Brightwater Plumbing', 'customer', 'yes', 'no', 'Bath', 'office@brightwater.example'],
  ['2002', 'Cotswold Electrical', 'supplier', 'yes', 'no', 'Cheltenham', ''],
  ['2003', 'Clearview Window Cleaning', 'prospect', 'no', 'no', 'Gloucester', ''],
  ['2004', 'Redbrick Roofing', 'customer', 'yes', 'yes', 'Swindon', ''],
  ['', 'Hilltop Gardening', 'customer', 'yes', 'no', 'Stroud', ''],
]);
