/** XLSX ingestion from a real workbook written by exceljs (a different library than the reader). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { looksLikeXlsx, readTableFile } from '../../src/ingest/index.ts';

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Import');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('XLSX', () => {
  it('reads header, text, numbers, booleans and dates of the first sheet', async () => {
    const bytes = await workbook([
      ['Productcode', 'Productnaam', 'Prijs', 'In assortiment', 'Vanaf'],
      ['CV-28', 'Combiketel Ĳssel 28 kW', 1295.5, true, new Date(Date.UTC(2025, 0, 31))],
      ['KR-15', 'Koperbuis æøå', 3.75, false, null],
    ]);
    expect(looksLikeXlsx(bytes)).toBe(true);
    const result = await readTableFile(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.info).toEqual({ format: 'xlsx' });
    expect(result.table.headers).toEqual(['Productcode', 'Productnaam', 'Prijs', 'In assortiment', 'Vanaf']);
    expect(result.table.rows[0]).toEqual(['CV-28', 'Combiketel Ĳssel 28 kW', 1295.5, true, '2025-01-31']);
    expect(result.table.rows[1].slice(0, 4)).toEqual(['KR-15', 'Koperbuis æøå', 3.75, false]);
    expect(result.table.rowNumbers).toEqual([2, 3]);
  });

  it('reports a damaged workbook instead of throwing', async () => {
    const bytes = (await workbook([['Naam'], ['Holm']])).slice(0, 300);
    const result = await readTableFile(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].code).toBe('XLSX_UNREADABLE');
  });
});
