/**
 * The parts of the engine's output contract (import-rules.md §12) that the simulators render.
 * Declared structurally so rendering code depends on the published contract, not on the
 * engine's internal type names; the engine's `SimulationOutput` is assignable to it.
 */

/** One field change of an entity (`from`/`to` are arrays for multi fields). */
export interface ChangeView {
  field: string;
  from: unknown;
  to: unknown;
}

/** How the engine looked an entity up: match key, its fields, the row's values, the record found. */
export interface MatchView {
  key: string;
  fields: readonly string[];
  values: string[];
  id: number | null;
}

/** An imported value a matched record kept its own value for (`filled`, `policy` or `key`). */
export interface KeptView {
  field: string;
  value: unknown;
  stored: unknown;
  why: 'filled' | 'policy' | 'key';
}

/** An unknown list value: dropped (`to: null`) or replaced by the default item `to`. */
export interface DroppedView {
  field: string;
  value: string;
  policy: string;
  to: string | null;
}

/** The outcome of one entity (company, person, product, customer …) of a processed row. */
export interface EntityView {
  outcome: 'created' | 'updated' | 'unchanged' | 'skipped' | 'error' | 'none';
  id: number | null;
  reason: string | null;
  changes: ChangeView[];
  field?: string;
  companyId?: number | null;
  /** The engine's explanation (src/engine/README.md "Explanations"); rendered by explain.ts. */
  match?: MatchView;
  kept?: KeptView[];
  dropped?: DroppedView[];
  params?: Record<string, string>;
}

/** One row result: `status` plus, for processed rows, one entity per kind and preview icons. */
export interface RowView {
  index: number;
  status: 'processed' | 'unchecked' | 'not-processed' | 'not-selected' | 'filtered';
  reason?: string;
  params?: Record<string, string>;
  warnings?: { code: string; entity: string; ids: number[] }[];
  preview?: Record<string, 'new' | 'update' | 'none' | 'warning'>;
  [entity: string]: unknown;
}

/** Per-entity counts of processed rows. */
export interface CountsView {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: number;
}

/** A successful simulation. */
export interface SuccessView {
  ok: true;
  rows: RowView[];
  database: Record<string, unknown>;
  selection: { created: Record<string, number[]>; updated: Record<string, number[]> };
  summary: Record<string, unknown> & { rows: number; processed: number; cancelled: boolean; warnings?: Record<string, number> };
}

/** A refused input (validation, §5). */
export interface FailureView {
  ok: false;
  errors: ({ code: string } & Record<string, unknown>)[];
}

/** Either result of `simulate`. */
export type OutputView = SuccessView | FailureView;

/** Entity keys a row result may carry, in display order (§12.2). */
export const ENTITY_KEYS = ['company', 'person', 'product', 'customer', 'material', 'hourType'] as const;

/**
 * The entities of a processed row, in display order.
 * Example: `rowEntities({ index: 0, status: 'processed', company: {...} })` → `[['company', {...}]]`.
 */
export function rowEntities(row: RowView): [string, EntityView][] {
  const found: [string, EntityView][] = [];
  for (const key of ENTITY_KEYS) {
    const entity = row[key];
    if (entity && typeof entity === 'object') found.push([key, entity as EntityView]);
  }
  return found;
}

/**
 * Counts of a summary summed over its entity kinds (`companies`, `persons`, `products` …), for
 * the results chart. Example: two created companies and one created person → `created: 3`.
 */
export function totalCounts(summary: Record<string, unknown>): CountsView {
  const total: CountsView = { created: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0 };
  for (const value of Object.values(summary)) {
    if (!value || typeof value !== 'object' || !('created' in value)) continue;
    for (const key of Object.keys(total) as (keyof CountsView)[]) {
      total[key] += Number((value as Record<string, unknown>)[key] ?? 0);
    }
  }
  return total;
}
