/**
 * Public data types of the import engine: the input and output JSON contracts of
 * ../shared/spec/import-rules.md §4 and §12, derived from the `as const` catalogues.
 */
import type {
  ACTIONS, COMPANY_MATCHES, ERP_ACTOR_TYPES, EXACT_EDITIONS, FLAVOURS, LIST_POLICIES,
  MULTI_VALUE_POLICIES, NO_COMPANY_NAME_OPTIONS, PERSON_MATCHES, PRODUCT_LIST_POLICIES,
  PRODUCT_MATCHES, SOURCES, TARGETS,
} from './catalogue.ts';
import type { ErrorCode } from './error-codes.ts';

/** `superoffice`, `erp` or `exact-online`. */
export type Flavour = (typeof FLAVOURS)[number];
/** `add`, `merge`, `replace` or `skip`. */
export type Action = (typeof ACTIONS)[number];
/** A cell of an import row (spec §1). */
export type Cell = null | string | number | boolean | (string | null)[];
/** One field-mapped import row: field id → cell. */
export type Row = Record<string, Cell>;

/** Settings of `superoffice`/`erp` (spec §4.1) and `exact-online` (spec §4.3); every key optional. */
export interface Settings {
  target?: (typeof TARGETS)[number];
  source?: (typeof SOURCES)[number] | null;
  company?: { match?: (typeof COMPANY_MATCHES)[number] | null; action?: Action };
  person?: {
    match?: (typeof PERSON_MATCHES)[number] | null;
    action?: Action;
    ifNoCompanyName?: (typeof NO_COMPANY_NAME_OPTIONS)[number];
  };
  product?: { match?: (typeof PRODUCT_MATCHES)[number] | null; action?: Action; priceListId?: number | null };
  lists?: {
    category?: (typeof LIST_POLICIES)[number]; business?: (typeof LIST_POLICIES)[number];
    position?: 'add' | 'blank'; interests?: (typeof LIST_POLICIES)[number];
    custom?: (typeof LIST_POLICIES)[number];
  };
  phone?: (typeof MULTI_VALUE_POLICIES)[number];
  urlEmail?: (typeof MULTI_VALUE_POLICIES)[number];
  productLists?: {
    category?: (typeof PRODUCT_LIST_POLICIES)[number];
    family?: (typeof PRODUCT_LIST_POLICIES)[number];
    type?: (typeof PRODUCT_LIST_POLICIES)[number];
  };
  privacy?: { legalBasis?: string; consentSource?: string; consentComment?: string };
  erp?: { connection?: string | null; actorType?: (typeof ERP_ACTOR_TYPES)[number]; selectedRows?: number[] | null };
  exact?: {
    import?: string;
    edition?: (typeof EXACT_EDITIONS)[number];
    relationTypes?: string[] | null;
    includeInactive?: boolean;
    includeBlocked?: boolean;
    categories?: string[] | null;
  };
}

/** A list item (spec §3.1). */
export interface ListItem { id: number; name: string }
/** Privacy data of a person (spec §8.8). */
export interface Privacy { purpose: 'sales-and-service'; legalBasis: string | null; source: string; comment: string | null }
/** A SuperOffice company in canonical form (spec §3.1). */
export interface Company {
  id: number; name: string | null; department: string | null; number: string | null;
  code: string | null; vatNo: string | null; street: string | null; postcode: string | null;
  city: string | null; country: string | null; phone: string[]; email: string[]; url: string[];
  category: string | null; business: string | null; interests: string[]; custom: Record<string, string>;
}
/** A SuperOffice person in canonical form (spec §3.1). */
export interface Person {
  id: number; companyId: number | null; firstName: string | null; lastName: string | null;
  number: string | null; phone: string[]; mobile: string[]; email: string[]; position: string | null;
  interests: string[]; custom: Record<string, string>; privacy: Privacy | null;
}
/** A SuperOffice product in canonical form (spec §3.1). */
export interface Product {
  id: number; priceListId: number | null; name: string | null; code: string | null;
  description: string | null; unit: string | null; listPrice: number | null; cost: number | null;
  inAssortment: boolean | null; category: string | null; family: string | null; type: string | null;
}
/** SuperOffice database (spec §3.1). */
export interface Database {
  companies: Company[]; persons: Person[]; products: Product[];
  priceLists: ListItem[]; lists: Record<string, ListItem[]>;
}
/** OutSmart customer (spec §3.4). */
export interface Customer {
  id: number; code: string | null; name: string | null; street: string | null; postcode: string | null;
  city: string | null; country: string | null; phone: string | null; email: string | null; vatNo: string | null;
}
/** OutSmart material (spec §3.4). */
export interface Material { id: number; code: string | null; name: string | null; category: string | null; unit: string | null; price: number | null }
/** OutSmart hour type (spec §3.4). */
export interface HourType { id: number; code: string | null; name: string | null; category: string | null; rate: number | null }
/** OutSmart database (spec §3.4). */
export interface ExactDatabase { customers: Customer[]; materials: Material[]; hourTypes: HourType[] }

/** The simulation input (spec §4). `simulate` validates an `unknown` against it. */
export interface SimulationInput {
  flavour: Flavour;
  settings?: Settings;
  preferences?: { mandatoryCompanyOnPerson?: boolean; defaults?: Record<string, string | null> };
  existing?: Partial<Database> | Partial<ExactDatabase>;
  rows: Row[];
  unchecked?: number[];
  cancelAfter?: number | null;
}

