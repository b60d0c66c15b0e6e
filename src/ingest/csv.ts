/**
 * CSV text → table, with papaparse doing the quoting (quoted separators, quotes and newlines).
 * The separator is detected from the header record: `;` (usual in Dutch and Danish Excel
 * exports), `,` or tab.
 */
import Papa from 'papaparse';
import type { FileInfo, IngestIssue, Table } from './types.ts';

type Delimiter = NonNullable<FileInfo['delimiter']>;
const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

/**
 * The separator that occurs most often, outside quotes, in the first record; ties go to the
 * order `;`, `,`, tab (a Dutch "Naam;Plaats" header has no commas). `'a;b,c;d'` → `';'`.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: Delimiter = ';';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Parsed table, the separator used, and problems (positions 1-based, header = row 1). */
export interface CsvParse { table: Table; delimiter: Delimiter; errors: IngestIssue[] }

/** Parses CSV `text` (already decoded, no BOM). Blank lines are left out; row numbers keep counting them. */
export function parseCsv(text: string): CsvParse {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const errors: IngestIssue[] = [];
  for (const error of result.errors) {
    const row = typeof error.row === 'number' ? error.row + 1 : undefined;
    const code = error.code === 'MissingQuotes' ? 'CSV_UNCLOSED_QUOTE' : 'CSV_MALFORMED';
    errors.push({ code, ...(row === undefined ? {} : { row }), params: { detail: error.code } });
  }
  const records = result.data;
  // papaparse reports a final empty record for a trailing newline; blank records are not data.
  const isBlank = (record: string[]) => record.length === 0 || (record.length === 1 && record[0].trim() === '');
  let first = 0;
  while (first < records.length && isBlank(records[first])) first++;
  const headers = (records[first] ?? []).map((h) => h.trim());
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = first + 1; i < records.length; i++) {
    if (isBlank(records[i])) continue;
    rows.push(records[i]);
    rowNumbers.push(i + 1);
  }
  return { table: { headers, rows, rowNumbers }, delimiter, errors };
}
