/** Spec §3.5 cell parsing, table-driven with the spec's examples. */
import { describe, expect, it } from 'vitest';
import { parseBooleanCell, parseIdCell, parseNumberCell } from '../../src/engine/index.ts';

describe('number cells', () => {
  it.each([
    ['3,75', 3.75], ['1.234,50', 1234.5], ['1,234.50', 1234.5], ['1.234', 1.234], [' - 12 ', -12],
    [12.5, 12.5], ['1.234.567,5', 1234567.5],
  ])('%j → %j', (cell, expected) => expect(parseNumberCell(cell)).toBe(expected));
  it.each(['1.234.567', '12,345,678', 'twaalf', '1e5', '', '12,5,', true])('%j is invalid', (cell) => {
    expect(parseNumberCell(cell)).toBeUndefined();
  });
});

describe('boolean cells', () => {
  it.each([[true, true], [1, true], [0, false], [' Ja ', true], ['x', true], ['nej', false], ['NEE', false]])(
    '%j → %j', (cell, expected) => expect(parseBooleanCell(cell)).toBe(expected));
  it.each(['maybe', 2, ''])('%j is invalid', (cell) => expect(parseBooleanCell(cell)).toBeUndefined());
});

describe('id cells', () => {
  it.each([[42, 42], [' 7 ', 7]])('%j → %j', (cell, expected) => expect(parseIdCell(cell)).toBe(expected));
  it.each([0, -1, 1.5, '4a', '0', 'x'])('%j is invalid', (cell) => expect(parseIdCell(cell)).toBeUndefined());
});
