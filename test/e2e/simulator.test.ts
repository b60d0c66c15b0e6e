/**
 * The simulator island in Chromium: settings change results, keyboard-only use, compare mode and
 * shared links, presenter mode, Stop mid-run ("N of M"), own data without network, axe.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULT_PAGE_ROWS } from '../../src/simulators/run-result.ts';
import { simulate } from '../../src/engine/index.ts';
import { initialState, stateToInput, type SimulatorState } from '../../src/simulators/state.ts';
import '../../src/simulators/samples/index.ts'; // registers every sample for initialState's sampleFor (the island loads them on demand)
import { encodeState, writeHashParam } from '../../src/simulators/url-state.ts';
import { startFixture, simulatorPage, type Fixture } from '../simulators/browser-fixture.ts';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
  fixture.pages.set('nl.html', simulatorPage('nl', [{ sample: 'contacts-nl', 'company-action': 'merge', 'person-action': 'merge' }]));
  fixture.pages.set('da.html', simulatorPage('da', [{ sample: 'products-da', target: 'products', 'product-action': 'replace' }]));
  fixture.pages.set('exact.html', simulatorPage('nl', [{ sample: 'exact-nl', flavour: 'exact-online' }]));
  fixture.pages.set('erp.html', simulatorPage('nl', [{ sample: 'erp-nl', flavour: 'erp' }]));
  fixture.pages.set('large-10k.html', simulatorPage('nl', [{ sample: 'generated-10000', 'company-action': 'merge' }]));
  fixture.pages.set('large.html', simulatorPage('nl', [{ sample: 'generated-300000', 'company-action': 'merge', 'person-match': 'none' }]));
});
afterAll(async () => fixture?.close());

async function open(path: string): Promise<Page> {
  const page = await fixture.context.newPage();
  await page.goto(`${fixture.url}/${path}`);
  await page.locator('.signpost-sim[data-ready]').waitFor();
  return page;
}

/**
 * What the user sees of a run: the preview statuses and the outcome table after Start — or, when
 * the settings make the data unimportable, Start unavailable with its reasons.
 */
async function shownResult(page: Page): Promise<string> {
  const preview = await page.locator('.signpost-sim__preview').innerText();
  const start = page.getByRole('button', { name: 'Start', exact: true });
  if ((await start.getAttribute('aria-disabled')) === 'true') return `${preview}\n${await page.locator('[data-blocked]').innerText()}`;
  await start.click();
  await page.locator('[data-run-status="done"]').waitFor();
  const results = await page.locator('.signpost-sim__results').innerText();
  return `${preview}\n${results}`;
}

/**
 * Settings whose every value gives the same shown result (for a check box: both states). A
 * setting in `needs` only matters after another one is set (`[id, value]`), as in the dialog.
 */
async function inertSettings(page: Page, needs: Record<string, [string, string]> = {}): Promise<string[]> {
  const ids = await page.locator('.signpost-sim__settings [data-setting]').evaluateAll((controls) => controls.map((c) => c.getAttribute('data-setting')!));
  const inert: string[] = [];
  for (const id of ids) {
    const control = page.locator(`[data-setting="${id}"]`);
    const before = needs[id] ? await page.locator(`select[data-setting="${needs[id][0]}"]`).inputValue() : null;
    if (needs[id]) await page.locator(`select[data-setting="${needs[id][0]}"]`).selectOption(needs[id][1]);
    const seen = new Set<string>();
    if ((await control.getAttribute('type')) === 'checkbox') {
      for (let i = 0; i < 2; i++) {
        seen.add(await shownResult(page));
        await control.setChecked(!(await control.isChecked()));
      }
    } else if ((await control.getAttribute('type')) === 'text') {
      const original = await control.inputValue();
      for (const value of ['', 'Beurs Utrecht 2026']) {
        await control.fill(value);
        await control.press('Tab');
        seen.add(await shownResult(page));
      }
      await control.fill(original);
      await control.press('Tab');
    } else {
      const original = await control.inputValue();
      for (const value of await control.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))) {
        await control.selectOption(value);
        seen.add(await shownResult(page));
      }
      await control.selectOption(original);
    }
    if (needs[id]) await page.locator(`select[data-setting="${needs[id][0]}"]`).selectOption(before!);
    if (seen.size < 2) inert.push(id);
  }
  return inert;
}

