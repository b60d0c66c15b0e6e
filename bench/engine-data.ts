/**
 * Deterministic benchmark data for the import engine: `size` existing companies and persons and
 * `size` import rows, half matching existing records, generated from a fixed seed.
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

/** A complete contacts simulation input of the given size. */
export function benchInput(size: number, seed = 20251123): Record<string, unknown> {
  const random = prng(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const companies = new Array(size);
  const persons = new Array(size);
  for (let i = 0; i < size; i++) {
    companies[i] = { id: i + 1, name: `Bedrijf ${i}`, city: pick(CITIES), phone: [`+31 30 ${100000 + i}`], category: 'Klant' };
    persons[i] = { id: i + 1, companyId: i + 1, firstName: 'Jan', lastName: `Jansen ${i}`, email: [`jan${i}@bedrijf${i}.test`] };
  }
  const rows = new Array(size);
  for (let i = 0; i < size; i++) {
    // Half the rows hit an existing company (and its person), half bring new ones.
    const existing = random() < 0.5;
    const n = existing ? Math.floor(random() * size) : size + i;
    rows[i] = {
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
      company: { match: 'name', action: 'merge' },
      person: { match: 'email', action: 'merge', ifNoCompanyName: 'skip' },
      lists: { category: 'add', business: 'add', position: 'add', interests: 'add', custom: 'add' },
      phone: 'add',
      urlEmail: 'add',
    },
    existing: { companies, persons, lists: { category: [{ id: 1, name: 'Klant' }] } },
    rows,
    cancelAfter: null,
  };
}
