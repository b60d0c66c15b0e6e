/**
 * The integration's requests to the loader (src/site/dev-refresh.ts): saved paths travel in the
 * refresh context, the loader's answers come back in it, and a sync that deleted store entries
 * is followed by one refresh that changes nothing (so Astro's import-map rewrite, which reloads
 * the browser, happens while the store is current).
 */
import { describe, expect, it } from 'vitest';
import { devRefresher, REFRESH_KEYS, type RefreshContent } from '../../src/site/dev-refresh.ts';

/** A refreshContent whose loader answers with `answer(context)`; records every request. */
function fakeAstro(answer: (context: Record<string, unknown>, call: number) => void) {
  const requests: Record<string, unknown>[] = [];
  const refreshContent: RefreshContent = async ({ loaders, context }) => {
    expect(loaders).toEqual(['signpost-docfx']);
    requests.push({ ...context });
    answer(context, requests.length);
  };
  return { refreshContent, requests };
}

describe('devRefresher', () => {
  it('hands saved paths to the loader and reports whether it took them', async () => {
    const astro = fakeAstro((context, call) => {
      if (call > 1) context[REFRESH_KEYS.taken] = true; // Astro skipped the first refresh
    });
    const refresher = devRefresher(astro.refreshContent, 'signpost-docfx');
    await expect(refresher.saved(['nl/a.md'])).resolves.toBe(false);
    await expect(refresher.saved(['nl/a.md'])).resolves.toBe(true);
    expect(astro.requests).toEqual([{ [REFRESH_KEYS.changed]: ['nl/a.md'] }, { [REFRESH_KEYS.changed]: ['nl/a.md'] }]);
  });

  it('settles the store after a sync that deleted entries, retrying until the loader takes it', async () => {
    const astro = fakeAstro((context, call) => {
      if (call === 1) Object.assign(context, { [REFRESH_KEYS.taken]: true, [REFRESH_KEYS.unsettled]: true });
      if (call >= 3) context[REFRESH_KEYS.taken] = true;
    });
    await expect(devRefresher(astro.refreshContent, 'signpost-docfx').saved(['nl/gone.md'])).resolves.toBe(true);
    expect(astro.requests).toEqual([{ [REFRESH_KEYS.changed]: ['nl/gone.md'] }, { [REFRESH_KEYS.settle]: true }, { [REFRESH_KEYS.settle]: true }]);
  });

  it('does not settle after a sync that only updated entries', async () => {
    const astro = fakeAstro((context) => (context[REFRESH_KEYS.taken] = true));
    await devRefresher(astro.refreshContent, 'signpost-docfx').saved(['nl/a.md']);
    expect(astro.requests).toHaveLength(1);
  });
});
