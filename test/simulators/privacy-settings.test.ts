/**
 * The island's privacy settings (import-rules.md §8.8): the dialog's legal basis, consent source
 * and comment, backed by the page language's privacy lists, decide what a created person records.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import { settingGroups } from '../../src/simulators/settings-model.ts';
import { initialState, stateToInput, withSetting, type SimulatorState } from '../../src/simulators/state.ts';
import '../../src/simulators/samples/index.ts'; // registers every sample for initialState's sampleFor (the island loads them on demand)

type Privacy = { purpose: string; legalBasis: string | null; source: string; comment: string | null };

/** Privacy of the persons the run created, in id order. */
function createdPrivacy(state: SimulatorState): Privacy[] {
  const output = simulate(stateToInput(state) as never) as unknown as { ok: boolean; rows: { person?: { outcome: string; id: number } }[]; database: { persons: { id: number; privacy: Privacy | null }[] } };
  expect(output.ok).toBe(true);
  const created = new Set(output.rows.filter((row) => row.person?.outcome === 'created').map((row) => row.person!.id));
  expect(created.size).toBeGreaterThan(0);
  return output.database.persons.filter((person) => created.has(person.id)).map((person) => person.privacy!);
}

describe('privacy settings of the contacts simulator', () => {
  it('shows a privacy group with the language’s legal bases and consent sources', () => {
    const { state } = initialState({ focus: 'privacy' }, 'nl');
    const [first] = settingGroups(state);
    expect(first.id).toBe('privacy');
    const [basis, source, comment] = first.controls;
    expect(basis.options.map((option) => option.value)).toEqual(['use-default', 'Toestemming', 'Uitvoering van een overeenkomst', 'Wettelijke verplichting', 'Gerechtvaardigd belang']);
    expect(source.options.map((option) => option.value)).toContain('Importeren');
    expect(comment.kind).toBe('text');
  });

  it('gives created persons the default basis and the language’s Import source until the reader picks others', () => {
    const { state } = initialState({ 'person-action': 'merge' }, 'da');
    expect(createdPrivacy(state)[0]).toEqual({ purpose: 'sales-and-service', legalBasis: 'Legitim interesse', source: 'Import', comment: null });
    const chosen = withSetting(withSetting(withSetting(state, 'settings.privacy.legalBasis', 'Samtykke'), 'settings.privacy.consentSource', 'Messe'), 'settings.privacy.consentComment', 'Messe 2026');
    expect(new Set(createdPrivacy(chosen).map((privacy) => JSON.stringify(privacy)))).toEqual(new Set([JSON.stringify({ purpose: 'sales-and-service', legalBasis: 'Samtykke', source: 'Messe', comment: 'Messe 2026' })]));
  });

  it('has no privacy group where no person is imported (products, Exact Online)', () => {
    for (const attributes of [{ target: 'products' }, { flavour: 'exact-online' }] as Record<string, string>[]) {
      const { state } = initialState(attributes, 'en');
      expect(settingGroups(state).map((group) => group.id)).not.toContain('privacy');
    }
  });
});
