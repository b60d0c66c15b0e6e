/**
 * Properties of the import engine (spec §6–§8) over generated inputs: merge, skip, add,
 * idempotent replace, cancellation and key-order independence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type Company, type Database, type SimulationSuccess } from '../../src/engine/index.ts';
import {
  contactRows, contactSettings, contactsInputOf, existingCompanies, existingPersons, reverseKeys,
} from './arbitraries.ts';

const ok = (input: unknown): SimulationSuccess => {
  const output = simulate(input);
  if (!output.ok) throw new Error(`refused: ${JSON.stringify(output.errors)}`);
  return output;
};
const dbOf = (output: SimulationSuccess) => output.database as Database;
const SINGLE_FIELDS = ['name', 'department', 'number', 'code', 'vatNo', 'street', 'postcode', 'city', 'country', 'category', 'business'] as const;

describe('engine properties', () => {
  it('merge never changes a non-empty existing field (single values; multi lists only grow)', () => {
    fc.assert(fc.property(contactSettings, existingCompanies, existingPersons, contactRows, (settings, companies, persons, rows) => {
      const before = dbOf(ok(contactsInputOf(settings, 'merge', companies, persons, [{ 'company.name': null }])));
      const after = dbOf(ok(contactsInputOf(settings, 'merge', companies, persons, rows)));
      for (const old of before.companies) {
        const now = after.companies.find((c) => c.id === old.id) as Company;
        for (const field of SINGLE_FIELDS) if (old[field] !== null) expect(now[field]).toBe(old[field]);
        if (settings.phone !== 'replace') expect(now.phone.slice(0, old.phone.length)).toEqual(old.phone);
      }
      for (const old of before.persons) {
        const now = after.persons.find((p) => p.id === old.id)!;
        for (const field of ['firstName', 'lastName', 'number', 'position'] as const) {
          if (old[field] !== null) expect(now[field]).toBe(old[field]);
        }
        expect(now.companyId).toBe(old.companyId);
        expect(now.privacy).toEqual(old.privacy);
      }
    }));
  });

  it('skip leaves every existing record identical', () => {
    fc.assert(fc.property(contactSettings, existingCompanies, existingPersons, contactRows, (settings, companies, persons, rows) => {
      const before = dbOf(ok(contactsInputOf(settings, 'skip', companies, persons, [{ 'company.name': null }])));
      const after = dbOf(ok(contactsInputOf(settings, 'skip', companies, persons, rows)));
      expect(after.companies.slice(0, before.companies.length)).toEqual(before.companies);
      expect(after.persons.filter((p) => before.persons.some((b) => b.id === p.id))).toEqual(before.persons);
      expect(ok(contactsInputOf(settings, 'skip', companies, persons, rows)).selection.updated).toEqual({ companies: [], persons: [] });
    }));
  });

  it('add always adds exactly one company per row with a company name', () => {
    fc.assert(fc.property(contactSettings, existingCompanies, contactRows, (settings, companies, rows) => {
      const output = ok(contactsInputOf({ ...settings, personMatch: 'none' }, 'add', companies, [], rows));
      const named = rows.filter((row) => typeof row['company.name'] === 'string' && row['company.name'].trim() !== '').length;
      expect(dbOf(output).companies).toHaveLength(companies.length + named);
      expect(output.selection.created.companies).toHaveLength(named);
      expect(output.summary.companies?.created).toBe(named);
    }));
  });

  // Only with keys every created record carries (company and person name): a row whose key is
  // empty creates a record on every run by design (spec §2: an absent key never matches).
  it('running the same replace twice equals running it once', () => {
    const keyed = contactSettings.map((s) => ({ ...s, companyMatch: 'name', personMatch: s.personMatch === 'email' ? 'name' : s.personMatch }));
    fc.assert(fc.property(keyed, existingCompanies, existingPersons, contactRows, (settings, companies, persons, rows) => {
      const once = ok(contactsInputOf(settings, 'replace', companies, persons, rows));
      const twice = ok({ ...contactsInputOf(settings, 'replace', [], [], rows), existing: once.database });
      expect(twice.database).toEqual(once.database);
      expect(twice.selection.created).toEqual({ companies: [], persons: [] });
    }));
  });

  it('cancelling after N equals importing the first N rows', () => {
    fc.assert(fc.property(
      contactSettings, fc.constantFrom('merge', 'replace', 'skip', 'add'), existingCompanies, existingPersons, contactRows, fc.integer({ min: 1, max: 9 }),
      (settings, action, companies, persons, rows, n) => {
        const cancelled = ok({ ...contactsInputOf(settings, action, companies, persons, rows), cancelAfter: n });
        const prefix = ok(contactsInputOf(settings, action, companies, persons, rows.slice(0, n)));
        expect(cancelled.database).toEqual(prefix.database);
        expect(cancelled.selection).toEqual(prefix.selection);
        expect(cancelled.rows.slice(0, n)).toEqual(prefix.rows);
        expect(cancelled.rows.slice(n).every((r) => r.status === 'not-processed')).toBe(true);
        expect(cancelled.summary.cancelled).toBe(n < rows.length);
      },
    ));
  });

  it('the result does not depend on the order of object keys', () => {
    fc.assert(fc.property(
      contactSettings, fc.constantFrom('merge', 'replace', 'skip', 'add'), existingCompanies, existingPersons, contactRows,
      (settings, action, companies, persons, rows) => {
        const input = contactsInputOf(settings, action, companies, persons, rows);
        expect(ok(reverseKeys(input))).toEqual(ok(input));
        expect(JSON.stringify(ok(reverseKeys(input)).rows)).toBe(JSON.stringify(ok(input).rows));
      },
    ));
  });
});
