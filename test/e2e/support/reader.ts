/**
 * A reader at a human pace in Chromium: mouse moves and pauses before a click, keys one at a
 * time, and measurements a reader would notice (does the page scroll sideways?).
 */
import type { Locator, Page } from 'playwright-core';
import { scanWithAxe, type AxeViolation } from './browser.ts';

/** The two widths every reading test uses: a laptop and a phone. */
export const WIDTHS = { wide: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** Waits like a person between actions (short, so a test stays quick). */
export const pause = (page: Page, ms = 120) => page.waitForTimeout(ms);

/** Moves the mouse onto `target` in steps, pauses, clicks. */
export async function clickLikeAPerson(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('element to click is not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
  await pause(page);
  await page.mouse.down();
  await page.mouse.up();
}

/** Presses Tab until the focused element matches the CSS `selector` (at most `limit` times). */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    await pause(page, 30);
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
  }
  throw new Error(`no focusable element matched \`${selector}\` after ${limit} tabs`);
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * axe-core violations of each route (opened at `url(route)`) and of a redirect page's HTML
 * (set as content without its meta refresh, which would leave before the scan), by label.
 * Example: `await axeByRoute(page, url, ['/nl/'], { label: '/nl/old/', html })` → `{}` when clean.
 */
export async function axeByRoute(page: Page, url: (route: string) => string, routes: string[], redirect: { label: string; html: string }): Promise<Record<string, AxeViolation[]>> {
  const found: Record<string, AxeViolation[]> = {};
  const scan = async (label: string) => {
    const violations = await scanWithAxe(page);
    if (violations.length) found[label] = violations;
  };
  for (const route of routes) {
    await page.goto(url(route));
    await scan(route);
  }
  await page.setContent(redirect.html.replace(/<meta http-equiv="refresh"[^>]*>/, ''));
  await scan(redirect.label);
  return found;
}
