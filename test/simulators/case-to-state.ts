/**
 * Test helper: expresses a shared golden case (../shared/conformance/import/*.json) as an island
 * state — preset from the case's flavour/settings/preferences, its existing records as the
 * "in the CRM now" table, its rows as the import table — or `null` when the case uses something
 * the tables cannot hold (several values in one stored multi field, list items no record uses,
 * another price list, a Stop position).
 */
import type { SimulatorState } from '../../src/simulators/state.ts';

type Json = Record<string, unknown>;
const PREFIX: Record<string, string> = { companies: 'company', persons: 'person', products: 'product', customers: 'relation', materials: 'material', hourTypes: 'hourType' };

function recordCells(prefix: string, record: Json): Record<string, string> | null {
  const cells: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'companyId' || key === 'priceListId' || key === 'privacy' || value === null || value === '') continue;
    if (key === 'custom') {
      for (const [name, item] of Object.entries(value as Json)) cells[`${prefix}.custom.${name}`] = String(item);
    } else if (Array.isArray(value)) {
      if (value.length > 1) return null;
      if (value.length === 1) cells[`${prefix}.${key}`] = String(value[0]);
    } else cells[`${prefix}.${key}`] = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  }
  return cells;
}

/** The island state of golden case `input`, or null when it cannot be expressed as tables. */
export function caseToState(input: Json, lang = 'en'): SimulatorState | null {
  if (input.cancelAfter !== null && input.cancelAfter !== undefined) return null;
  const existing = (input.existing ?? {}) as Json;
  const settings = (input.settings ?? {}) as Json;
  const product = settings.product as Json | undefined;
  if (product?.priceListId !== undefined && product.priceListId !== null && product.priceListId !== 1) return null;
  const rows: Record<string, string>[] = [];
  const usedNames = new Set<string>();
  for (const [collection, records] of Object.entries(existing)) {
    if (collection === 'lists' || collection === 'priceLists') continue;
    for (const record of records as Json[]) {
      if (collection === 'products' && record.priceListId !== 1) return null;
      const cells = recordCells(PREFIX[collection], record);
      if (!cells) return null;
      if (collection === 'persons' && record.companyId !== null && record.companyId !== undefined) cells['company.id'] = String(record.companyId);
      Object.values(cells).forEach((value) => usedNames.add(value));
      rows.push(cells);
    }
  }
  for (const [key, items] of Object.entries((existing.lists ?? {}) as Record<string, { name: string }[]>)) {
    if (key === 'consentSource' || key === 'legalBasis') continue;
    if (items.some((item) => !usedNames.has(item.name))) return null;
  }
  if (existing.lists && ((existing.lists as Json).legalBasis || (existing.lists as Json).consentSource)) return null;
  const existingColumns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const importRows = input.rows as Json[];
  if (importRows.some((row) => Object.values(row).some((cell) => Array.isArray(cell) || (cell !== null && typeof cell === 'object')))) return null;
  const importColumns = [...new Set(importRows.flatMap((row) => Object.keys(row)))];
  return {
    lang,
    sample: 'contacts-en',
    preset: { flavour: input.flavour as SimulatorState['preset']['flavour'], settings, preferences: (input.preferences ?? { mandatoryCompanyOnPerson: true, defaults: {} }) as SimulatorState['preset']['preferences'] },
    existing: { columns: existingColumns, rows: rows.map((row) => existingColumns.map((column) => row[column] ?? '')) },
    imported: { columns: importColumns, rows: importRows.map((row) => importColumns.map((column) => (row[column] === null || row[column] === undefined ? '' : String(row[column])))) },
    unchecked: (input.unchecked as number[] | undefined) ?? [],
    mode: 'normal',
    focus: 'company',
  };
}
