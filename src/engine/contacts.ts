/**
 * One contacts row (spec §8): the company step, the "no company name" options, the person step.
 */
import { applyToMatched, applyToNew } from './apply.ts';
import { MATCH_KEY_FIELDS } from './catalogue.ts';
import { cellText, isEmptyCell, parseIdCell } from './cells.ts';
import type { Collection } from './collection.ts';
import { companyKey, companyKeyParts, companyKeyValuesOfRow, personKeyOfRow, personKeyParts } from './contact-keys.ts';
import { contactValuesOf, personNamesOf, type ContactFields, type PersonNames } from './contact-values.ts';
import {
  createdResult, errorResult, explained, matchedResult, matchTrace, noneResult, pickMatch, skippedResult,
  type Lookup, type Notes,
} from './entity.ts';
import type { ListBook } from './lists.ts';
import { collapse } from './normalise.ts';
import { newPerson } from './person-privacy.ts';
import type { ResolvedSettings } from './settings.ts';
import { NO_CUSTOM, NO_TEXTS } from './database.ts';
import type { Company, EntityResult, MatchTrace, Person, Privacy, Row, Warning } from './types.ts';

/** What a contacts row needs: settings, the two collections, the lists and the run's fields. */
export interface ContactsState {
  settings: ResolvedSettings;
  companies: Collection<Company>;
  persons: Collection<Person>;
  lists: ListBook;
  fields: { company: ContactFields; person: ContactFields };
  /** Privacy of every created person (the same in a whole run: spec §8.8); one frozen object they all share. */
  privacy: Privacy;
}

/** The entities and warnings of one processed contacts row. */
export interface ContactsRowResult { company: EntityResult; person: EntityResult; warnings: Warning[] }

const NO_KEY_PROPS: ReadonlySet<string> = new Set();
const COMPANY_KEY_PROPS: Record<string, ReadonlySet<string>> = {
  name: new Set(['name']), 'name+department': new Set(['name', 'department']), number: new Set(['number']),
  code: new Set(['code']), vatNo: new Set(['vatNo']),
};
const PERSON_KEY_PROPS: Record<string, ReadonlySet<string>> = {
  name: new Set(['firstName', 'lastName']), number: new Set(['number']),
};

function hasData(row: Row, prefix: string): boolean {
  for (const key in row) if (key.startsWith(prefix) && !isEmptyCell(row[key])) return true;
  return false;
}

function lookupById(cell: Row[string] | undefined, exists: (id: number) => boolean): Lookup {
  if (isEmptyCell(cell)) return { kind: 'none' };
  const id = parseIdCell(cell ?? null);
  if (id === undefined) return { kind: 'error', reason: 'INVALID_ID' };
  return exists(id) ? { kind: 'match', id } : { kind: 'error', reason: 'ID_NOT_FOUND' };
}

/** Processes `row` against the state; mutates the collections and lists. */
export function processContactsRow(row: Row, state: ContactsState): ContactsRowResult {
  const { settings } = state;
  const warnings: Warning[] = [];
  const companyData = hasData(row, 'company.');
  const personData = settings.personsOn && hasData(row, 'person.');
  // The reason of a person result `none`: built only when one is returned (most rows have a person).
  const noPerson = settings.personsOn ? 'no-data' : 'persons-not-imported';
  if (!companyData && !personData) return { company: noneResult('no-data'), person: noneResult(noPerson), warnings };
  const names = personNamesOf(row);

  let company: EntityResult | undefined;
  if (companyData) {
    const { lookup, match } = lookupCompany(row, state, warnings);
    if (lookup.kind === 'error') {
      const person = personData ? skippedResult('company-error', null) : noneResult(noPerson);
      return { company: explained(errorResult(lookup.reason), match, {}), person, warnings };
    }
    if (lookup.kind === 'match') company = applyToCompany(lookup.id, row, state, match);
    else if (!isEmptyCell(row['company.name'])) company = createCompany(row, state, match);
  }
  if (!company) {
    // Spec §8.3: no company name.
    if (!personData) return { company: errorResult('COMPANY_NAME_MISSING'), person: noneResult(noPerson), warnings };
    const option = settings.person.ifNoCompanyName;
    if (option === 'skip') {
      return { company: skippedResult('no-company-name', null), person: skippedResult('no-company-name', null), warnings };
    }
    if (option === 'import-without-company') company = noneResult('no-company');
    else {
      const name = collapse(`${names.first} ${names.last}`);
      if (name === '') {
        return { company: errorResult('COMPANY_NAME_MISSING'), person: skippedResult('company-error', null), warnings };
      }
      const { match, action } = settings.company;
      const byName = (match === 'name' || match === 'name+department') && action !== 'add';
      if (byName) {
        const values = companyKeyValuesOfRow(row, name);
        const lookup = pickMatch(state.companies.lookup(companyKey(match, values)), 'company', warnings);
        const trace = matchTrace(MATCH_KEY_FIELDS.company, match, companyKeyParts(match, values), lookup);
        company = lookup.kind === 'match' ? applyToCompany(lookup.id, row, state, trace, name) : createCompany(row, state, trace, name);
      } else {
        company = createCompany(row, state, undefined, name);
      }
    }
  }
  const person = personData ? processPerson(row, names, company.id, state, warnings) : noneResult(noPerson);
  return { company, person, warnings };
}

