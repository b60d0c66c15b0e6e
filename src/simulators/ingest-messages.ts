/**
 * Readable, translated sentences for ingest problems (src/ingest `IngestIssue`): the own-data
 * drop zone shows "Cannot read data.csv, row 3: a quoted value is not closed." instead of the
 * raw code. Messages live in simulator.json under `simulator.ingest.<CODE>`; the position and
 * file name are wrapped around them by `simulator.ownData.errorAt.*`.
 */
import type { IngestIssue } from '../ingest/types.ts';
import { columnLetters, fieldLabel } from './field-labels.ts';
import type { MessageKey, Translate } from './messages.ts';

/** A file the ingest module refused, with the first problem it found (thrown by `readOwnData`). */
export class OwnDataError extends Error {
  readonly fileName: string;
  readonly issue: IngestIssue;

  constructor(fileName: string, issue: IngestIssue) {
    super(`${fileName}: ${issue.code}`);
    this.name = 'OwnDataError';
    this.fileName = fileName;
    this.issue = issue;
  }
}

/** Bytes as whole megabytes; a size rounds up so an oversize file never reads as equal to the limit. */
function megabytes(bytes: number, round: (value: number) => number): string {
  return `${Math.max(1, round(bytes / (1024 * 1024)))} MB`;
}

/**
 * Parameters of a message with numbers formatted for `lang` (`100000` → `100.000` in nl),
 * byte counts as MB and field ids as their labels.
 */
function messageParams(issue: IngestIssue, lang: string, t: Translate): Record<string, string | number> {
  const number = new Intl.NumberFormat(lang);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    params[name] = typeof value === 'number' ? number.format(value) : value;
  }
  if (issue.code === 'FILE_TOO_LARGE' && issue.params) {
    params.size = megabytes(Number(issue.params.size), Math.ceil);
    params.limit = megabytes(Number(issue.params.limit), Math.floor);
  }
  if (typeof issue.params?.firstColumn === 'number') params.firstColumn = columnLetters(issue.params.firstColumn);
  // A field id by its product label: the screen never shows `company.name`.
  if (typeof issue.params?.field === 'string') params.field = fieldLabel(issue.params.field, t);
  return params;
}

/**
 * The problem itself as a clause, without position:
 * `ingestIssueText(t, { code: 'FILE_EMPTY' }, 'en')` → `'the file is empty'`.
 */
export function ingestIssueText(t: Translate, issue: IngestIssue, lang: string): string {
  return t(`simulator.ingest.${issue.code}` as MessageKey, messageParams(issue, lang, t));
}

/**
 * The whole sentence shown to the user, with the file name and the row/column where known:
 * `ownDataErrorMessage(t, 'a.csv', { code: 'CSV_UNCLOSED_QUOTE', row: 3 }, 'en')`
 * → `'Cannot read a.csv, row 3: a quoted value is not closed.'`.
 */
export function ownDataErrorMessage(t: Translate, fileName: string, issue: IngestIssue, lang: string): string {
  const reason = ingestIssueText(t, issue, lang);
  if (issue.row !== undefined && issue.column !== undefined) {
    return t('simulator.ownData.errorAt.cell', { name: fileName, row: String(issue.row), column: columnLetters(issue.column), reason });
  }
  // Row numbers as a spreadsheet shows them: 100002, not 100.002.
  if (issue.row !== undefined) return t('simulator.ownData.errorAt.row', { name: fileName, row: String(issue.row), reason });
  return t('simulator.ownData.errorAt.file', { name: fileName, reason });
}
