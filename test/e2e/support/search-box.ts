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