/** Entity outcome (spec §12.2). */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'error' | 'none';
/** Preview icon derived from an outcome (spec §12.2). */
export type PreviewIcon = 'new' | 'update' | 'warning' | 'none';
/** A stored value as shown in `changes`. */
export type Value = string | number | boolean | string[];
/** One written field (spec §12.2). */
export interface Change { field: string; from: Value | null; to: Value }
/**
 * How an entity was looked up (engine addition, not in the spec's contract): the active match
 * key (`name`, `email`, `code` …), the fields it reads (`MATCH_KEY_FIELDS`), the row's values of
 * those fields (trimmed; `''` when empty, and an empty key never matches) and the record found —
 * `null` when none was (the row then created one, or failed with `INVALID_ID` / `ID_NOT_FOUND`).
 * Absent when no lookup was made (action `add`, no match key).
 */
export interface MatchTrace { key: string; fields: readonly string[]; values: string[]; id: number | null }
/**
 * A non-empty imported value a matched record did not take (engine addition): `filled` — merge
 * keeps a filled field; `policy` — the phone / URL+e-mail policy `ignore` keeps the stored list;
 * `key` — a match-key field is never rewritten (spec §8.5). `value` is the imported value,
 * `stored` the value kept.
 */
export interface KeptValue { field: string; value: Value; stored: Value | null; why: 'filled' | 'policy' | 'key' }
/**
 * An imported list value that is not an item of its list (engine addition, spec §8.6): under
 * `blank` (or `default` without a default) it is dropped (`to: null`); under `default` it becomes
 * the default item `to`, which then goes through the action like any value.
 */
export interface DroppedValue { field: string; value: string; policy: string; to: string | null }
/** What happened to one entity of a row (spec §12.2), plus the explanation fields (engine addition). */
export interface EntityResult {
  outcome: Outcome;
  id: number | null;
  reason: string | null;
  changes: Change[];
  /** Only for `INVALID_NUMBER` / `INVALID_BOOLEAN`. */
  field?: string;
  /** Person entities only, whenever `id` is not null. */
  companyId?: number | null;
  /** The lookup that decided the outcome (explanation; absent when none was made). */
  match?: MatchTrace;
  /** Imported values a matched record kept its own value for (explanation; absent when none). */
  kept?: KeptValue[];
  /** Unknown list values dropped or replaced by a default (explanation; absent when none). */
  dropped?: DroppedValue[];
  /** Parameters of an error `reason`: `{ value }` — the cell that is no number / yes-no value. */
  params?: Record<string, string>;
}
/** A row warning (spec §7.2). */
export interface Warning { code: 'MULTIPLE_MATCHES'; entity: string; ids: number[] }
/** Row status (spec §6). */
export type RowStatus = 'not-selected' | 'filtered' | 'unchecked' | 'not-processed' | 'processed';
/** Result of one input row (spec §12.2); entity keys depend on the import. */
export interface RowResult {
  index: number;
  status: RowStatus;
  reason?: string;
  /** Parameters of a filter `reason` (explanation): `{ value }` — the row's relation type or category. */
  params?: Record<string, string>;
  company?: EntityResult; person?: EntityResult; product?: EntityResult;
  customer?: EntityResult; material?: EntityResult; hourType?: EntityResult;
  warnings?: Warning[];
  preview?: Record<string, PreviewIcon>;
}
/** Entity outcome counts of processed rows (spec §12.1). */
export interface Counts { created: number; updated: number; unchanged: number; skipped: number; errors: number }
/** Run summary (spec §12.1); entity count keys depend on the import. */
export interface Summary {
  rows: number; processed: number; unchecked: number; notSelected: number; filtered: number;
  notProcessed: number; cancelled: boolean; listItemsAdded: number;
  companies?: Counts; persons?: Counts; products?: Counts;
  customers?: Counts; materials?: Counts; hourTypes?: Counts;
  /** Processed rows with a warning, per warning code (`{ MULTIPLE_MATCHES: 3 }`; engine addition). */
  warnings?: Record<string, number>;
}
/** ERP result lists (spec §10). */
export interface ErpResult {
  connection: string | null; actorType: string; actorEntity: 'company' | 'person';
  newActors: number[]; updatedActors: number[];
}
/** A successful run (spec §12.1). */
export interface SimulationSuccess {
  ok: true;
  rows: RowResult[];
  database: Database | ExactDatabase;
  selection: { created: Record<string, number[]>; updated: Record<string, number[]> };
  summary: Summary;
  erp?: ErpResult;
}
/** A record list of the final database as `simulateStream` hands it over: each record made when it is read. */
export type Streamed<T> = { [K in keyof T]: T[K] extends readonly (infer E)[] ? Iterable<E> : T[K] };
/** What follows the rows of a streamed run: `SimulationSuccess` without `ok` and `rows`, record lists as iterables. */
export interface SimulationTail {
  database: Streamed<Database> | Streamed<ExactDatabase>;
  selection: SimulationSuccess['selection'];
  summary: Summary;
  erp?: ErpResult;
}
/**
 * A successful run of `simulateStream`: the row results, each made when `rows` is asked for the
 * next, then (`rest()`, once every row has been read) the rest of the output.
 */
export interface SimulationStream {
  ok: true;
  rows: IterableIterator<RowResult>;
  rest(): SimulationTail;
}
/** A validation error: a code plus the keys of spec §5 (never a sentence). */
export interface ValidationError { code: ErrorCode; [key: string]: unknown }
/** A refused input (spec §12.3). */
export interface SimulationFailure { ok: false; errors: ValidationError[] }
/** What `simulate` returns. */
export type SimulationOutput = SimulationSuccess | SimulationFailure;
/** Options of `simulate` beyond the spec's input. */
export interface SimulateOptions {
  /** Called every `progressEvery` rows and once at the end with (rows done, total rows). */
  onProgress?(done: number, total: number): void;
  /** Rows between two progress calls; default 1000. */
  progressEvery?: number;
  /** Polled before each row; `true` stops as `cancelAfter` = that row would. */
  shouldStop?(): boolean;
}
