/**
 * Summary, selection, preview icons and ERP result lists (spec §10, §12.1, §12.2).
 */
import type { ResolvedSettings } from './settings.ts';
import type {
  Counts, EntityResult, ErpResult, Outcome, PreviewIcon, RowResult, SimulationSuccess, Summary, Warning,
} from './types.ts';

/** Collection name of each entity key of a row result. */
const COLLECTION_OF: Record<string, string> = {
  company: 'companies', person: 'persons', product: 'products',
  customer: 'customers', material: 'materials', hourType: 'hourTypes',
};

const ENTITY_KEYS = Object.keys(COLLECTION_OF) as (keyof RowResult)[];

const COUNT_OF: Partial<Record<Outcome, keyof Counts>> = {
  created: 'created', updated: 'updated', unchanged: 'unchanged', skipped: 'skipped', error: 'errors',
};

/** Preview icon of an outcome: created → new, updated → update, error → warning, else none. */
export function previewIconOf(outcome: Outcome): PreviewIcon {
  return outcome === 'created' ? 'new' : outcome === 'updated' ? 'update' : outcome === 'error' ? 'warning' : 'none';
}

/*
 * A row's `preview` and empty `warnings` are shared, frozen objects: a preview is one of a few
 * icon combinations, so a million rows need sixteen objects, not a million.
 */
const ICONS: readonly PreviewIcon[] = ['new', 'update', 'warning', 'none'];
type Previews = Record<PreviewIcon, Readonly<Record<string, PreviewIcon>>>;
const previewsOf = (make: (icon: PreviewIcon) => Record<string, PreviewIcon>): Previews =>
  Object.fromEntries(ICONS.map((icon) => [icon, Object.freeze(make(icon))])) as Previews;
const CONTACT_PREVIEWS = Object.fromEntries(
  ICONS.map((company) => [company, previewsOf((person) => ({ company, person }))]),
) as Record<PreviewIcon, Previews>;
const ENTITY_PREVIEWS: Record<string, Previews> = {};

/** The preview of a contacts row: `{ company, person }` icons of the two outcomes. */
export function contactsPreview(company: Outcome, person: Outcome): Record<string, PreviewIcon> {
  return CONTACT_PREVIEWS[previewIconOf(company)][previewIconOf(person)] as Record<string, PreviewIcon>;
}

/** The preview of a one-entity row: `{ [entityKey]: icon }`. */
export function entityPreview(entityKey: string, outcome: Outcome): Record<string, PreviewIcon> {
  const previews = (ENTITY_PREVIEWS[entityKey] ??= previewsOf((icon) => ({ [entityKey]: icon })));
  return previews[previewIconOf(outcome)] as Record<string, PreviewIcon>;
}

/** The warnings of a row: `warnings`, or the one shared frozen empty list when there are none. */
const NO_WARNINGS = Object.freeze([]) as unknown as Warning[];
export const rowWarnings = (warnings: Warning[]): Warning[] => (warnings.length === 0 ? NO_WARNINGS : warnings);

/** Counts row statuses and entity outcomes while the run goes. */
export class Tally {
  private readonly statuses = { processed: 0, unchecked: 0, notSelected: 0, filtered: 0, notProcessed: 0 };
  private readonly counts = new Map<string, Counts>();
  /** Rows with at least one warning of each code (explanation, engine addition). */
  private readonly warned: Record<string, number> = {};

  /** Adds one row result to the status and outcome counts. */
  countRow(result: RowResult): void {
    switch (result.status) {
      case 'processed': this.statuses.processed++; break;
      case 'unchecked': this.statuses.unchecked++; break;
      case 'not-selected': this.statuses.notSelected++; break;
      case 'filtered': this.statuses.filtered++; break;
      case 'not-processed': this.statuses.notProcessed++; break;
    }
    if (result.status !== 'processed') return;
    const warnings = result.warnings;
    if (warnings !== undefined && warnings.length > 0) {
      for (const [i, { code }] of warnings.entries()) {
        if (warnings.findIndex((other) => other.code === code) === i) this.warned[code] = (this.warned[code] ?? 0) + 1;
      }
    }
    // Plain keys, no [key, value] pairs: this runs for every row of a large import.
    for (const key of ENTITY_KEYS) {
      const entity = result[key] as EntityResult | undefined;
      const countKey = entity && COUNT_OF[entity.outcome];
      if (countKey) this.countsOf(COLLECTION_OF[key])[countKey]++;
    }
  }

  /** The summary for `names` (collections counted in this import). */
  summary(rows: number, cancelled: boolean, names: readonly string[], listItemsAdded: number): Summary {
    const summary: Summary = { rows, ...this.statuses, cancelled, listItemsAdded };
    for (const name of names) (summary as unknown as Record<string, Counts>)[name] = { ...this.countsOf(name) };
    summary.warnings = { ...this.warned };
    return summary;
  }

  /** `selection.created` / `selection.updated` of the given collections (spec §12.1). */
  selection(collections: Record<string, { createdIds(): number[]; updatedIds(): number[] }>): SimulationSuccess['selection'] {
    const created: Record<string, number[]> = {};
    const updated: Record<string, number[]> = {};
    for (const [name, collection] of Object.entries(collections)) {
      created[name] = collection.createdIds();
      updated[name] = collection.updatedIds();
    }
    return { created, updated };
  }

  /** ERP result lists of the actor entity (spec §10). */
  erp(settings: ResolvedSettings, selection: SimulationSuccess['selection']): ErpResult {
    const actorEntity = settings.erp.actorType === 'person' ? 'person' : 'company';
    const collection = COLLECTION_OF[actorEntity];
    return {
      connection: (settings.erp.connection ?? null) as string | null,
      actorType: settings.erp.actorType as string,
      actorEntity,
      newActors: [...(selection.created[collection] ?? [])],
      updatedActors: [...(selection.updated[collection] ?? [])],
    };
  }

  private countsOf(collection: string): Counts {
    let counts = this.counts.get(collection);
    if (!counts) {
      counts = { created: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0 };
      this.counts.set(collection, counts);
    }
    return counts;
  }
}