/** Opens `page` (a fixture page) with `state` as its shared link. */
async function openState(path: string, state: SimulatorState): Promise<Page> {
  const page = await fixture.context.newPage();
  await page.goto(`${fixture.url}/${path}${writeHashParam('', 0, await encodeState(state))}`);
  await page.locator('.signpost-sim[data-ready]').waitFor();
  return page;
}

describe('settings', () => {
  it('every setting of the contacts dialog changes the shown result', async () => {
    const page = await open('nl.html');
    expect(await page.locator('.signpost-sim__settings [data-setting]').count()).toBeGreaterThanOrEqual(16);
    expect(await page.locator('[data-group="privacy"] [data-setting]').evaluateAll((c) => c.map((e) => e.getAttribute('data-setting')))).toEqual(['legal-basis', 'consent-source', 'consent-comment']);
    // The check box matters once contacts may be imported without company.
    expect(await inertSettings(page, { 'mandatory-company': ['if-no-company-name', 'import-without-company'] })).toEqual([]);
    await page.close();
  });

  it('every setting of the products dialog changes the shown result', async () => {
    // The sample itself shows each setting: a renamed product (match), new family and type values (lists).
    const page = await open('da.html');
    expect(await page.locator('.signpost-sim__settings [data-setting]').count()).toBe(5);
    expect(await inertSettings(page)).toEqual([]);
    await page.close();
  });

  it('the ERP actor type and the Exact Online settings change the shown result', async () => {
    const erp = await open('erp.html');
    expect(await erp.locator('select[data-setting="erp-actor-type"]').count()).toBe(1);
    // The sample's actors are matched by their ERP code; the other contact settings are the
    // contacts dialog's, checked above.
    const erpInert = await inertSettings(erp, { 'company-action': ['company-match', 'code'] });
    expect(['erp-actor-type', 'company-match', 'company-action'].filter((id) => erpInert.includes(id))).toEqual([]);
    await erp.close();
    const exact = await open('exact.html');
    expect(await exact.locator('.signpost-sim__settings [data-setting]').evaluateAll((c) => c.map((e) => e.getAttribute('data-setting')))).toEqual(['exact-import', 'exact-inactive', 'exact-blocked']);
    expect(await inertSettings(exact)).toEqual([]);
    await exact.close();
  });

  it('the heading row of the sample starts unchecked and stays out of the import; checked in, it is imported', async () => {
    const page = await open('nl.html');
    const headingRow = page.getByLabel('Rij 1 importeren');
    expect(await headingRow.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => page.locator('.signpost-sim__outcomes tr[data-status="unchecked"]').count()).toBe(1);
    expect(await page.locator('.signpost-sim__outcomes').innerText()).not.toContain('→ Btw');
    await headingRow.check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => page.locator('.signpost-sim__outcomes tr[data-status="unchecked"]').count()).toBe(0);
    await expect.poll(() => page.locator('.signpost-sim__outcomes').innerText()).toContain('→ Btw');
    await page.close();
  });

  it('field mapping previews one record at a time', async () => {
    const page = await open('nl.html');
    const mapping = page.locator('.signpost-sim__mapping');
    await expect.poll(() => mapping.locator('[data-mapping-record]').innerText()).toBe('Record 1 van 5');
    await mapping.getByRole('button', { name: 'Volgende' }).click();
    expect(await mapping.locator('[data-mapping-value="0"]').innerText()).toBe('Bakkerij Zonneveld');
    await mapping.getByRole('button', { name: 'Vorige' }).click();
    expect(await mapping.locator('[data-mapping-value="0"]').innerText()).toBe('Bedrijfsnaam');
    await page.close();
  });
});

