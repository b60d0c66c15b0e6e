/**
 * Reading cells (spec §1, §3.5): emptiness, stored text, numbers, booleans, ids and multi values.
 * Parsers return `undefined` for an invalid cell so callers can raise the entity error they own.
 */
import { BOOLEAN_FALSE_CELLS, BOOLEAN_TRUE_CELLS } from './catalogue.ts';
import type { Cell } from './types.ts';

/** Absent, `null`, blank string, or an array of only such elements. Numbers and booleans are never empty. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  if (cell === undefined || cell === null) return true;
  if (typeof cell === 'string') return cell.trim() === '';
  if (Array.isArray(cell)) return cell.every((element) => element === null || String(element).trim() === '');
  return false;
}

/** Stored text of a single-valued cell: trimmed string, `''` when empty. `12` → `'12'`. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined || cell === null || Array.isArray(cell)) return '';
  return String(cell).trim();
}

/** The non-empty trimmed values of a multi cell, in order, without de-duplication. */
export function cellValues(cell: Cell | undefined): string[] {
  if (cell === undefined || cell === null) return [];
  const elements = Array.isArray(cell) ? cell : [cell];
  const values: string[] = [];
  for (const element of elements) {
    if (element === null) continue;
    const text = String(element).trim();
    if (text !== '') values.push(text);
  }
  return values;
}

/** Keeps the first of values whose `key` is equal; values with an empty key are compared as text. */
export function uniqueBy(values: string[], key: (value: string) => string): string[] {
  // Nearly every cell holds one value: nothing to compare, no set to build.
  if (values.length < 2) return values;
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values) {
    const k = key(value) || `\u0000${value}`;
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(value);
  }
  return kept;
}

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number cell (spec §3.5): a finite number, or text with `.`/`,` separators.
 * `'1.234,50'` → 1234.5, `'1,234.50'` → 1234.5, `'1.234'` → 1.234, `'1.234.567'` → undefined.
 */
export function parseNumberCell(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  let text = cell.replace(/\s+/g, '');
  if (!/^[+-]?[0-9.,]+$/.test(text)) return undefined;
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    text = text.split(decimal === '.' ? ',' : '.').join('');
    if (decimal === ',') text = text.replace(',', '.');
  } else if (commas > 0) {
    if (commas > 1) return undefined;
    text = text.replace(',', '.');
  } else if (dots > 1) {
    return undefined;
  }
  if (!PLAIN_DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const TRUE_WORDS: ReadonlySet<string> = new Set(BOOLEAN_TRUE_CELLS);
const FALSE_WORDS: ReadonlySet<string> = new Set(BOOLEAN_FALSE_CELLS);

/** A boolean cell (spec §3.5): boolean, 1/0, or a yes/no word in nl/da/en. `' Ja '` → true. */
export function parseBooleanCell(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  if (typeof cell !== 'string') return undefined;
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** An id cell (spec §3.5): positive integer or a string of ASCII digits > 0. `' 42'` → 42, `'4a'` → undefined. */
export function parseIdCell(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) && cell > 0 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  if (!/^[0-9]+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
