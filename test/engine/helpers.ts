/**
 * Builders for engine tests: a contacts input with sensible settings and a tiny database, so
 * each test states only what it is about.
 */
import { simulate, type SimulationInput, type SimulationSuccess } from '../../src/engine/index.ts';

/** Settings every contacts test starts from (merge, name keys, lists add). */
export function contactsSettings(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    target: 'contacts',
    company: { match: 'name', action: 'merge' },
    person: { match: 'name', action: 'merge', ifNoCompanyName: 'skip' },
    lists: { category: 'add', business: 'add', position: 'add', interests: 'add', custom: 'add' },
    phone: 'add',
    urlEmail: 'add',
    ...overrides,
  };
}

/** Runs `input` and fails the test with the validation errors when it was refused. */
export function run(input: Record<string, unknown>): SimulationSuccess {
  const output = simulate(input as unknown as SimulationInput);
  if (!output.ok) throw new Error(`refused: ${JSON.stringify(output.errors)}`);
  return output;
}

/** A contacts input with `rows`, existing companies and persons, and settings overrides. */
export function contactsInput(
  rows: Record<string, unknown>[],
  options: { existing?: Record<string, unknown>; settings?: Record<string, unknown>; preferences?: Record<string, unknown> } = {},
): Record<string, unknown> {
  return {
    flavour: 'superoffice',
    settings: contactsSettings(options.settings),
    preferences: options.preferences ?? { mandatoryCompanyOnPerson: true, defaults: {} },
    existing: options.existing ?? { companies: [], persons: [], lists: {} },
    rows,
    cancelAfter: null,
  };
}