describe('keyboard, compare mode, shared links, presenter', () => {
  it('runs a full simulation by keyboard only', async () => {
    const page = await open('nl.html');
    const focusOn = async (test: string) => {
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(test)) return;
      }
      throw new Error(`never focused: ${test}`);
    };
    await focusOn(`document.activeElement?.getAttribute('data-setting') === 'company-action'`);
    await page.keyboard.press('ArrowUp'); // merge → add always
    expect(await page.locator('select[data-setting="company-action"]').inputValue()).toBe('add');
    await focusOn(`document.activeElement?.id?.endsWith('include-0')`);
    await page.keyboard.press('Space'); // the heading row in …
    expect(await page.getByLabel('Rij 1 importeren').isChecked()).toBe(true);
    await page.keyboard.press('Space'); // … and out again
    expect(await page.getByLabel('Rij 1 importeren').isChecked()).toBe(false);
    await focusOn(`document.activeElement?.textContent === 'Start'`);
    await page.keyboard.press('Enter');
    await page.locator('[data-run-status="done"]').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Klaar' }).innerText()).toBe('Klaar: 5 rijen verwerkt'); // row 1 was left out: “processed”, never “imported”
    expect(await page.locator('.signpost-sim__outcomes tr[data-outcome="created"][data-entity="company"]').count()).toBe(3);
    await page.close();
  });

  it('compare mode shows every action side by side, and the shared link restores it', async () => {
    const page = await open('nl.html');
    await page.locator('select[data-setting="phone"]').selectOption('replace');
    await page.getByRole('button', { name: 'Alle acties vergelijken' }).click();
    const columns = page.locator('[data-compare]');
    await expect.poll(() => columns.count()).toBe(4);
    const counts = await page.locator('[data-compare-counts]').allInnerTexts();
    expect(new Set(counts).size).toBeGreaterThan(1);
    await page.waitForFunction(() => location.hash.includes('sim0='));
    const shared = page.url();
    const other = await fixture.context.newPage();
    await other.goto(shared);
    await other.locator('.signpost-sim[data-ready]').waitFor();
    await expect.poll(() => other.locator('[data-compare]').count()).toBe(4);
    expect(await other.locator('select[data-setting="phone"]').inputValue()).toBe('replace');
    expect(await other.locator('[data-compare-counts]').allInnerTexts()).toEqual(counts);
    await page.close();
    await other.close();
  });

  it('presenter mode steps through rows with the reason of each outcome', async () => {
    const page = await open('nl.html');
    const normalSize = await page.locator('.signpost-sim').evaluate((island) => parseFloat(getComputedStyle(island).fontSize));
    await page.getByRole('button', { name: 'Presentatiemodus' }).click();
    const step = page.locator('[data-presenter-step]');
    expect(await step.innerText()).toBe('Rij 1 van 5');
    // Full screen, in large type.
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('signpost-sim') ?? false)).toBe(true);
    expect(await page.locator('.signpost-sim').evaluate((island) => parseFloat(getComputedStyle(island).fontSize))).toBeGreaterThanOrEqual(normalSize * 1.5);
    await page.getByRole('button', { name: 'Volgende' }).click();
    expect(await step.innerText()).toBe('Rij 2 van 5');
    const company = page.locator('[data-presenter-entity="company"]');
    expect(await company.getAttribute('data-outcome')).toBe('updated');
    // The explanation: which key matched with which value, and the record (explain.ts).
    expect(await company.innerText()).toMatch(/Gevonden op Bedrijfsnaam = .+ → bedrijf \d+/);
    await page.getByRole('button', { name: 'Presentatiemodus sluiten' }).click();
    await page.locator('.signpost-sim__settings').waitFor();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
    await page.close();
  });

  it('a shared link restores edited cells, rows left out and settings, with the same result', async () => {
    const page = await open('nl.html');
    await page.locator('select[data-setting="company-action"]').selectOption('replace');
    const street = (p: Page) => p.locator('[data-table="imported"]').getByLabel('Straat, rij 2');
    await street(page).fill('Kerkstraat 99');
    await page.getByLabel('Rij 4 importeren').uncheck();
    const result = await shownResult(page);
    await page.waitForFunction(() => location.hash.includes('sim0='));
    const other = await fixture.context.newPage();
    await other.goto(page.url());
    await other.locator('.signpost-sim[data-ready]').waitFor();
    expect(await other.locator('select[data-setting="company-action"]').inputValue()).toBe('replace');
    expect(await street(other).inputValue()).toBe('Kerkstraat 99');
    expect(await other.getByLabel('Rij 4 importeren').isChecked()).toBe(false);
    expect(await shownResult(other)).toBe(result);
    await page.close();
    await other.close();
  });
});

