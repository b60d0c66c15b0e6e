/**
 * The run (spec §6): row statuses in index order, cancellation, and dispatch of processed rows
 * to the contacts, products or Exact Online processor. A generator: each row result is handed
 * over when it is made and kept by nobody here, so a consumer that writes rows out as they come
 * (the CLI) holds one row at a time; the final database follows as lazily made records.
 */
import { Collection } from './collection.ts';
import { companyKeysOf, personKeysOf } from './contact-keys.ts';
import { contactFieldsOf } from './contact-values.ts';
import { processContactsRow } from './contacts.ts';
import {
  companyOf, customerOf, hourTypeOf, listsOf, materialOf, personOf, priceListsOf, productOf, rawRecordsOf,
} from './database.ts';
import {
  EXACT_COLLECTION, EXACT_ENTITY, exactFilterParams, exactFilterReason, exactKeysOf, processExactRow, type ExactImport, type ExactRecord,
} from './exact-online.ts';
import { ListBook } from './lists.ts';
import { contactsPreview, entityPreview, rowWarnings, Tally } from './output.ts';
import { privacyFor } from './person-privacy.ts';
import { processProductRow, productKeysOf } from './products.ts';
import { resolveSettings } from './settings.ts';
import type {
  Customer, HourType, Material, Row, RowResult, SimulateOptions, SimulationTail,
} from './types.ts';

/** Processes one row and writes its entities, warnings and preview icons into `result`. */
type Processor = (row: Row, result: RowResult) => void;

/**
 * Runs a validated input (see `simulate` in index.ts): yields the row results in index order,
 * then returns the rest of the output. The database's record lists are iterables that make each
 * record when it is read; read them after the last row.
 */
export function* runRows(
  input: Record<string, unknown>, columns: readonly string[], options: SimulateOptions = {},
): Generator<RowResult, SimulationTail, undefined> {
  const settings = resolveSettings(input);
  const rows = input.rows as Row[];
  const existing = input.existing;
  const exact = settings.flavour === 'exact-online';
  const lists = new ListBook(exact ? {} : listsOf(existing));
  const tally = new Tally();

  let process: Processor;
  let output: () => Pick<SimulationTail, 'database' | 'selection'>;
  if (exact) {
    const kind = settings.exact.import as ExactImport;
    const load = { customers: customerOf, materials: materialOf, hourTypes: hourTypeOf } as const;
    const collections: Record<string, Collection<ExactRecord>> = {};
    for (const [name, of] of Object.entries(load)) {
      const canonical = of as unknown as (raw: Record<string, unknown>) => ExactRecord;
      collections[name] = new Collection(rawRecordsOf(existing, name), canonical, name === EXACT_COLLECTION[kind] ? exactKeysOf : null);
    }
    const records = collections[EXACT_COLLECTION[kind]];
    const entityKey = EXACT_ENTITY[kind];
    const state = { kind, records, lists };
    process = (row, result) => {
      const { entity, warnings } = processExactRow(row, state);
      result[entityKey] = entity;
      result.warnings = rowWarnings(warnings);
      result.preview = entityPreview(entityKey, entity.outcome);
    };
    output = () => ({
      database: {
        customers: collections.customers.records() as Iterable<unknown> as Iterable<Customer>,
        materials: collections.materials.records() as Iterable<unknown> as Iterable<Material>,
        hourTypes: collections.hourTypes.records() as Iterable<unknown> as Iterable<HourType>,
      },
      selection: tally.selection({ [EXACT_COLLECTION[kind]]: records }),
    });
  } else {
    const companies = new Collection(rawRecordsOf(existing, 'companies'), companyOf, companyKeysOf(settings.company.match));
    const persons = new Collection(rawRecordsOf(existing, 'persons'), personOf, personKeysOf(settings.person.match));
    const products = new Collection(rawRecordsOf(existing, 'products'), productOf,
      productKeysOf(settings.product.match, settings.product.priceListId));
    if (settings.target === 'products') {
      const state = { settings, products, lists };
      process = (row, result) => {
        const { product, warnings } = processProductRow(row, state);
        result.product = product;
        result.warnings = rowWarnings(warnings);
        result.preview = entityPreview('product', product.outcome);
      };
    } else {
      const fields = { company: contactFieldsOf('company', columns), person: contactFieldsOf('person', columns) };
      const state = { settings, companies, persons, lists, fields, privacy: privacyFor(settings, lists) };
      process = (row, result) => {
        const { company, person, warnings } = processContactsRow(row, state);
        result.company = company;
        result.person = person;
        result.warnings = rowWarnings(warnings);
        result.preview = contactsPreview(company.outcome, person.outcome);
      };
    }
    output = () => ({
      database: {
        companies: mapped(companies.records(), withSortedCustom), persons: mapped(persons.records(), withSortedCustom),
        products: products.records(), priceLists: priceListsOf(existing), lists: lists.toJSON(),
      },
      selection: settings.target === 'products' ? tally.selection({ products }) : tally.selection({ companies, persons }),
    });
  }

  const selected = settings.flavour === 'erp' && Array.isArray(settings.erp.selectedRows)
    ? new Set(settings.erp.selectedRows as number[]) : null;
  const unchecked = new Set(Array.isArray(input.unchecked) ? (input.unchecked as number[]) : []);
  let stopAt = typeof input.cancelAfter === 'number' ? input.cancelAfter : Infinity;
  const every = Math.max(1, Math.floor(options.progressEvery ?? 1000));

  for (let index = 0; index < rows.length; index++) {
    if (index < stopAt && options.shouldStop?.()) stopAt = index;
    const row = rows[index];
    let result: RowResult;
    const filterReason = exact ? exactFilterReason(row, settings) : null;
    if (selected && !selected.has(index)) result = { index, status: 'not-selected' };
    else if (filterReason !== null) {
      result = { index, status: 'filtered', reason: filterReason };
      const params = exactFilterParams(row, filterReason, settings);
      if (params) result.params = params;
    }
    else if (unchecked.has(index)) result = { index, status: 'unchecked' };
    else if (index >= stopAt) result = { index, status: 'not-processed' };
    else {
      // Filled in place by the processor: one object per row of a large run, keys in output order.
      result = { index, status: 'processed' };
      process(row, result);
    }
    tally.countRow(result);
    yield result;
    if ((index + 1) % every === 0) options.onProgress?.(index + 1, rows.length);
  }
  // The final call, unless the loop just made it.
  if (rows.length === 0 || rows.length % every !== 0) options.onProgress?.(rows.length, rows.length);

  const entityNames = exact
    ? [EXACT_COLLECTION[settings.exact.import as ExactImport]]
    : settings.target === 'products' ? ['products'] : ['companies', 'persons'];
  const tail: SimulationTail = {
    ...output(),
    summary: tally.summary(rows.length, stopAt < rows.length, entityNames, lists.added),
  };
  if (settings.flavour === 'erp') tail.erp = tally.erp(settings, tail.selection);
  return tail;
}

function* mapped<T>(items: Iterable<T>, map: (item: T) => T): Generator<T, void, undefined> {
  for (const item of items) yield map(item);
}

function withSortedCustom<R extends { custom: Record<string, string> }>(record: R): R {
  const keys = Object.keys(record.custom);
  if (keys.length < 2) return record;
  const custom: Record<string, string> = {};
  for (const key of keys.sort()) custom[key] = record.custom[key];
  return { ...record, custom };
}
