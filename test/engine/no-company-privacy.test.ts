/** Spec §8.3 "If no company name" options and §8.8 privacy of created persons. */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/engine/index.ts';
import { contactsInput, run } from './helpers.ts';

const row = { 'company.name': '', 'company.phone': '+45 70 10 20 30', 'person.firstName': 'Mads', 'person.lastName': 'Kjær' };
const lists = { legalBasis: [{ id: 1, name: 'Samtykke' }, { id: 2, name: 'Kontrakt' }] };

describe('no company name (spec §8.3)', () => {
  it('skip: neither company nor person is created', () => {
    const output = run(contactsInput([row]));
    expect(output.rows[0].company).toMatchObject({ outcome: 'skipped', reason: 'no-company-name', id: null });
    expect(output.rows[0].person).toMatchObject({ outcome: 'skipped', reason: 'no-company-name', id: null });
  });

  it('import-without-company: the person gets no company (preference off)', () => {
    const output = run(contactsInput([row], {
      settings: { person: { match: 'name', action: 'merge', ifNoCompanyName: 'import-without-company' } },
      preferences: { mandatoryCompanyOnPerson: false },
    }));
    expect(output.rows[0].company).toMatchObject({ outcome: 'none', reason: 'no-company' });
    expect(output.rows[0].person).toMatchObject({ outcome: 'created', id: 1, companyId: null });
  });

  it('create-from-person: a company named after the person, with the row\'s company values; reused by a second row', () => {
    const output = run(contactsInput([row, { ...row, 'company.phone': null }], {
      settings: { person: { match: 'name', action: 'merge', ifNoCompanyName: 'create-from-person' } },
    }));
    expect(output.rows[0].company).toMatchObject({ outcome: 'created', id: 1 });
    expect((output.database as Database).companies[0]).toMatchObject({ name: 'Mads Kjær', phone: ['+45 70 10 20 30'] });
    expect(output.rows[1].company).toMatchObject({ outcome: 'unchanged', id: 1 });
    expect(output.rows[1].person).toMatchObject({ outcome: 'unchanged', id: 1, companyId: 1 });
  });

  it('no person data and no company name → COMPANY_NAME_MISSING', () => {
    const output = run(contactsInput([{ 'company.name': ' ', 'company.city': 'Ry', 'person.lastName': '' }]));
    expect(output.rows[0].company).toMatchObject({ outcome: 'error', reason: 'COMPANY_NAME_MISSING' });
    expect(output.rows[0].person).toMatchObject({ outcome: 'none', reason: 'no-data' });
  });

  it('a company skipped as duplicate still takes new persons', () => {
    const output = run(contactsInput([{ 'company.name': 'Holm', 'person.lastName': 'Ny' }], {
      existing: { companies: [{ id: 3, name: 'Holm' }] }, settings: { company: { match: 'name', action: 'skip' } },
    }));
    expect(output.rows[0].company).toMatchObject({ outcome: 'skipped', reason: 'duplicate-skip', id: 3 });
    expect(output.rows[0].person).toMatchObject({ outcome: 'created', companyId: 3 });
  });
});

describe('privacy (spec §8.8)', () => {
  it.each([
    [{ legalBasis: 'kontrakt', consentSource: 'Import', consentComment: 'Messe 2025' }, {}, 'Kontrakt', 'Messe 2025'],
    [{ legalBasis: 'use-default' }, { legalBasis: 'Samtykke' }, 'Samtykke', null],
    [{ legalBasis: 'use-default' }, {}, null, null],
  ])('%j', (privacy, defaults, legalBasis, comment) => {
    const output = run(contactsInput([{ 'company.name': 'Holm', 'person.lastName': 'Ny' }], {
      existing: { lists }, settings: { privacy }, preferences: { defaults },
    }));
    expect((output.database as Database).persons[0].privacy).toEqual({
      purpose: 'sales-and-service', legalBasis, source: 'Import', comment,
    });
  });

  it('matched persons keep their privacy data', () => {
    const privacy = { purpose: 'sales-and-service', legalBasis: 'Samtykke', source: 'Web', comment: null };
    const output = run(contactsInput([{ 'company.name': 'Holm', 'person.lastName': 'Gl', 'person.number': '7' }], {
      existing: { companies: [{ id: 1, name: 'Holm' }], persons: [{ id: 1, companyId: 1, lastName: 'Gl', privacy }], lists },
      settings: { privacy: { legalBasis: 'Kontrakt' } },
    }));
    expect((output.database as Database).persons[0]).toMatchObject({ number: '7', privacy });
  });
});
