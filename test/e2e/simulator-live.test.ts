/**
 * The island as a trainer drives it live (issue 12), in Chromium at a human pace: Start right
 * after a cell edit (30 of 30), a setting changed mid-run, compare mode's columns at 1280 and
 * 390 px, no dotted key or UPPER_CASE code on screen, files that are not tables refused, the
 * copy-link confirmation, no sideways scroll, focus and keyboard path, axe in every mode.
 *
 * The simulator pages are those of the bundled help (every `::simulator` directive under
 * content/), served by the island fixture with the page's attributes and language. The 30-click
 * loop runs on two of them by default; SIM_LIVE_ALL=1 runs it on every page.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeState, readHashParam } from '../../src/simulators/url-state.ts';
import { directivesOf } from '../content/content-directives.ts';
import { CONTENT_ROOT, LANGUAGES, listFiles } from '../content/content-tree.ts';
import { startFixture, simulatorPage, type Fixture } from '../simulators/browser-fixture.ts';
import { scanWithAxe } from './support/browser.ts';
import { humanClick } from './support/human.ts';

/** Every simulator of the bundled help: page path, language and the directive's attributes. */
const simulatorPages = LANGUAGES.flatMap((lang) =>
  listFiles(join(CONTENT_ROOT, lang)).filter((path) => path.endsWith('.md')).flatMap((path) =>
    directivesOf(`${lang}/${path}`, 'simulator').map((node) => {
      const { name: _name, ...attributes } = (node.attributes ?? {}) as Record<string, string>;
      return { path: `${lang}/${path}`, lang, attributes, file: `${lang}-${path.replace(/\W+/g, '-')}.html` };
    })),
);
const LOOP_PAGES = process.env.SIM_LIVE_ALL ? simulatorPages : simulatorPages.filter((page) =>
  page.path === 'da/import/settings/persons-without-company.md' || page.path === 'nl/import/settings/products.md');
const START = { da: 'Start', nl: 'Start', en: 'Start' } as Record<string, string>;

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
  for (const page of simulatorPages) fixture.pages.set(page.file, simulatorPage(page.lang, [page.attributes]));
  for (const lang of LANGUAGES) fixture.pages.set(`contacts-${lang}.html`, simulatorPage(lang, [{ sample: `contacts-${lang}`, 'company-action': 'merge' }]));
  fixture.pages.set('large.html', simulatorPage('nl', [{ sample: 'generated-60000', 'company-action': 'merge' }]));
  await fixture.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixture.url });
});
afterAll(async () => fixture?.close());

