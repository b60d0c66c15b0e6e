/**
 * The island's whole state as plain data (settings, both tables, unchecked rows, mode) and the
 * pure operations on it. The URL codec serialises exactly this object, so a shared link
 * restores the same view. No rule logic: outcomes come from the engine via `stateToInput`.
 */
import { attributesToPreset, SHARED_ATTRIBUTES, setPath, type EnginePreset, type SharedAttribute } from './directive-attributes.ts';
import { buildEngineInput } from './engine-input.ts';
import type { TextTable } from './example-tables.ts';
import { withPrivacyLists } from './privacy-lists.ts';
import { sampleFor } from './samples/registry.ts';

const isSharedAttribute = (name: string): name is SharedAttribute => Object.hasOwn(SHARED_ATTRIBUTES, name);

/** Presentation modes (`mode` attribute). */
export type SimulatorMode = 'normal' | 'compare' | 'presenter';

/** Everything the island shows; JSON-serialisable. */
export interface SimulatorState {
  lang: string;
  sample: string;
  preset: EnginePreset;
  existing: TextTable;
  imported: TextTable;
  unchecked: number[];
  mode: SimulatorMode;
  focus: string;
  /** Name of the user's own file the import table came from (absent for sample data). */
  ownFile?: string;
  /** In a link only: the tables are the sample's own, restored by `withSampleTables` instead of carried. */
  sampleTables?: boolean;
}

/**
 * The state a `[data-simulator]` element starts in: its `data-*` attributes (directive syntax of
 * ./README.md) over the sample's own settings. Attribute problems are returned for display.
 * Example: `initialState({ 'company-action': 'merge' }, 'nl').preset.settings.company.action` → `'merge'`.
 */
export function initialState(attributes: Record<string, string>, lang: string): { state: SimulatorState; issues: string[] } {
  const sample = sampleFor(attributes.sample, lang);
  const withFlavour = { flavour: sample.flavour, target: sample.target, ...attributes };
  const { preset, issues } = attributesToPreset(withFlavour, { allowSimulatorOnly: true });
  // Sample settings (an ERP actor type, an Exact import) replace the defaults, not what the
  // attributes say.
  const said = new Set<string>(Object.keys(attributes).map((name) => name.toLowerCase()).filter(isSharedAttribute).map((name) => SHARED_ATTRIBUTES[name].path));
  for (const [group, values] of Object.entries(sample.settings ?? {})) {
    for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
      const path = `settings.${group}.${key}`;
      if (!said.has(path)) setPath(preset as unknown as Record<string, unknown>, path, value);
    }
  }
  const mode = (['compare', 'presenter'] as const).find((m) => m === attributes.mode) ?? 'normal';
  return {
    state: {
      lang,
      sample: sample.id,
      preset: withPrivacyLists(preset, lang),
      existing: sample.existing,
      imported: sample.imported,
      unchecked: [...(sample.uncheckedRows ?? [])],
      mode,
      focus: attributes.focus ?? (sample.flavour === 'exact-online' ? 'exact' : sample.target === 'products' ? 'products' : 'company'),
    },
    issues: issues.map((issue) => issue.message),
  };
}

/** The engine input of `state`, run to the end or stopped after `cancelAfter` rows. */
export function stateToInput(state: SimulatorState, cancelAfter: number | null = null) {
  return buildEngineInput(state.preset, state.existing, state.imported, { unchecked: state.unchecked, cancelAfter });
}

/** A copy of `state` with the setting at dotted `path` (`settings.company.action`) set to `value`. */
export function withSetting(state: SimulatorState, path: string, value: unknown): SimulatorState {
  const preset = structuredClone(state.preset);
  setPath(preset as unknown as Record<string, unknown>, path, value);
  return { ...state, preset };
}

/** A copy of `state` with one table cell changed (tables are never mutated, so samples can be shared). */
export function withCell(state: SimulatorState, table: 'existing' | 'imported', row: number, column: number, value: string): SimulatorState {
  const rows = state[table].rows.map((cells, r) => (r === row ? cells.map((cell, c) => (c === column ? value : cell)) : cells));
  return { ...state, [table]: { ...state[table], rows } };
}

/** A copy of `state` with row `index` of the import left out (or taken back in). */
export function withRowIncluded(state: SimulatorState, index: number, included: boolean): SimulatorState {
  const unchecked = state.unchecked.filter((i) => i !== index);
  if (!included) unchecked.push(index);
  return { ...state, unchecked: unchecked.sort((a, b) => a - b) };
}

/** A copy of `state` with the sample's tables back and only its heading row unchecked (Reset). */
export function withSampleReset(state: SimulatorState): SimulatorState {
  const sample = sampleFor(state.sample, state.lang);
  const { ownFile: _own, sampleTables: _tables, ...rest } = state;
  return { ...rest, existing: sample.existing, imported: sample.imported, unchecked: [...(sample.uncheckedRows ?? [])] };
}

/** A state from a link: when it says `sampleTables`, its sample's tables put back (links leave large or private tables out). */
export function withSampleTables(state: SimulatorState): SimulatorState {
  return state.sampleTables ? withSampleReset(state) : state;
}
