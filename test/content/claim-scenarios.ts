/**
 * The rules the help pages state in prose, each as an engine scenario. A page marks the sentence
 * with `<!-- claim: id -->` (at the end of the sentence, or before the next one); claims.test.ts
 * finds every marker, runs the scenario of its id through the real engine and names page and line
 * when the engine disagrees. A scenario returns `null` when the engine does what the sentence
 * says, else a short description of what it did instead.
 */
import { simulate } from '../../src/engine/index.ts';

type Output = ReturnType<typeof simulate> & { ok: true };
type Entity = { outcome: string; id: number | null; reason: string | null; changes: { field: string; to: unknown }[] };
type Row = Record<string, unknown> & { warnings: { code: string; ids?: number[] }[]; preview: Record<string, string> };

/** Runs the engine and fails loudly when it refused the input (a broken scenario, not a claim). */
function run(input: Record<string, unknown>): Output {
  const output = simulate(input);
  if (!output.ok) throw new Error(`scenario refused by the engine: ${JSON.stringify(output.errors)}`);
  return output as Output;
}

const contacts = (settings: Record<string, unknown>, existing: Record<string, unknown>, rows: Record<string, unknown>[], preferences?: Record<string, unknown>) =>
  run({ flavour: 'superoffice', settings: { target: 'contacts', ...settings }, existing, rows, ...(preferences ? { preferences } : {}) });
const rowOf = (output: Output, index = 0): Row => output.rows[index] as unknown as Row;
const entityOf = (output: Output, name: string, index = 0): Entity => rowOf(output, index)[name] as Entity;
/** The output database as plain collections (the engine's union type differs per flavour). */
const stored = (output: Output, collection: string): Record<string, unknown>[] => ((output.database as unknown as Record<string, Record<string, unknown>[]>)[collection] ?? []);
const expectThat = (ok: boolean, got: unknown): string | null => (ok ? null : `engine gave ${JSON.stringify(got)}`);

const namelessRow = { 'company.name': '', 'person.firstName': '', 'person.lastName': '', 'person.email': 'someone@example.com' };
const merge = { company: { match: 'name', action: 'merge' } };

