/**
 * The simulator island in Chromium: settings change results, keyboard-only use, compare mode and
 * shared links, presenter mode, Stop mid-run ("N of M"), own data without network, axe.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULT_PAGE_ROWS } from '../../src/simulators/run-result.ts';
import { startFixture, simulatorPage, type Fixture } from '../simulators/browser-fixture.ts';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
  fixture.pages.set('nl.html', simulatorPage('nl', [{ sample: 'contacts-nl', 'company-action': 'merge', 'person-action': 'merge' }]));
  fixture.pages.set('da.html', simulatorPage('da', [{ sample: 'products-da', target: 'products', 'product-action': 'replace' }]));
  fixture.pages.set('exact.html', simulatorPage('nl', [{ sample: 'exact-nl', flavour: 'exact-online' }]));
  fixture.pages.set('large.html', simulatorPage('nl', [{ sample: 'generated-300000', 'company-action': 'merge', 'person-match': 'none' }]));
});
afterAll(async () => fixture?.close());

async function open(path: string): Promise<Page> {
  const page = await fixture.context.newPage();
  await page.goto(`${fixture.url}/${path}`);
  await page.locator('.signpost-sim[data-ready]').waitFor();
  return page;
}

/** What the user sees of a run: the preview statuses and the outcome table after Start. */
async function shownResult(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('[data-run-status="done"]').waitFor();
  const preview = await page.locator('.signpost-sim__preview tbody').innerText();
  const results = await page.locator('.signpost-sim__results').innerText();
  return `${preview}\n${results}`;
}

describe('settings', () => {
  it('every setting of the contacts dialog changes the shown result', async () => {
    const page = await open('nl.html');
    const ids = await page.locator('.signpost-sim__settings select').evaluateAll((selects) => selects.map((s) => s.getAttribute('data-setting')!));
    expect(ids.length).toBeGreaterThanOrEqual(12);
    const inert: string[] = [];
    for (const id of ids) {
      const select = page.locator(`select[data-setting="${id}"]`);
      const original = await select.inputValue();
      const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      const seen = new Set<string>();
      for (const value of values) {
        await select.selectOption(value);
        seen.add(await shownResult(page));
      }
      await select.selectOption(original);
      if (seen.size < 2) inert.push(id);
    }
    expect(inert).toEqual([]);
    // The check box matters once contacts may be imported without company.
    await page.locator('select[data-setting="if-no-company-name"]').selectOption('import-without-company');
    const withPreference = await shownResult(page);
    await page.getByLabel('Verplicht bedrijf bij persoon').uncheck();
    expect(await shownResult(page)).not.toBe(withPreference);
    await page.close();
  });

  it('leaving a row out in the preview keeps it out of the import', async () => {
    const page = await open('nl.html');
    await page.getByLabel('Rij 1 importeren').uncheck();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('.signpost-sim__outcomes tr[data-status="unchecked"]').count()).toBe(1);
    expect(await page.locator('.signpost-sim__outcomes').innerText()).not.toContain('→ Btw');
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
    await page.keyboard.press('Space');
    await focusOn(`document.activeElement?.textContent === 'Start'`);
    await page.keyboard.press('Enter');
    await page.locator('[data-run-status="done"]').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Klaar' }).innerText()).toBe('Klaar: 5 rijen geïmporteerd');
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
    await page.getByRole('button', { name: 'Presentatiemodus' }).click();
    const step = page.locator('[data-presenter-step]');
    expect(await step.innerText()).toBe('Rij 1 van 5');
    await page.getByRole('button', { name: 'Volgende' }).click();
    expect(await step.innerText()).toBe('Rij 2 van 5');
    const company = page.locator('[data-presenter-entity="company"]');
    expect(await company.getAttribute('data-outcome')).toBe('updated');
    expect(await company.innerText()).toContain('een bestaand record komt overeen');
    await page.getByRole('button', { name: 'Presentatiemodus sluiten' }).click();
    await page.locator('.signpost-sim__settings').waitFor();
    await page.close();
  });
});

describe('large runs, Stop and own data', () => {
  it('Stop mid-run keeps what was imported and says N of M', async () => {
    const page = await open('large.html');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.waitForFunction(() => /^[1-9]\d* van 300000/.test(document.querySelector('[data-run-status]')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Stoppen' }).click();
    await page.locator('[data-run-status="stopped"]').waitFor({ timeout: 60_000 });
    const text = await page.locator('[data-run-status]').innerText();
    const [, done] = /^Gestopt: (\d+) van 300000 rijen geïmporteerd$/.exec(text) ?? [];
    expect(Number(done)).toBeGreaterThan(0);
    expect(Number(done)).toBeLessThan(300000);
    const notProcessed = page.locator('.signpost-sim__outcomes tr[data-status="not-processed"]');
    expect(Number(done) < RESULT_PAGE_ROWS ? await notProcessed.count() : 0).toBe(Number(done) < RESULT_PAGE_ROWS ? RESULT_PAGE_ROWS - Number(done) : 0);
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
    await page.getByRole('button', { name: 'Start' }).click();
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
  for (const path of ['nl.html', 'da.html', 'exact.html']) {
    it(`axe reports no violations on ${path}, before and after a run`, async () => {
      const page = await open(path);
      await page.addScriptTag({ url: '/axe.min.js' });
      const audit = () => page.evaluate(async () => (await (window as unknown as { axe: { run(n: Node): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`));
      expect(await audit()).toEqual([]);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.locator('[data-run-status="done"]').waitFor();
      expect(await audit()).toEqual([]);
      await page.close();
    });
  }
});
