/**
 * Privacy data of created persons (import-rules.md §8.8) lives in the output's database, not in
 * the row results; the help page promises the reader sees it. This copies each created person's
 * privacy onto its row entity, so the build-time table and the island can show it beside the
 * field changes.
 */
import { simulate, type SimulateOptions } from '../engine/index.ts';
import type { EntityView, OutputView, RowView } from './output-view.ts';

/** The privacy record the engine gives a created person. */
export interface PrivacyView {
  purpose: string;
  legalBasis: string | null;
  source: string;
  comment: string | null;
}

/** A person entity that may carry its privacy data. */
export type PersonView = EntityView & { privacy?: PrivacyView };

function privacyById(database: Record<string, unknown>): Map<number, PrivacyView> {
  const byId = new Map<number, PrivacyView>();
  const persons = database.persons;
  if (!Array.isArray(persons)) return byId;
  for (const person of persons as { id?: unknown; privacy?: PrivacyView | null }[]) {
    if (typeof person.id === 'number' && person.privacy) byId.set(person.id, person.privacy);
  }
  return byId;
}

/**
 * `output` with the privacy of every created person on its row's `person` entity; other rows are
 * the same objects. Example: a row creating person 7 → `row.person.privacy = { purpose: 'sales-and-service', … }`.
 */
export function withCreatedPrivacy(output: OutputView): OutputView {
  if (!output.ok) return output;
  let privacy: Map<number, PrivacyView> | null = null;
  const rows = output.rows.map((row): RowView => {
    const person = row.person as PersonView | undefined;
    if (!person || person.outcome !== 'created' || person.id === null) return row;
    privacy ??= privacyById(output.database);
    const found = privacy.get(person.id);
    return found ? { ...row, person: { ...person, privacy: found } } : row;
  });
  return { ...output, rows };
}

/**
 * The engine's output for `input` as every simulator view shows it (results, preview, presenter,
 * compare, CSV): created persons carry their privacy.
 * Example: `simulateForView(stateToInput(state))` → `{ ok: true, rows: [...], … }`.
 */
export function simulateForView(input: unknown, options?: SimulateOptions): OutputView {
  return withCreatedPrivacy(simulate(input, options) as unknown as OutputView);
}
