/**
 * Deterministic benchmark data for the import engine: `records` existing companies and persons and
 * `rows` import rows, about half matching existing records, generated from a fixed seed. Existing
 * companies have no city and the rows bring one, so under Merge (fill empty fields) and Replace
 * about half the rows update a company: the update path is measured, not only creation.
 *
 * Every chunk of records and rows goes through JSON text and `JSON.parse`, as a real input does
 * (`signpost simulate` reads a file; the simulators post parsed data): strings built with template
 * literals are V8 ropes (a `ConsString` per `+`, tens of bytes each, flattened again when read),
 * which no parsed input has, and would make the input look far larger than it is.
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

/** Items `make(0)` … `make(count - 1)` (made in this order), read back from JSON text 10,000 at a time. */
function parsed(count: number, make: (i: number) => unknown): unknown[] {
  const items: unknown[] = new Array(count);
  for (let from = 0; from < count; from += 10_000) {
    const chunk: unknown[] = [];
    for (let i = from; i < Math.min(count, from + 10_000); i++) chunk.push(make(i));
    const read = JSON.parse(JSON.stringify(chunk)) as unknown[];
    for (let i = 0; i < read.length; i++) items[from + i] = read[i];
  }
  return items;
}

/** Reads every record of a streamed run's final database, as a consumer writing them out would; returns how many. */
export function readRecords(database: object): number {
  let count = 0;
  for (const list of Object.values(database)) {
    if (typeof list === 'object' && list !== null && Symbol.iterator in list) for (const _ of list as Iterable<unknown>) count++;
  }
  return count;
}

/** The company action of a benchmark run: both update matched companies. */
export type BenchAction = 'merge' | 'replace';

/** A complete contacts simulation input with `rows` import rows against `records` existing companies and persons. */
export function benchInput(rows: number, records = rows, action: BenchAction = 'merge', seed = 20251123): Record<string, unknown> {
  const random = prng(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const companies = parsed(records, (i) => ({ id: i + 1, name: `Bedrijf ${i}`, city: null, phone: [`+31 30 ${100000 + i}`], category: 'Klant' }));
  const persons = parsed(records, (i) => ({ id: i + 1, companyId: i + 1, firstName: 'Jan', lastName: `Jansen ${i}`, email: [`jan${i}@bedrijf${i}.test`] }));
  const importRows = parsed(rows, (i) => {
    // Half the rows hit an existing company (and its person), half bring new ones.
    const existing = random() < 0.5;
    const n = existing ? Math.floor(random() * records) : records + i;
    return {
      'company.name': existing && random() < 0.5 ? ` bedrijf  ${n} ` : `Bedrijf ${n}`,
      'company.city': pick(CITIES),
      'company.phone': `+31 30 ${100000 + n}`,
      'company.category': pick(CATEGORIES),
      'person.firstName': 'Jan',
      'person.lastName': `Jansen ${n}`,
      'person.email': `jan${n}@bedrijf${n}.test`,
    };
  });
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