/** The company lookup of a row (spec §7.2) and its explanation (absent when no lookup is made). */
function lookupCompany(row: Row, state: ContactsState, warnings: Warning[]): { lookup: Lookup; match?: MatchTrace } {
  const { match, action } = state.settings.company;
  if (action === 'add' || match === null) return { lookup: { kind: 'none' } };
  if (match === 'id') {
    const lookup = lookupById(row['company.id'], (id) => state.companies.has(id));
    return { lookup, match: matchTrace(MATCH_KEY_FIELDS.company, match, [cellText(row['company.id'])], lookup) };
  }
  const values = companyKeyValuesOfRow(row);
  const lookup = pickMatch(state.companies.lookup(companyKey(match, values)), 'company', warnings);
  return { lookup, match: matchTrace(MATCH_KEY_FIELDS.company, match, companyKeyParts(match, values), lookup) };
}

function companyValues(row: Row, state: ContactsState, name: string | undefined, keyProps: ReadonlySet<string>, notes: Notes) {
  const overrides: Record<string, string> = name === undefined ? {} : { 'company.name': name };
  return contactValuesOf(state.fields.company, row, state.settings, state.lists, overrides, keyProps, notes);
}

function createCompany(row: Row, state: ContactsState, match: MatchTrace | undefined, name?: string): EntityResult {
  const notes: Notes = {};
  const values = companyValues(row, state, name, NO_KEY_PROPS, notes);
  let changes: EntityResult['changes'] = [];
  const record = state.companies.insert((id) => {
    const company: Company = {
      id, name: null, department: null, number: null, code: null, vatNo: null, street: null,
      postcode: null, city: null, country: null, phone: NO_TEXTS, email: NO_TEXTS, url: NO_TEXTS, category: null,
      business: null, interests: NO_TEXTS, custom: NO_CUSTOM,
    };
    changes = applyToNew(company as unknown as Record<string, unknown>, values, state.lists);
    return company;
  });
  return explained(createdResult(record.id, changes), match, notes);
}

function applyToCompany(id: number, row: Row, state: ContactsState, match: MatchTrace | undefined, name?: string): EntityResult {
  const { match: key, action } = state.settings.company;
  if (action === 'skip') return explained(skippedResult('duplicate-skip', id), match, {});
  const record = state.companies.get(id) as Company;
  const notes: Notes = {};
  const values = companyValues(row, state, name, COMPANY_KEY_PROPS[key ?? ''] ?? NO_KEY_PROPS, notes);
  const changes = applyToMatched(state.companies, record, values, action as 'merge' | 'replace', state.lists, notes);
  return explained(matchedResult(id, changes), match, notes);
}

function processPerson(
  row: Row, names: PersonNames, companyId: number | null, state: ContactsState, warnings: Warning[],
): EntityResult {
  const { settings, persons } = state;
  const { match, action } = settings.person;
  let lookup: Lookup = { kind: 'none' };
  let trace: MatchTrace | undefined;
  if (action !== 'add' && match !== null) {
    lookup = match === 'id'
      ? lookupById(row['person.id'], (id) => persons.has(id))
      : pickMatch(persons.lookup(personKeyOfRow(match, row, names, companyId)), 'person', warnings);
    trace = matchTrace(MATCH_KEY_FIELDS.person, match, personKeyParts(match, row, names), lookup);
  }
  if (lookup.kind === 'error') return explained(errorResult(lookup.reason), trace, {});
  const overrides = { 'person.firstName': names.storedFirst, 'person.lastName': names.storedLast };
  const notes: Notes = {};
  if (lookup.kind === 'match') {
    const record = persons.get(lookup.id) as Person;
    if (action === 'skip') return withCompany(explained(skippedResult('duplicate-skip', record.id), trace, notes), record);
    const keyProps = PERSON_KEY_PROPS[match ?? ''] ?? NO_KEY_PROPS;
    const values = contactValuesOf(state.fields.person, row, settings, state.lists, overrides, keyProps, notes);
    const changes = applyToMatched(persons, record, values, action as 'merge' | 'replace', state.lists, notes);
    return withCompany(explained(matchedResult(record.id, changes), trace, notes), record);
  }
  if (names.first === '' && names.last === '') return explained(errorResult('PERSON_NAME_MISSING'), trace, notes);
  const values = contactValuesOf(state.fields.person, row, settings, state.lists, overrides, NO_KEY_PROPS, notes);
  let changes: EntityResult['changes'] = [];
  const record = persons.insert((id) => {
    const person = newPerson(id, companyId);
    changes = applyToNew(person as unknown as Record<string, unknown>, values, state.lists);
    person.privacy = state.privacy;
    return person;
  });
  return withCompany(explained(createdResult(record.id, changes), trace, notes), record);
}

/** A person's entity result carries the company of its record (spec §12.2). */
function withCompany(result: EntityResult, record: Person): EntityResult {
  result.companyId = record.companyId;
  return result;
}
