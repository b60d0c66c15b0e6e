/**
 * Assembles a complete engine input (import-rules.md §4) from a preset and the two text tables,
 * for both the build-time merge example and the island.
 */
import type { EnginePreset } from './directive-attributes.ts';
import { textTableToExisting, textTableToRows, type TextTable } from './example-tables.ts';

/** What a run adds to the tables: rows left out in the preview and the Stop position. */
export interface RunExtras {
  unchecked?: number[];
  cancelAfter?: number | null;
}

/**
 * The engine input for `preset` with `existing`/`imported` tables.
 * Products go into a single price list with id 1 (§9); Exact Online has no lists (§3.4).
 * Example: `buildEngineInput(defaultPreset(), crm, file).rows[0]` → `{ 'company.name': 'ACME' }`.
 */
export function buildEngineInput(preset: EnginePreset, existingTable: TextTable, importTable: TextTable, extras: RunExtras = {}) {
  return engineInputOf(preset, textTableToExisting(existingTable), textTableToRows(importTable), extras);
}

/**
 * The engine input for `preset` from tables already converted (`textTableToExisting`,
 * `textTableToRows`), so a worker can convert a large table once and run it under many settings.
 * `existing` and `rows` are not modified.
 */
export function engineInputOf(preset: EnginePreset, existingRecords: Record<string, unknown>, rows: Record<string, string>[], extras: RunExtras = {}) {
  const existing = { ...existingRecords };
  const settings = structuredClone(preset.settings);
  if (preset.lists) existing.lists = { ...(existing.lists as object), ...preset.lists };
  if (preset.flavour === 'exact-online') delete existing.lists;
  if (preset.flavour !== 'exact-online' && settings.target === 'products') {
    existing.priceLists = [{ id: 1, name: 'Price list' }];
    settings.product = { ...(settings.product as object), priceListId: 1 };
  }
  return {
    flavour: preset.flavour,
    settings,
    preferences: preset.preferences,
    existing,
    rows,
    unchecked: extras.unchecked ?? [],
    cancelAfter: extras.cancelAfter ?? null,
  };
}
