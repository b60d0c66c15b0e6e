/** Spec §8.6 list policies and §8.7 phone / URL / e-mail policies. */
import { describe, expect, it } from 'vitest';
import type { Company, Database } from '../../src/engine/index.ts';
import { contactsInput, run } from './helpers.ts';

const lists = {
  category: [{ id: 1, name: 'Kunde' }, { id: 4, name: 'Leverandør' }],
  companyInterest: [{ id: 1, name: 'Messer' }],
  'custom.region': [{ id: 1, name: 'Fyn' }],
};
const companyOf = (output: ReturnType<typeof run>, id: number) =>
  (output.database as Database).companies.find((c: Company) => c.id === id)!;

describe('list policies (spec §8.6)', () => {
  it.each([
    ['add', 'Partner', 'Partner', 1],
    ['default', 'Partner', 'Leverandør', 0],
    ['blank', 'Partner', null, 0],
    ['blank', ' kunde ', 'Kunde', 0],
  ])('%s: %j → %j', (policy, cell, stored, added) => {
    const output = run(contactsInput([{ 'company.name': 'Nyt', 'company.category': cell }], {
      existing: { lists }, preferences: { defaults: { category: 'leverandør' } },
      settings: { person: { match: 'none' }, lists: { category: policy } },
    }));
    expect(companyOf(output, 1).category).toBe(stored);
    expect(output.summary.listItemsAdded).toBe(added);
    if (added) expect((output.database as Database).lists.category.at(-1)).toEqual({ id: 5, name: 'Partner' });
  });

  it('a new item is created only when its value is written (merge on a filled field creates nothing)', () => {
    const output = run(contactsInput([{ 'company.name': 'Fuld', 'company.category': 'Partner' }], {
      existing: { companies: [{ id: 1, name: 'Fuld', category: 'Kunde' }], lists },
      settings: { person: { match: 'none' } },
    }));
    expect(output.rows[0].company?.outcome).toBe('unchanged');
    expect(output.summary.listItemsAdded).toBe(0);
    expect((output.database as Database).lists.category).toEqual(lists.category);
  });

  it('multi lists resolve each value, drop duplicates and keep the item spelling', () => {
    const output = run(contactsInput([{ 'company.name': 'Ny', 'company.interests': ['messer', 'Golf', 'GOLF', null, ''] }], {
      existing: { lists }, settings: { person: { match: 'none' } },
    }));
    expect(companyOf(output, 1).interests).toEqual(['Messer', 'Golf']);
    expect((output.database as Database).lists.companyInterest).toEqual([{ id: 1, name: 'Messer' }, { id: 2, name: 'Golf' }]);
  });

  it('custom list fields store the item name under custom.<name>', () => {
    const output = run(contactsInput([{ 'company.name': 'Ny', 'company.custom.region': 'FYN' }], {
      existing: { lists }, settings: { person: { match: 'none' } },
    }));
    expect(companyOf(output, 1).custom).toEqual({ region: 'Fyn' });
    expect(output.rows[0].company?.changes).toEqual([
      { field: 'company.name', from: null, to: 'Ny' },
      { field: 'company.custom.region', from: null, to: 'Fyn' },
    ]);
  });
});

describe('phone / URL / e-mail policies on a matched record (spec §8.7)', () => {
  const existing = { companies: [{ id: 1, name: 'Holm', phone: ['+45 11 22 33 44'], email: [] }] };
  it.each([
    ['add', 'merge', ['0045 11223344', '+45 99 88 77 66'], ['+45 11 22 33 44', '+45 99 88 77 66']],
    ['add', 'replace', ['+45 99 88 77 66'], ['+45 11 22 33 44', '+45 99 88 77 66']],
    ['replace', 'merge', ['+45 99 88 77 66'], ['+45 99 88 77 66']],
    ['replace', 'replace', ['0045 11 22 33 44'], ['+45 11 22 33 44']],
    ['ignore', 'replace', ['+45 99 88 77 66'], ['+45 11 22 33 44']],
  ])('phone %s under %s', (phone, action, cell, stored) => {
    const output = run(contactsInput([{ 'company.name': 'Holm', 'company.phone': cell }], {
      existing, settings: { phone, company: { match: 'name', action }, person: { match: 'none' } },
    }));
    expect(companyOf(output, 1).phone).toEqual(stored);
  });

  it('ignore keeps an empty stored list empty', () => {
    const output = run(contactsInput([{ 'company.name': 'Holm', 'company.email': 'info@holm.test' }], {
      existing, settings: { urlEmail: 'ignore', person: { match: 'none' } },
    }));
    expect(companyOf(output, 1).email).toEqual([]);
    expect(output.rows[0].company?.outcome).toBe('unchanged');
  });

  it('new records always receive the imported values', () => {
    const output = run(contactsInput([{ 'company.name': 'Ny', 'company.url': ['https://ny.test/', 'HTTPS://NY.TEST'] }], {
      existing, settings: { urlEmail: 'ignore', person: { match: 'none' } },
    }));
    expect(companyOf(output, 2).url).toEqual(['https://ny.test/']);
  });
});