describe('large runs, Stop and own data', () => {
  it('Stop mid-run keeps what was imported and says N of M', async () => {
    const page = await open('large.html');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction(() => /^[1-9][\d.]* van 300\.000/.test(document.querySelector('[data-run-status]')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Stoppen' }).click();
    await page.locator('[data-run-status="stopped"]').waitFor({ timeout: 60_000 });
    const text = await page.locator('[data-run-status]').innerText();
    const [, shown] = /^Gestopt: ([\d.]+) van 300\.000 rijen verwerkt$/.exec(text) ?? [];
    const done = shown?.replace(/\./g, '');
    expect(Number(done)).toBeGreaterThan(0);
    expect(Number(done)).toBeLessThan(300000);
    const notProcessed = page.locator('.signpost-sim__outcomes tr[data-status="not-processed"]');
    expect(Number(done) < RESULT_PAGE_ROWS ? await notProcessed.count() : 0).toBe(Number(done) < RESULT_PAGE_ROWS ? RESULT_PAGE_ROWS - Number(done) : 0);
    await page.close();
  });

  it('a large run shows its results a page at a time, each row as the engine decided, and exports them all', async () => {
    const page = await open('large-10k.html');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('[data-run-status="done"]').waitFor({ timeout: 60_000 });
    const rowNumbers = () => page.locator('.signpost-sim__outcomes tbody tr').evaluateAll((trs) => [...new Set(trs.map((tr) => Number(tr.children[0].textContent)))]);
    expect(await rowNumbers()).toEqual(Array.from({ length: RESULT_PAGE_ROWS }, (_, i) => i + 1));
    await page.getByRole('button', { name: 'Volgende rijen' }).click();
    await expect.poll(() => page.locator('[data-results-page]').innerText()).toBe(`Rijen ${RESULT_PAGE_ROWS + 1}–${2 * RESULT_PAGE_ROWS} van 10.000`);
    expect(await rowNumbers()).toEqual(Array.from({ length: RESULT_PAGE_ROWS }, (_, i) => RESULT_PAGE_ROWS + i + 1));
    const { state } = initialState({ sample: 'generated-10000', 'company-action': 'merge' }, 'nl');
    const engine = simulate(stateToInput(state) as never);
    if (!engine.ok) throw new Error('the generated sample runs');
    const shown = await page.locator('.signpost-sim__outcomes tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.children[0].textContent} ${tr.getAttribute('data-entity')} ${tr.getAttribute('data-outcome')} ${tr.children[3].textContent}`));
    const expected = engine.rows.slice(RESULT_PAGE_ROWS, 2 * RESULT_PAGE_ROWS).flatMap((row) =>
      (['company', 'person'] as const).flatMap((entity) => (row[entity] && row[entity].outcome !== 'none' ? [`${row.index + 1} ${entity} ${row[entity].outcome} ${row[entity].id ?? ''}`] : [])));
    expect(shown).toEqual(expected);
    await page.getByRole('button', { name: 'Vorige rijen' }).click();
    await expect.poll(rowNumbers).toEqual(Array.from({ length: RESULT_PAGE_ROWS }, (_, i) => i + 1));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    // A heading, then one line per row and entity with an outcome.
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + engine.rows.reduce((lines, row) => lines + (['company', 'person'] as const).filter((entity) => row[entity] && row[entity].outcome !== 'none').length, 0));
    await page.close();
  });

  it('a dropped XLSX is read in the browser and nothing leaves it', async () => {
    const page = await open('nl.html');
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Klanten');
    for (const row of [['Bedrijfsnaam', 'company.city'], ['Bakkerij Zonneveld', 'Utrecht'], ['Geheim Bedrijf BV', 'Ede']]) sheet.addRow(row);
    await page.locator('input[type="file"]').setInputFiles({ name: 'klanten.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await book.xlsx.writeBuffer()) });
    await expect.poll(() => page.locator('[data-own-status]').innerText()).toBe('2 rijen geladen uit klanten.xlsx');
    await page.locator('select[data-setting="person-match"]').selectOption('none');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('[data-run-status="done"]').waitFor();
    expect(await page.locator('.signpost-sim__outcomes tr[data-outcome]').count()).toBe(2);
    // The XLSX reader is a script chunk of our own, loaded on demand; nothing else is requested.
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(request).toMatch(new RegExp(`^GET ${fixture.url.replace(/\./g, '\\.')}/[\\w.-]+\\.js $`));
      expect(request).not.toContain('Geheim');
    }
    await page.close();
  });

  it('a dropped CSV is parsed in the browser and nothing leaves it', async () => {
    const page = await open('nl.html');
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
    const csv = 'Bedrijfsnaam;company.city;Opmerking\nBakkerij Zonneveld;Utrecht;geheim-123\nNieuwe Klant BV;Ede;geheim-456\n';
    await page.locator('input[type="file"]').setInputFiles({ name: 'klanten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.locator('[data-own-status]').innerText()).toBe('2 rijen geladen uit klanten.csv');
    // A Dutch header is mapped by its alias, an unknown one is left for the user to map.
    expect(await page.getByLabel('Veld in SuperOffice CRM: Bedrijfsnaam').inputValue()).toBe('company.name');
    expect(await page.getByLabel('Veld in SuperOffice CRM: Opmerking').inputValue()).toBe('');
    await page.locator('select[data-setting="person-match"]').selectOption('none');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('[data-run-status="done"]').waitFor();
    expect(await page.locator('.signpost-sim__outcomes tr[data-outcome]').count()).toBe(2);
    // The only requests after the drop are our own script chunks (the CSV parser, loaded on
    // demand): same origin, GET, no body, nothing of the file.
    for (const request of sent) {
      expect(request).toMatch(new RegExp(`^GET ${fixture.url.replace(/\./g, '\\.')}/[\\w.-]+\\.js $`));
      expect(request).not.toContain('geheim');
    }
    await page.close();
  });
});

describe('accessibility', () => {
  for (const path of ['nl.html', 'da.html', 'erp.html', 'exact.html']) {
    it(`axe reports no violations on ${path}, before and after a run`, async () => {
      const page = await open(path);
      await page.addScriptTag({ url: '/axe.min.js' });
      const audit = () => page.evaluate(async () => (await (window as unknown as { axe: { run(n: Node): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`));
      expect(await audit()).toEqual([]);
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.locator('[data-run-status="done"]').waitFor();
      expect(await audit()).toEqual([]);
      await page.close();
    });
  }

  it('axe reports no violations in compare mode, in presenter mode and on a paged large result', async () => {
    const page = await open('nl.html');
    await page.addScriptTag({ url: '/axe.min.js' });
    const audit = () => page.evaluate(async () => (await (window as unknown as { axe: { run(n: Node): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`));
    await page.getByRole('button', { name: 'Alle acties vergelijken' }).click();
    await page.locator('[data-compare]').first().waitFor();
    expect(await audit()).toEqual([]);
    await page.getByRole('button', { name: 'Presentatiemodus' }).click();
    await page.locator('[data-presenter-step]').waitFor();
    expect(await audit()).toEqual([]);
    await page.close();
    const large = await open('large-10k.html');
    await large.addScriptTag({ url: '/axe.min.js' });
    await large.getByRole('button', { name: 'Start', exact: true }).click();
    await large.locator('[data-results-pager]').waitFor({ timeout: 60_000 });
    expect(await large.evaluate(async () => (await (window as unknown as { axe: { run(n: Node): Promise<{ violations: { id: string }[] }> } }).axe.run(document)).violations.map((v) => v.id))).toEqual([]);
    await large.close();
  });
});
