/**
 * Using the header search box the way a reader does (move to it, click, type at a human pace),
 * and reading what a result page says, for search tests.
 */
import type { Page } from 'playwright-core';

/** One listed result: its path and the excerpt text shown under it. */
export interface ListedResult {
  path: string;
  excerpt: string;
  /** Text inside the excerpt's `<mark>`s. */
  marked: string[];
}

/**
 * Goes to `url`, moves the mouse to the search box, clicks it and types `query` key by key;
 * returns the listed results once the list has stopped changing.
 * Example: `await typeSearch(page, portal.url('/nl/'), 'instellingen')` → `[{ path: '/nl/a/', … }]`.
 */
export async function typeSearch(page: Page, url: string, query: string): Promise<ListedResult[]> {
  await page.goto(url);
  const box = page.getByRole('searchbox');
  const area = await box.boundingBox();
  if (area) await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2, { steps: 8 });
  await page.waitForTimeout(200);
  await box.click();
  await box.pressSequentially(query, { delay: 110 });
  await page.locator('.sp-search__list a').first().waitFor({ timeout: 20_000 });
  let previous = '';
  for (let tries = 0; tries < 40; tries++) {
    await page.waitForTimeout(250);
    const now = await page.locator('.sp-search__results').innerHTML();
    if (now === previous) break;
    previous = now;
  }
  return page.locator('.sp-search__list li').evaluateAll((items) => items.map((item) => ({
    path: new URL(item.querySelector('a')!.href).pathname,
    excerpt: item.querySelector('.sp-search__excerpt')?.textContent ?? '',
    marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
  })));
}

/** The text of the article (search body) of the page at `path`, fetched by the browser. */
export async function articleText(page: Page, path: string): Promise<string> {
  return page.evaluate(async (target) => {
    const html = await (await fetch(target)).text();
    const article = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
    return article?.textContent ?? '';
  }, path);
}

/**
 * Whether a word of `text` starts with `stem` (so not only inside a longer word), ignoring case:
 * pass the stem Pagefind's stemmer gives the query (`instell` for `instellingen`, `instellen`).
 * Example: `startsWord('De Importinstellingen', 'instell')` → false; `startsWord('Instellen', 'instell')` → true.
 */
export function startsWord(text: string, stem: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{M}])${stem}`, 'iu').test(text);
}

/** One ranked result: its path, and whether Pagefind found it only through compound parts. */
export interface RankedResult {
  path: string;
  /**
   * Every match is a hidden parts token (weight 1/24; body text weighs 1, and a word Pagefind
   * itself splits off at a hyphen, `til/fra-indstilling`, 1/3 of that) and no metadata (title,
   * keywords, image alt) matched: the page has the word only inside compounds.
   */
  partsOnly: boolean;
}

/**
 * Every result Pagefind gives for `query` on the open page's language, in its ranking order (the
 * search box lists the first ones of this same list). Loads each result's data, so use it on a
 * few queries only. Pagefind's own matching decides what a word is: its stemmer folds `ingesteld`
 * and `instelt` into `instellingen`, and a word in an image's alt text is a metadata match.
 * Example: `await rankedResults(page, 'instellingen')` → `[{ path: '/nl/a/', partsOnly: false }, …]` (all 316).
 */
export async function rankedResults(page: Page, query: string): Promise<RankedResult[]> {
  return page.evaluate(`${RANK_IN_PAGE}(${JSON.stringify(query)})`) as Promise<RankedResult[]>;
}

// Plain JavaScript run in the page, kept as text: Vitest would rewrite a dynamic `import()` in a function.
const RANK_IN_PAGE = `(async (term) => {
  const base = document.querySelector('[data-sp-search]')?.dataset.base ?? '/';
  const pagefind = await import(base + 'pagefind/pagefind.js');
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  const found = await pagefind.search(term);
  return Promise.all(found.results.map(async (result) => {
    const data = await result.data();
    const partsOnly = !result.matchedMetaFields?.length && data.weighted_locations.every((location) => location.weight < 0.1);
    return { path: new URL(data.url, location.href).pathname, partsOnly };
  }));
})`;

/**
 * Results ranked above the last result that has the word itself although they have it only
 * inside compounds — what a strict "whole word first" ranking never shows.
 * Example: `[{ path: '/a/', partsOnly: false }, { path: '/b/', partsOnly: true }, { path: '/c/', partsOnly: false }]` → `['/b/']`.
 */
export function compoundOnlyAboveWhole(ranked: RankedResult[]): string[] {
  const lastWhole = ranked.findLastIndex((result) => !result.partsOnly);
  return ranked.slice(0, lastWhole + 1).filter((result) => result.partsOnly).map((result) => result.path);
}

/**
 * Whether `text` has `word` as a word of its own (not inside a longer word), ignoring case.
 * Example: `hasWord('De instellingen', 'instellingen')` → true; `hasWord('Importinstellingen', 'instellingen')` → false.
 */
export function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'iu').test(text);
}
