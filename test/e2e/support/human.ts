/**
 * Input at a human pace for browser tests: the mouse travels to its target in steps, rests,
 * presses and releases with a pause between (so a layout change on mousedown — a blur that
 * re-renders — can move the target away as it did for users), and keys are typed one by one.
 */
import type { Locator, Page } from 'playwright-core';

/** Where an element's centre is now (scrolled into view first), or null when it is not laid out. */
async function centreOf(target: Locator): Promise<{ x: number; y: number } | null> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
}

/**
 * Moves the mouse to `target` in steps, rests, presses, waits, releases. Returns whether the
 * element under the pointer at release is still `target` (false = the target moved away under a
 * pressed mouse, and the click went elsewhere).
 */
export async function humanClick(page: Page, target: Locator, { rest = 60, hold = 90 } = {}): Promise<boolean> {
  const centre = await centreOf(target);
  if (!centre) return false;
  await page.mouse.move(centre.x, centre.y, { steps: 8 });
  await page.waitForTimeout(rest);
  await page.mouse.down();
  await page.waitForTimeout(hold);
  const stillThere = await target.evaluate((element, point) => {
    const hit = document.elementFromPoint(point.x, point.y);
    return !!hit && (hit === element || element.contains(hit));
  }, centre);
  await page.mouse.up();
  return stillThere;
}

/** Clicks into `field` at a human pace and types `text` key by key. */
export async function humanType(page: Page, field: Locator, text: string): Promise<void> {
  await humanClick(page, field);
  await page.keyboard.type(text, { delay: 35 });
}