async function open(path: string, width = 1280): Promise<Page> {
  const page = await fixture.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${fixture.url}/${path}`);
  await page.locator('.signpost-sim[data-ready]').waitFor();
  return page;
}

const start = (page: Page) => page.getByRole('button', { name: 'Start', exact: true });

/** Dotted engine keys (`company.name`, `simulator.run.done`) and UPPER_CASE codes (`MATCH_FIELD_NOT_MAPPED`) in `text`. */
function rawKeys(text: string): string[] {
  return text.match(/\b(?:company|person|product|relation|material|hourType|customer|simulator)\.[A-Za-z][\w.-]*|\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/g) ?? [];
}

/** Everything of the island a user can see or hear: text (incl. select options) and accessible names. */
function shownText(page: Page): Promise<string> {
  return page.locator('.signpost-sim').evaluate((island) => {
    const names = Array.from(island.querySelectorAll('[aria-label], option, [title]'), (e) => `${e.getAttribute('aria-label') ?? ''} ${e.textContent ?? ''}`);
    return `${(island as HTMLElement).innerText}\n${names.join('\n')}`;
  });
}

/** Start's distance from the top of the document (not the viewport, which scrolls). */
const pageTop = (page: Page) => start(page).evaluate((button) => button.getBoundingClientRect().top + window.scrollY);

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('Start right after a cell edit, at a human pace', () => {
  for (const target of LOOP_PAGES) {
    it(`runs 30 of 30 times on ${target.path}`, async () => {
      const page = await open(target.file);
      const cell = page.locator('[data-table="imported"] tbody tr').nth(1).locator('input').first();
      let ran = 0;
      let moved = 0;
      for (let i = 0; i < 30; i++) {
        // Type a letter at the end of the cell, next time take it away: the data stays importable.
        await humanClick(page, cell);
        await page.keyboard.press('End');
        if (i % 2 === 0) await page.keyboard.type('x', { delay: 35 });
        else await page.keyboard.press('Backspace');
        await start(page).scrollIntoViewIfNeeded();
        const before = await pageTop(page);
        if (!(await humanClick(page, start(page)))) moved++;
        else if (Math.abs((await pageTop(page)) - before) > 1) moved++;
        if (await page.locator('[data-run-status="done"] ').waitFor({ timeout: 3000 }).then(() => true, () => false)) ran++;
        else break;
      }
      expect({ ran, moved }).toEqual({ ran: 30, moved: 0 });
      // Focus stays on Start after the run.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(START[target.lang]);
      await page.close();
    }, 120_000);
  }
});

describe('every simulator page of the help', () => {
  it('shows no raw key or code and no sideways scroll at 390 px, before and after a run', async () => {
    const found: string[] = [];
    for (const target of simulatorPages) {
      const page = await open(target.file, 390);
      const before = rawKeys(await shownText(page));
      await start(page).press('Enter');
      await page.locator('[data-run-status="done"]').waitFor();
      for (const key of [...before, ...rawKeys(await shownText(page))]) found.push(`${target.path}: ${key}`);
      if (await sidewaysScroll(page)) found.push(`${target.path}: scrolls sideways`);
      await page.close();
    }
    expect(simulatorPages.length).toBeGreaterThanOrEqual(24);
    expect(found).toEqual([]);
  }, 180_000);
});

describe('consistent runs', () => {
  it('a setting changed mid-run stops the run and never leaves the old setting\'s result', async () => {
    const page = await open('large.html');
    await humanClick(page, start(page));
    await page.waitForFunction(() => /^[1-9]/.test(document.querySelector('[data-run-status="running"]')?.textContent ?? ''), null, { timeout: 60_000 });
    const action = page.locator('select[data-setting="company-action"]');
    await action.focus();
    await action.selectOption('add');
    await page.locator('[data-run-status="stopped"]').waitFor();
    expect(await page.locator('[data-run-status]').innerText()).toMatch(/gewijzigd/);
    // Long enough for the old run to have finished, had it not been stopped.
    await page.waitForTimeout(4000);
    expect(await page.locator('.signpost-sim__results').count()).toBe(0);
    expect(await page.locator('[data-run-status]').getAttribute('data-run-status')).toBe('stopped');
    // A new Start runs the setting on screen: "Add always" never updates a record.
    await humanClick(page, start(page));
    await page.locator('[data-run-status="done"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-selection="updated"]').innerText()).toContain('Geen');
    expect(Number(await page.locator('[data-selection="created"] [data-collection="companies"]').innerText().then((text) => /\((\d+)\)/.exec(text)?.[1]))).toBe(60000);
    await page.close();
  }, 180_000);

  it('Start is unavailable with its reasons while nothing can be imported, and never says "Done"', async () => {
    const page = await open('contacts-nl.html');
    const selects = page.locator('.signpost-sim__mapping select');
    for (let i = 0; i < await selects.count(); i++) await selects.nth(i).selectOption('');
    expect(await start(page).getAttribute('aria-disabled')).toBe('true');
    const reasons = await page.locator('[data-blocked]').innerText();
    expect(reasons).toContain('De import kan niet starten');
    expect(rawKeys(reasons)).toEqual([]);
    await start(page).press('Enter');
    await humanClick(page, start(page));
    expect(await page.locator('[data-run-status]').getAttribute('data-run-status')).toBe('idle');
    expect(await page.locator('[data-run-status]').innerText()).toBe('');
    await page.close();
  });
});

describe('compare mode', () => {
  for (const width of [1280, 390]) {
    it(`shows one column per action that never overlap, inside the page, at ${width} px`, async () => {
      const page = await open('contacts-nl.html', width);
      await humanClick(page, page.getByRole('button', { name: 'Alle acties vergelijken' }));
      const headers = page.locator('[data-compare]');
      await expect.poll(() => headers.count()).toBe(4);
      const boxes = await headers.evaluateAll((ths) => ths.map((th) => { const r = th.getBoundingClientRect(); return { left: r.left, right: r.right }; }));
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThanOrEqual(boxes[i - 1].right - 0.5);
      // The compare card sits between its neighbours, and its table scrolls inside its own box.
      const cards = await page.locator('.signpost-sim__step').evaluateAll((steps) => steps.map((s) => { const r = s.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, right: r.right }; }));
      for (let i = 1; i < cards.length; i++) expect(cards[i].top).toBeGreaterThanOrEqual(cards[i - 1].bottom);
      for (const card of cards) expect(card.right).toBeLessThanOrEqual(width);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await page.locator('[data-differs]').count()).toBeGreaterThan(0);
      await page.close();
    });
  }
});

describe('own files that are not tables', () => {
  const noise = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256));
  for (const [name, buffer, reason] of [
    ['willekeurig.csv', noise, 'binaire gegevens'],
    ['tekst.xlsx', Buffer.from('Bedrijfsnaam;Plaats\nHolm;Ry\n'), 'Excel-werkmap'],
  ] as const) {
    it(`refuses ${name} with a clear message and keeps the data shown`, async () => {
      const page = await open('contacts-nl.html');
      const before = await page.locator('[data-table="imported"] input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
      const status = page.locator('[data-own-status]');
      await expect.poll(() => status.innerText()).toContain(reason);
      expect(await status.getAttribute('data-own-refused')).toBe('');
      expect(await status.innerText()).toContain('uw vorige gegevens zijn ongewijzigd');
      expect(rawKeys(await status.innerText())).toEqual([]);
      expect(await page.locator('[data-table="imported"] input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(before);
      expect(await page.locator('[data-source]').innerText()).toBe('Gegevens: Voorbeeldgegevens');
      await page.close();
    });
  }
});

describe('share link', () => {
  it('announces what the copied link holds; own rows only after the explicit choice; says when they do not fit', async () => {
    const page = await open('contacts-nl.html');
    const status = page.locator('[data-share-status]');
    expect(await status.getAttribute('role')).toBe('status');
    await humanClick(page, page.getByRole('button', { name: 'Link kopiëren' }));
    await expect.poll(() => status.innerText()).toBe('Link gekopieerd. De link bevat de instellingen en de voorbeeldgegevens zoals ze nu zijn.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#sim0=');

    const csv = 'Bedrijfsnaam;Plaats\nGeheim Bedrijf BV;Ede\n';
    await page.locator('input[type="file"]').setInputFiles({ name: 'klanten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.locator('[data-own-status]').innerText()).toBe('1 rij geladen uit klanten.csv');
    const linkHolds = async () => {
      const link = await page.evaluate(() => navigator.clipboard.readText());
      const state = await decodeState(readHashParam(new URL(link).hash, 0)!);
      return JSON.stringify(state);
    };
    await humanClick(page, page.getByRole('button', { name: 'Link kopiëren' }));
    await expect.poll(() => status.innerText()).toBe('Link gekopieerd. De link bevat alleen de instellingen, niet de gegevens uit uw bestand.');
    expect(await linkHolds()).not.toContain('Geheim');
    expect(decodeURIComponent(page.url())).not.toContain('Geheim');

    const choice = page.getByLabel('Gegevens uit mijn bestand in de link opnemen');
    expect(await page.locator('#signpost-sim-0-share-warning').innerText()).toContain('Iedereen die de link krijgt');
    await humanClick(page, choice);
    await humanClick(page, page.getByRole('button', { name: 'Link kopiëren' }));
    await expect.poll(() => status.innerText()).toBe('Link gekopieerd. De link bevat de instellingen en 1 rij uit uw bestand.');
    expect(await linkHolds()).toContain('Geheim');

    const big = `Bedrijfsnaam;Plaats\n${Array.from({ length: 400 }, (_, i) => `Bedrijf ${i};Ede`).join('\n')}\n`;
    await page.locator('input[type="file"]').setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
    await expect.poll(() => page.locator('[data-own-status]').innerText()).toBe('400 rijen geladen uit groot.csv');
    // A new file resets the choice: its rows go into a link only when chosen again.
    expect(await choice.isChecked()).toBe(false);
    await humanClick(page, choice);
    await humanClick(page, page.getByRole('button', { name: 'Link kopiëren' }));
    await expect.poll(() => status.innerText()).toBe('Link gekopieerd. 400 rijen passen niet in een link (hooguit 300): de link bevat alleen de instellingen.');
    expect(await linkHolds()).not.toContain('Bedrijf 399');
    await page.close();
  });
});

describe('keyboard, focus and screens', () => {
  it('reaches Start in two key presses from the island, and leaves focus on Start after a run', async () => {
    const page = await open('contacts-nl.html');
    let presses = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('signpost-sim__skip'))) && presses < 20) {
      await page.keyboard.press('Tab');
      presses++;
    }
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start');
    expect(presses).toBe(1);
    await page.keyboard.press('Enter');
    await page.locator('[data-run-status="done"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start');
    await page.close();
  });

  it('presenter mode: product labels, ← / → through the rows, Escape leaves', async () => {
    const page = await open('contacts-da.html');
    await humanClick(page, page.getByRole('button', { name: 'Præsentationstilstand' }));
    const step = page.locator('[data-presenter-step]');
    await expect.poll(() => step.innerText()).toMatch(/^Række 1 af \d+$/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => step.innerText()).toMatch(/^Række 2 af/);
    expect(await page.locator('.signpost-sim__presenter-record dt').first().innerText()).toBe('Firmanavn');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => step.innerText()).toMatch(/^Række 1 af/);
    await page.keyboard.press('Escape');
    await page.locator('.signpost-sim__mapping').waitFor();
    await page.close();
  });

  for (const lang of LANGUAGES) {
    for (const width of [1280, 390]) {
      it(`${lang} at ${width} px: no raw key or code, no sideways scroll, no axe violation — normal, compare, presenter, error states`, async () => {
        const page = await open(`contacts-${lang}.html`, width);
        const check = async (state: string) => {
          expect(rawKeys(await shownText(page)), `${state}: raw keys`).toEqual([]);
          expect(await sidewaysScroll(page), `${state}: sideways scroll`).toBe(0);
          expect((await scanWithAxe(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`), `${state}: axe`).toEqual([]);
        };
        await humanClick(page, start(page));
        await page.locator('[data-run-status="done"]').waitFor();
        await check('normal, after a run');
        const modes = page.locator('.signpost-sim__modes button');
        await humanClick(page, modes.nth(0));
        await page.locator('[data-compare]').first().waitFor();
        await check('compare');
        await humanClick(page, modes.nth(0));
        await humanClick(page, modes.nth(1));
        await page.locator('[data-presenter-step]').waitFor();
        await check('presenter');
        await page.keyboard.press('Escape');
        await page.locator('.signpost-sim__mapping').waitFor();
        const selects = page.locator('.signpost-sim__mapping select');
        for (let i = 0; i < await selects.count(); i++) await selects.nth(i).selectOption('');
        await page.locator('[data-blocked]').waitFor();
        await check('error: nothing mapped');
        await page.locator('input[type="file"]').setInputFiles({ name: 'x.xlsx', mimeType: 'text/plain', buffer: Buffer.from('a;b\n') });
        await page.locator('[data-own-refused]').waitFor();
        await check('error: refused file');
        await page.close();
      }, 60_000);
    }
  }
});
