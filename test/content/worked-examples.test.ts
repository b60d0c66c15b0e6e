/**
 * The worked examples in content/ agree with the import engine. Every `:::merge-example` is run
 * through the site's own handler (src/simulators/merge-example.ts) and must render without a
 * portal warning; the outcome of each example is then compared with what the page's prose says
 * (the same in nl, da and en, so the expectations are keyed by the language-free path). Every
 * `::simulator` directive must use attributes and values that the simulator accepts, and a
 * sample in the page's own language.
 */
import { describe, expect, it } from 'vitest';
import { attributesToPreset } from '../../src/simulators/directive-attributes.ts';
import type { EntityView, OutputView, RowView } from '../../src/simulators/output-view.ts';
import { SAMPLES } from '../../src/simulators/samples/index.ts';
import { directivesOf, runExample } from './content-directives.ts';
import { CONTENT_ROOT, LANGUAGES, isIncludePath, listFiles } from './content-tree.ts';

const pages = listFiles(CONTENT_ROOT).filter((path) => path.endsWith('.md') && !isIncludePath(path));

type Expected = { entity: string; outcome: EntityView['outcome']; changes?: string[] }[];
const entity = (row: RowView, name: string): EntityView => row[name] as EntityView;

/** Per language-free path: for each example, per row, the outcome the prose describes. */
const EXPECTED: Record<string, Expected[]> = {
  'import/settings/duplicates.md': [
    [{ entity: 'company', outcome: 'updated', changes: ['company.vatNo'] }],
    [{ entity: 'company', outcome: 'updated', changes: ['company.vatNo', 'company.street'] }],
    [{ entity: 'company', outcome: 'skipped' }],
    [{ entity: 'company', outcome: 'created' }],
  ],
  'import/settings/persons-without-company.md': [
    [{ entity: 'company', outcome: 'created' }, { entity: 'person', outcome: 'created' }, { entity: 'company', outcome: 'unchanged' }, { entity: 'person', outcome: 'created' }],
  ],
  'import/settings/list-values.md': [
    [{ entity: 'company', outcome: 'updated', changes: ['company.category'] }, { entity: 'company', outcome: 'unchanged' }],
  ],
  'import/settings/phone-and-email.md': [
    [{ entity: 'company', outcome: 'unchanged' }, { entity: 'company', outcome: 'updated', changes: ['company.phone'] }],
  ],
  'import/settings/products.md': [
    [{ entity: 'product', outcome: 'updated', changes: ['product.listPrice'] }, { entity: 'product', outcome: 'created' }],
  ],
  'import/settings/privacy.md': [
    [{ entity: 'person', outcome: 'updated', changes: ['person.mobile'] }, { entity: 'person', outcome: 'created' }],
  ],
};

/** Flattens an output to the entities named in `expected`, row by row, in order. */
function actualFor(output: OutputView, expected: Expected): Expected {
  if (!output.ok) return [];
  const perRow = expected.length / output.rows.length;
  return expected.map((want, index) => {
    const got = entity(output.rows[Math.floor(index / perRow)], want.entity);
    const result: Expected[number] = { entity: want.entity, outcome: got?.outcome };
    if (want.changes) result.changes = got.changes.map((change) => change.field);
    return result;
  });
}

describe('merge examples in content/ agree with the engine and with the prose', () => {
  it('has a merge example on every settings page in every language', () => {
    for (const lang of LANGUAGES) {
      for (const rest of Object.keys(EXPECTED)) expect(directivesOf(`${lang}/${rest}`, 'merge-example').length, `${lang}/${rest}`).toBeGreaterThan(0);
    }
  });

  it.each(pages.filter((path) => directivesOf(path, 'merge-example').length > 0))('%s', (path) => {
    const expected = EXPECTED[path.split('/').slice(1).join('/')];
    expect(expected, 'expectations for this page').toBeDefined();
    const examples = directivesOf(path, 'merge-example');
    expect(examples).toHaveLength(expected.length);
    examples.forEach((node, index) => {
      const { output, warnings } = runExample(path, node);
      expect(warnings, `example ${index + 1}`).toEqual([]);
      expect(output?.ok, `example ${index + 1} ran`).toBe(true);
      expect(actualFor(output!, expected[index]), `example ${index + 1}`).toEqual(expected[index]);
    });
  });

  it('the ACME merge keeps the stored address and fills only the VAT number (import-rules §15)', () => {
    for (const lang of LANGUAGES) {
      const [merge, replace] = directivesOf(`${lang}/import/settings/duplicates.md`, 'merge-example');
      const merged = runExample(lang, merge).output;
      const replaced = runExample(lang, replace).output;
      if (!merged?.ok || !replaced?.ok) throw new Error('ACME examples did not run');
      expect(entity(merged.rows[0], 'company').changes).toEqual([{ field: 'company.vatNo', from: null, to: '11223344' }]);
      // changes come in catalogue order (import-rules §3.2): vatNo (6) before street (7)
      expect(entity(replaced.rows[0], 'company').changes.map((change) => change.to)).toEqual(['11223344', 'Broadway 123']);
    }
  });
});

describe('::simulator directives in content/ use accepted attributes', () => {
  const withSimulator = pages.filter((path) => directivesOf(path, 'simulator').length > 0);

  it('every settings page has a simulator', () => {
    for (const rest of Object.keys(EXPECTED)) for (const lang of LANGUAGES) expect(withSimulator).toContain(`${lang}/${rest}`);
  });

  it.each(withSimulator)('%s', (path) => {
    for (const node of directivesOf(path, 'simulator')) {
      const { name, ...rest } = node.attributes ?? {};
      expect(name).toBe('import-settings');
      expect(attributesToPreset(rest, { allowSimulatorOnly: true }).issues).toEqual([]);
    }
  });

  it.each(withSimulator.filter((path) => directivesOf(path, 'simulator').some((node) => node.attributes?.sample)))(
    '%s uses a shipped sample in its own language',
    (path) => {
      // An unknown id would silently fall back to the contacts sample, so check the registry.
      for (const node of directivesOf(path, 'simulator')) {
        const id = node.attributes?.sample;
        if (!id) continue;
        expect(SAMPLES[id], `sample "${id}"`).toBeDefined();
        expect(SAMPLES[id].lang, `sample "${id}"`).toBe(path.split('/')[0]);
        expect(SAMPLES[id].flavour, `sample "${id}"`).toBe(node.attributes?.flavour ?? 'superoffice');
        // The page's ERP actor type must describe the sample's rows (suppliers are not customers).
        const actorType = node.attributes?.['erp-actor-type'];
        const sampleErp = SAMPLES[id].settings?.erp as { actorType?: string } | undefined;
        if (actorType) expect(sampleErp?.actorType, `sample "${id}"`).toBe(actorType);
      }
    },
  );
});
