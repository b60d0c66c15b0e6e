/**
 * Result tables → CSV that spreadsheet programs open safely: text cells that start like a
 * formula (`=`, `+`, `-`, `@`, tab, CR) get a leading `'` (OWASP CSV injection advice), cells with
 * the separator, quotes or line breaks are quoted, and a BOM makes Excel read UTF-8.
 */

/** Writer options; defaults: `;` (Dutch/Danish Excel), CRLF, with BOM. */
export interface CsvWriteOptions { delimiter?: ';' | ',' | '\t'; bom?: boolean }

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets. `'=SUM(A1)'` → `"'=SUM(A1)"`; numbers are untouched. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function formatCell(value: unknown, delimiter: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = neutraliseCell(Array.isArray(value) ? value.join(', ') : String(value));
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes `rows` (first row = header) as CSV text.
 * `writeCsv([['Naam', 'Formule'], ['Holm', '=1+1']], { bom: false })` → `'Naam;Formule\r\nHolm;\'=1+1\r\n'`.
 */
export function writeCsv(rows: readonly (readonly unknown[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const body = rows.map((row) => row.map((cell) => formatCell(cell, delimiter)).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