/** Scenario per claim id; the comment above each quotes the rule as the English page states it. */
export const CLAIMS: Record<string, () => string | null> = {
  // A nameless row under Skip is skipped and gets no preview icon.
  'nameless-row-skipped': () => {
    const row = rowOf(contacts({ ...merge, person: { match: 'name', action: 'merge', ifNoCompanyName: 'skip' } }, {}, [namelessRow]));
    const ok = (row.company as Entity).outcome === 'skipped' && (row.person as Entity).outcome === 'skipped' && Object.values(row.preview).every((icon) => icon === 'none');
    return expectThat(ok, { company: row.company, person: row.person, preview: row.preview });
  },
  // … under Create company using contact name or Import contacts without company it is an error with the warning icon.
  'nameless-row-error': () => {
    for (const ifNoCompanyName of ['create-from-person', 'import-without-company']) {
      const row = rowOf(contacts({ ...merge, person: { match: 'name', action: 'merge', ifNoCompanyName } }, {}, [namelessRow], { mandatoryCompanyOnPerson: false }));
      const outcomes = [(row.company as Entity).outcome, (row.person as Entity).outcome];
      if (!outcomes.includes('error') || !Object.values(row.preview).includes('warning')) return `${ifNoCompanyName}: ${JSON.stringify({ outcomes, preview: row.preview })}`;
    }
    return null;
  },
  // Merge fills empty fields only: a filled field is not overwritten.
  'merge-keeps-filled': () => {
    const output = contacts({ ...merge, person: { match: 'none' } }, { companies: [{ id: 1, name: 'Harbour Bakery', city: 'Leeds' }] }, [{ 'company.name': 'Harbour Bakery', 'company.city': 'York', 'company.street': 'Quay 1' }]);
    const company = entityOf(output, 'company');
    return expectThat(company.changes.map((c) => c.field).join() === 'company.street', company.changes);
  },
  // With Phone number / URLs + email on Replace, Merge replaces phone numbers and email addresses.
  'merge-replaces-phone-email': () => {
    const output = contacts({ ...merge, person: { match: 'none' }, phone: 'replace', urlEmail: 'replace' }, { companies: [{ id: 1, name: 'Harbour Bakery', phone: ['0111'], email: ['old@example.com'] }] }, [{ 'company.name': 'Harbour Bakery', 'company.phone': '0222', 'company.email': 'new@example.com' }]);
    const fields = entityOf(output, 'company').changes.map((c) => c.field).sort().join();
    return expectThat(fields === 'company.email,company.phone', entityOf(output, 'company').changes);
  },
  // Several records share the key: the oldest (lowest ID) is used, the row gets a warning and the summary counts it.
  'multiple-matches-oldest': () => {
    const output = contacts({ ...merge, person: { match: 'none' } }, { companies: [{ id: 7, name: 'Harbour Bakery' }, { id: 3, name: 'harbour  bakery' }] }, [{ 'company.name': 'Harbour Bakery', 'company.city': 'York' }]);
    const row = rowOf(output);
    const ok = entityOf(output, 'company').id === 3 && row.warnings.some((w) => w.code === 'MULTIPLE_MATCHES');
    return expectThat(ok, { id: entityOf(output, 'company').id, warnings: row.warnings });
  },
  // Case and extra spaces do not count; accents and punctuation do.
  'key-normalisation': () => {
    const existing = { companies: [{ id: 1, name: 'ACME Inc.' }, { id: 2, name: 'Søren' }] };
    const output = contacts({ ...merge, person: { match: 'none' } }, existing, [{ 'company.name': '  acme   INC. ' }, { 'company.name': 'ACME Inc' }, { 'company.name': 'Soren' }]);
    const outcomes = [0, 1, 2].map((index) => entityOf(output, 'company', index).outcome);
    return expectThat(outcomes.join() === 'unchanged,created,created', outcomes);
  },
  // An empty key is never a duplicate: with VAT number as the key, a row without one creates a company.
  'empty-key-no-match': () => {
    const output = contacts({ company: { match: 'vatNo', action: 'merge' }, person: { match: 'none' } }, { companies: [{ id: 1, name: 'Harbour Bakery', vatNo: null }] }, [{ 'company.name': 'Harbour Bakery', 'company.vatNo': '' }]);
    return expectThat(entityOf(output, 'company').outcome === 'created', entityOf(output, 'company'));
  },
  // Whatever the action, an empty cell never changes a stored value.
  'empty-cell-keeps': () => {
    for (const action of ['merge', 'replace', 'skip']) {
      const output = contacts({ company: { match: 'name', action }, person: { match: 'none' } }, { companies: [{ id: 1, name: 'Harbour Bakery', city: 'Leeds' }] }, [{ 'company.name': 'Harbour Bakery', 'company.city': '' }]);
      const company = stored(output, 'companies')[0];
      if (company?.city !== 'Leeds') return `${action}: stored city became ${JSON.stringify(company?.city)}`;
    }
    return null;
  },
  // Prices: with both `,` and `.`, the last one is the decimal sign (`1,234.50` → 1234.5).
  'number-last-separator': () => {
    const output = run({ flavour: 'superoffice', settings: { target: 'products', product: { match: 'code', action: 'add', priceListId: 1 } }, existing: { priceLists: [{ id: 1, name: 'P' }] }, rows: [{ 'product.code': 'A', 'product.name': 'Valve', 'product.listPrice': '1,234.50' }, { 'product.code': 'B', 'product.name': 'Boiler', 'product.listPrice': '1.234,50' }] });
    const prices = stored(output, 'products').map((p) => p.listPrice);
    return expectThat(prices.join() === '1234.5,1234.5', prices);
  },
  // A price that is not a number: the row is processed, the product's outcome is error (warning icon), nothing is saved.
  'product-bad-price-error': () => {
    const output = run({ flavour: 'superoffice', settings: { target: 'products', product: { match: 'code', action: 'replace', priceListId: 1 } }, existing: { priceLists: [{ id: 1, name: 'P' }] }, rows: [{ 'product.code': 'A', 'product.name': 'Valve', 'product.listPrice': 'twelve' }] });
    const row = rowOf(output);
    const ok = row.status === 'processed' && (row.product as Entity).outcome === 'error' && row.preview.product === 'warning' && stored(output, 'products').length === 0;
    return expectThat(ok, { status: row.status, product: row.product, preview: row.preview });
  },
  // Exact Online: a record without a code is an error with the warning icon; nothing is created.
  'exact-no-code-error': () => {
    const output = run({ flavour: 'exact-online', settings: { exact: { import: 'relations' } }, rows: [{ 'relation.code': '', 'relation.name': 'Harbour Bakery' }] });
    const row = rowOf(output);
    const ok = (row.customer as Entity).outcome === 'error' && row.preview.customer === 'warning' && stored(output, 'customers').length === 0;
    return expectThat(ok, { customer: row.customer, preview: row.preview });
  },
  // Exact Online: a known code updates the customer; empty fields leave the stored data alone.
  'exact-empty-keeps': () => {
    const output = run({ flavour: 'exact-online', settings: { exact: { import: 'relations' } }, existing: { customers: [{ id: 1, code: '1002', name: 'Harbour Bakery', city: 'Leeds' }] }, rows: [{ 'relation.code': '1002', 'relation.name': 'Harbour Bakery Ltd', 'relation.city': '' }] });
    const customer = stored(output, 'customers')[0];
    return expectThat(entityOf(output, 'customer').outcome === 'updated' && customer?.city === 'Leeds' && customer?.name === 'Harbour Bakery Ltd', customer);
  },
  // Exact Online: spaces around the code do not count, leading zeros do.
  'exact-code-trim-zeros': () => {
    const output = run({ flavour: 'exact-online', settings: { exact: { import: 'relations' } }, existing: { customers: [{ id: 1, code: '1002', name: 'Harbour Bakery' }] }, rows: [{ 'relation.code': ' 1002 ', 'relation.name': 'Harbour Bakery' }, { 'relation.code': '01002', 'relation.name': 'Quay Cafe' }] });
    const outcomes = [0, 1].map((index) => entityOf(output, 'customer', index).outcome);
    return expectThat(outcomes.join() === 'unchanged,created', outcomes);
  },
};
