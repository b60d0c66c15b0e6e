/**
 * Deterministic benchmark data for the import engine: `records` existing companies and persons and
 * `rows` import rows, about half matching existing records, generated from a fixed seed. Existing
 * companies have no city and the rows bring one, so under Merge (fill empty fields) and Replace
 * about half the rows update a company: the update path is measured, not only creation.
 */

/** mulberry32: a tiny seeded PRNG, so every run generates the same data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Utrecht', 'Aarhus', 'Odense', 'Zwolle', 'Esbjerg', 'Ede', 'Ry', 'Delft'];
const CATEGORIES = ['Klant', 'Prospect', 'Leverancier', 'Partner'];

/** The company action of a benchmark run: both update matched companies. */
export type BenchAction = 'merge' | 'replace';

/** A complete contacts simulation input with `rows` import rows against `records` existing companies and persons. */
export function benchInput(rows: number, records = rows, action: BenchAction = 'merge', seed = 20251123): Record<string, unknown> {
  const random = prng(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const companies = new Array(records);
  const persons = new Array(records);
  for (let i = 0; i < records; i++) {
    companies[i] = { id: i + 1, name: `Bedrijf ${i}`, city: null, phone: [`+31 30 ${100000 + i}`], category: 'Klant' };
    persons[i] = { id: i + 1, companyId: i + 1, firstName: 'Jan', lastName: `Jansen ${i}`, email: [`jan${i}@bedrijf${i}.test`] };
  }
  const importRows = new Array(rows);
  for (let i = 0; i < rows; i++) {
    // Half the rows hit an existing company (and its person), half bring new ones.
    const existing = random() < 0.5;
    const n = existing ? Math.floor(random() * records) : records + i;
    importRows[i] = {
      'company.name': existing && random() < 0.5 ? ` bedrijf  ${n} ` : `Bedrijf ${n}`,
      'company.city': pick(CITIES),
      'company.phone': `+31 30 ${100000 + n}`,
      'company.category': pick(CATEGORIES),
      'person.firstName': 'Jan',
      'person.lastName': `Jansen ${n}`,
      'person.email': `jan${n}@bedrijf${n}.test`,
    };
  }
  return {
    flavour: 'superoffice',
    settings: {
      target: 'contacts',
      company: { match: 'name', action },
      person: { match: 'email', action: 'merge', ifNoCompanyName: 'skip' },
      lists: { category: 'add', business: 'add', position: 'add', interests: 'add', custom: 'add' },
      phone: 'add',
      urlEmail: 'add',
    },
    existing: { companies, persons, lists: { category: [{ id: 1, name: 'Klant' }] } },
    rows: importRows,
    cancelAfter: null,
  };
}
