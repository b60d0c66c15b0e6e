/**
 * Issue 12, done-when 3: for every shared import case (../shared/conformance/import), the outcome
 * table's explanation (explain.ts over the engine's result) names the matched key and value for
 * every matched entity, and the kept and dropped fields where the spec keeps or drops them.
 * "Where the spec keeps or drops" is worked out here from the case's input, independently of the
 * engine's `kept` / `dropped`: a merged record keeps a filled text field the file has another
 * value for (§8.5); a list value that is not an item of its list under `blank` / `default` is
 * dropped or replaced (§8.6). Refused cases must read as sentences (no UPPER_CASE code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fieldKindOf, listKeyOf, normText, simulate, type EntityResult, type RowResult, type SimulationSuccess,
} from '../../src/engine/index.ts';
import { translatorFor } from '../../src/simulators/catalogues.ts';
import { explainEntity } from '../../src/simulators/explain.ts';
import { fieldLabel } from '../../src/simulators/field-labels.ts';
import type { EntityView } from '../../src/simulators/output-view.ts';
import { validationMessages } from '../../src/simulators/validation-messages.ts';

const dir = new URL('../../../shared/conformance/import/', import.meta.url);
const cases = readdirSync(dir).filter((name) => name.endsWith('.json')).sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as { id: string; input: Record<string, unknown> });
const t = translatorFor('en');
const ENTITY_KEYS = ['company', 'person', 'product', 'customer', 'material', 'hourType'] as const;
const COLLECTION = { company: 'companies', person: 'persons', product: 'products', customer: 'customers', material: 'materials', hourType: 'hourTypes' } as const;
const FIELD_PREFIX = { company: 'company.', person: 'person.', product: 'product.', customer: 'relation.', material: 'material.', hourType: 'hourType.' } as const;

type Input = {
  settings?: Record<string, Record<string, unknown> | string>;
  existing?: Record<string, unknown>;
  preferences?: { defaults?: Record<string, string> };
  rows: Record<string, unknown>[];
};

const textOf = (cell: unknown) => (typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim() : '');

/** The policy of a list (import-rules.md §4.2) from the case's settings, with the defaults of §4.1. */
function policyOf(input: Input, listKey: string): string {
  const settings = input.settings ?? {};
  const lists = (settings.lists ?? {}) as Record<string, string>;
  const productLists = (settings.productLists ?? {}) as Record<string, string>;
  const byKey: Record<string, string | undefined> = {
    category: lists.category, business: lists.business, position: lists.position,
    companyInterest: lists.interests, personInterest: lists.interests,
    productCategory: productLists.category, productFamily: productLists.family, productType: productLists.type,
  };
  return (listKey.startsWith('custom.') ? lists.custom : byKey[listKey]) ?? 'blank';
}

/** Whether `name` is an item of `listKey` in the case's existing lists (by normText, §8.6). */
function isListItem(input: Input, listKey: string, name: string): boolean {
  const lists = (input.existing?.lists ?? {}) as Record<string, { name: string }[]>;
  return (lists[listKey] ?? []).some((item) => normText(item.name) === normText(name));
}

/** The stored record `id` of `entity` before the run (the case's existing data), if any. */
function storedBefore(input: Input, entity: (typeof ENTITY_KEYS)[number], id: number): Record<string, unknown> | undefined {
  const records = input.existing?.[COLLECTION[entity]];
  return Array.isArray(records) ? (records as Record<string, unknown>[]).find((record) => record.id === id) : undefined;
}

/** What must appear in the explanation of one entity, derived from the input. */
function expectedLines(input: Input, row: Record<string, unknown>, entity: (typeof ENTITY_KEYS)[number], result: EntityResult, touchedBefore: boolean): string[] {
  const lines: string[] = [];
  if (result.match && result.match.id !== null) {
    lines.push(...result.match.fields.map((field) => fieldLabel(field, t)), String(result.match.id));
    lines.push(...result.match.values.filter(Boolean));
  }
  if (result.outcome !== 'created' && result.outcome !== 'updated' && result.outcome !== 'unchanged') return lines;
  const action = (input.settings?.[entity] as Record<string, unknown> | undefined)?.action;
  const before = result.id !== null && !touchedBefore ? storedBefore(input, entity, result.id) : undefined;
  for (const [field, cell] of Object.entries(row)) {
    if (!field.startsWith(FIELD_PREFIX[entity]) || field.includes('.custom.') && entity === 'customer') continue;
    const value = textOf(cell);
    if (value === '') continue;
    const kind = fieldKindOf(field);
    if (kind === 'list') {
      const listKey = listKeyOf(field);
      const policy = policyOf(input, listKey);
      if ((policy === 'blank' || policy === 'default') && !isListItem(input, listKey, value)) lines.push(`“${value}”`, fieldLabel(field, t));
    } else if (kind === 'text' && action === 'merge' && before && result.outcome !== 'created') {
      const stored = before[field.slice(field.indexOf('.') + 1)];
      if (typeof stored === 'string' && stored.trim() !== '' && normText(stored) !== normText(value)) lines.push(`Kept: ${fieldLabel(field, t)}`);
    }
  }
  return lines;
}

describe.each(cases)('$id', ({ input }) => {
  it('explains every processed entity: the match key and value, kept and dropped fields', () => {
    const output = simulate(input);
    if (!output.ok) {
      for (const lang of ['en', 'nl', 'da']) {
        for (const sentence of validationMessages(output.errors, translatorFor(lang), lang)) {
          expect(sentence).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
        }
      }
      return;
    }
    const touched = new Set<string>();
    const rows = (input as unknown as Input).rows;
    for (const rowResult of (output as SimulationSuccess).rows as RowResult[]) {
      if (rowResult.status !== 'processed') continue;
      for (const entity of ENTITY_KEYS) {
        const result = rowResult[entity];
        if (!result || result.outcome === 'none') continue;
        const text = explainEntity(entity, result as EntityView, t, 'en', { written: false }).map((part) => part.text).join('\n');
        const recordKey = `${entity}:${result.id}`;
        for (const line of expectedLines(input as unknown as Input, rows[rowResult.index], entity, result, touched.has(recordKey))) {
          expect(text, `row ${rowResult.index} ${entity}`).toContain(line);
        }
        if (result.id !== null) touched.add(recordKey);
      }
    }
  });
});

describe('the shared cases cover what this test checks', () => {
  it('some case matches, some keeps a filled field under merge, some drops a list value', () => {
    const texts = cases.map(({ input }) => simulate(input)).filter((output): output is SimulationSuccess => output.ok)
      .flatMap((output) => output.rows.flatMap((row) => ENTITY_KEYS.map((key) => row[key]).filter((e): e is EntityResult => !!e)));
    expect(texts.some((entity) => entity.match?.id)).toBe(true);
    expect(texts.some((entity) => entity.kept?.some((kept) => kept.why === 'filled'))).toBe(true);
    expect(texts.some((entity) => entity.dropped?.length)).toBe(true);
  });
});
