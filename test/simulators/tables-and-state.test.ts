import { describe, expect, it } from 'vitest';
import { textTableToExisting, textTableToRows } from '../../src/simulators/example-tables.ts';
import { resultsToCsv } from '../../src/simulators/results-csv.ts';
import { translatorFor } from '../../src/simulators/catalogues.ts';
import { initialState, stateToInput, withCell, withRowIncluded, withSetting } from '../../src/simulators/state.ts';
import { SAMPLES } from '../../src/simulators/samples/index.ts';
import { decodeState, encodeState, readHashParam, writeHashParam } from '../../src/simulators/url-state.ts';
import { simulate } from '../../src/engine/index.ts';

describe('example tables', () => {
  it('builds companies with linked persons, list items, and refers back on a repeated id', () => {
    const existing = textTableToExisting({
      columns: ['company.id', 'company.name', 'company.category', 'company.phone', 'person.firstName', 'person.lastName'],
      rows: [['7', 'Bakkerij Zon', 'Klant', '033 1', 'Greet', 'Zon'], ['7', '', '', '', 'Piet', 'Zon'], ['', 'Los BV', 'Klant', '', '', '']],
    });
    expect(existing.companies).toEqual([
      { id: 7, name: 'Bakkerij Zon', category: 'Klant', phone: ['033 1'] },
      { id: 8, name: 'Los BV', category: 'Klant' },
    ]);
    expect(existing.persons).toEqual([
      { id: 1, firstName: 'Greet', lastName: 'Zon', companyId: 7 },
      { id: 2, firstName: 'Piet', lastName: 'Zon', companyId: 7 },
    ]);
    expect(existing.lists).toEqual({ category: [{ id: 1, name: 'Klant' }] });
  });

  it('keeps empty cells as empty strings and leaves unmapped columns out', () => {
    expect(textTableToRows({ columns: ['company.name', '', 'company.city'], rows: [['A', 'x', '']] })).toEqual([{ 'company.name': 'A', 'company.city': '' }]);
  });
});

describe('island state', () => {
  it('starts from the page language sample and the directive attributes', () => {
    const { state, issues } = initialState({ 'company-action': 'merge', focus: 'lists' }, 'da');
    expect(issues).toEqual([]);
    expect(state.sample).toBe('contacts-da');
    expect(state.focus).toBe('lists');
    expect((state.preset.settings.company as Record<string, string>).action).toBe('merge');
  });

  it('takes a sample\'s own settings unless an attribute says otherwise', () => {
    const erp = (attributes: Record<string, string>) => initialState({ sample: 'erp-nl', flavour: 'erp', ...attributes }, 'nl').state.preset.settings.erp;
    expect(erp({})).toEqual({ connection: 'Boekhouding', actorType: 'supplier', selectedRows: null });
    expect(erp({ 'erp-actor-type': 'person' })).toEqual({ connection: 'Boekhouding', actorType: 'person', selectedRows: null });
  });

  it('every shipped sample is accepted by the engine', () => {
    for (const sample of Object.values(SAMPLES)) {
      const { state } = initialState({ sample: sample.id }, sample.lang);
      const output = simulate(stateToInput(state) as never);
      expect(output.ok, `${sample.id}: ${JSON.stringify(!output.ok && output.errors)}`).toBe(true);
    }
  });

  it('ships every kind of sample (contacts, products, ERP, Exact Online) in nl, da and en', () => {
    const kinds = new Set(Object.keys(SAMPLES).map((id) => id.replace(/-[a-z]{2}$/, '')));
    expect([...kinds].sort()).toEqual(['contacts', 'erp', 'exact', 'products']);
    for (const kind of kinds) {
      for (const lang of ['nl', 'da', 'en']) expect(SAMPLES[`${kind}-${lang}`]?.lang, `${kind}-${lang}`).toBe(lang);
    }
  });

  it('changes settings, cells and unchecked rows without touching the sample', () => {
    const { state } = initialState({}, 'nl');
    const changed = withRowIncluded(withCell(withSetting(state, 'settings.phone', 'ignore'), 'imported', 1, 0, 'X'), 0, false);
    expect(stateToInput(changed).settings.phone).toBe('ignore');
    expect(stateToInput(changed).rows[1]['company.name']).toBe('X');
    expect(stateToInput(changed).unchecked).toEqual([0]);
    expect(SAMPLES['contacts-nl'].imported.rows[1][0]).toBe('Bakkerij Zonneveld');
  });

  it('round-trips through the URL hash, next to other parameters', async () => {
    const { state } = initialState({ mode: 'compare' }, 'en');
    const hash = writeHashParam('#other=1', 2, await encodeState(state));
    expect(hash.startsWith('#other=1&sim2=')).toBe(true);
    expect(await decodeState(readHashParam(hash, 2)!)).toEqual(state);
    expect(await decodeState('not-a-state')).toBeNull();
  });
});

describe('CSV export', () => {
  it('writes one localized line per row and entity, formula-like cells neutralised', () => {
    const rows = [
      { index: 0, status: 'processed' as const, company: { outcome: 'created' as const, id: 3, reason: null, changes: [{ field: 'company.name', from: null, to: '=1+1' }] } },
      { index: 1, status: 'unchecked' as const },
    ];
    const csv = resultsToCsv(rows, translatorFor('nl'));
    expect(csv).toBe('\uFEFFRij;Record;Uitkomst;Record-id;Reden;Wijzigingen\r\n1;Bedrijf;Aangemaakt;3;Zonder duplicaatcontrole toegevoegd als bedrijf;Bedrijfsnaam: (leeg) → =1+1\r\n2;;Weggelaten;;;\r\n');
    const formula = resultsToCsv([{ index: 0, status: 'processed' as const, company: { outcome: 'error' as const, id: null, reason: '=cmd', changes: [] } }], translatorFor('en'));
    expect(csv.includes(';=') || formula.includes(';=')).toBe(false);
  });
});
