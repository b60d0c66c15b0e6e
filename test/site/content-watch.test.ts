/**
 * The dev watcher's hand-off to Astro (src/site/content-watch.ts): saves arrive as content-root
 * paths in batches, hidden files and files outside the root are ignored, and paths Astro did
 * not take (it skips refreshes while reloading its content config) are offered again.
 */
import { describe, expect, it } from 'vitest';
import { watchContent, type ContentWatcher } from '../../src/site/content-watch.ts';

const ROOT = '/srv/content';
const TIMING = { batchMs: 5, retryMs: 5, giveUpMs: 200 };
const settle = (ms = 40) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until `done()` (at most 5 s, for a loaded machine). */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!done() && Date.now() < deadline) await settle(5);
}

function fakeWatcher() {
  let listener: (event: string, path: string) => void = () => undefined;
  const added: string[] = [];
  const watcher: ContentWatcher = {
    add: (path) => added.push(path),
    on: (_event, handler) => (listener = handler),
  };
  return { watcher, added, save: (path: string) => listener('change', path) };
}

describe('watchContent', () => {
  it('hands over saves under the content root as one sorted batch of relative paths', async () => {
    const { watcher, added, save } = fakeWatcher();
    const calls: string[][] = [];
    watchContent(watcher, ROOT, async (paths) => (calls.push(paths), true), (error) => { throw error; }, TIMING);
    save(`${ROOT}/nl/b.md`);
    save(`${ROOT}/nl/a.md`);
    save(`${ROOT}/nl/.a.md.swp`);
    save(`${ROOT}/.git/index`);
    save('/srv/elsewhere/x.md');
    await until(() => calls.length > 0);
    await settle();
    expect(added).toEqual([ROOT]);
    expect(calls).toEqual([['nl/a.md', 'nl/b.md']]);
  });

  it('offers paths the loader did not take again, together with later saves', async () => {
    const { watcher, save } = fakeWatcher();
    const calls: string[][] = [];
    let refusals = 2;
    watchContent(watcher, ROOT, async (paths) => {
      calls.push(paths);
      if (refusals-- > 0) {
        if (refusals === 0) save(`${ROOT}/nl/later.md`);
        return false;
      }
      return true;
    }, (error) => { throw error; }, TIMING);
    save(`${ROOT}/nl/a.md`);
    await until(() => calls.length >= 3);
    await settle();
    expect(calls).toEqual([['nl/a.md'], ['nl/a.md'], ['nl/a.md', 'nl/later.md']]);
  });

  it('never runs two refreshes at once and gives up on paths nobody takes', async () => {
    const { watcher, save } = fakeWatcher();
    let running = 0;
    let overlapped = false;
    const errors: string[] = [];
    watchContent(watcher, ROOT, async () => {
      overlapped ||= ++running > 1;
      await settle(10);
      running--;
      return false;
    }, (error) => errors.push(error.message), TIMING);
    save(`${ROOT}/nl/a.md`);
    await settle(15);
    save(`${ROOT}/nl/b.md`);
    await until(() => errors.length > 0);
    await settle();
    expect(overlapped).toBe(false);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/nl\/a\.md, nl\/b\.md/);
  });
});
