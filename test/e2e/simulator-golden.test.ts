/**
 * Shared golden import cases driven through the island in Chromium: the case is opened as a
 * shared link (state in the URL hash), the user presses Start, and the results table must show
 * the case's expected outcome and record id for every row and entity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeState, writeHashParam } from '../../src/simulators/url-state.ts';
import { startFixture, simulatorPage, type Fixture } from '../simulators/browser-fixture.ts';
import { caseToState } from '../simulators/case-to-state.ts';

const casesDir = new URL('../../../shared/conformance/import/', import.meta.url);
type GoldenCase = { id: string; input: Record<string, unknown>; expect: { ok: boolean; rows?: Record<string, { outcome?: string; id?: number | null } | string | number>[]; errors?: { code: string }[] } };
const ENTITIES = ['company', 'person', 'product', 'customer', 'material', 'hourType'];

const cases = readdirSync(casesDir)
  .map((name) => JSON.parse(readFileSync(new URL(name, casesDir), 'utf8')) as GoldenCase)
  .filter((golden) => caseToState(golden.input) !== null)
  .slice(0, 12);

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
  fixture.pages.set('golden.html', simulatorPage('en', [{}]));
});
afterAll(async () => fixture?.close());

describe('golden import cases through the simulator UI', () => {
  it('has at least ten expressible cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const golden of cases) {
    it(golden.id, async () => {
      const hash = writeHashParam('', 0, await encodeState(caseToState(golden.input)!));
      const page = await fixture.context.newPage();
      await page.goto(`${fixture.url}/golden.html${hash}`);
      await page.locator('.signpost-sim[data-ready]').waitFor();
      const start = page.getByRole('button', { name: 'Start', exact: true });
      if (!golden.expect.ok) {
        // A refused input cannot start: Start is unavailable and says why, in words (the
        // engine's codes are only a test hook), and no run says "Done".
        expect(await start.getAttribute('aria-disabled')).toBe('true');
        const blocked = page.locator('[data-blocked]');
        const codes = (await blocked.getAttribute('data-error-codes'))?.split(' ') ?? [];
        for (const error of golden.expect.errors ?? []) expect(codes).toContain(error.code);
        expect(await blocked.innerText()).not.toMatch(/\b[A-Z]+(?:_[A-Z]+)+\b/);
        await start.press('Enter');
        expect(await page.locator('[data-run-status]').getAttribute('data-run-status')).toBe('idle');
        await page.close();
        return;
      }
      await start.click();
      await page.locator('.signpost-sim__results').waitFor();
      const shown = await page.locator('table.signpost-sim__outcomes tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          row: Number(tr.children[0].textContent),
          entity: tr.getAttribute('data-entity'),
          status: tr.getAttribute('data-status'),
          outcome: tr.getAttribute('data-outcome'),
          id: tr.children[3]?.textContent ?? '',
        })),
      );
      (golden.expect.rows ?? []).forEach((expected, index) => {
        const status = typeof expected.status === 'string' ? expected.status : 'processed';
        if (status !== 'processed') {
          expect(shown.find((s) => s.row === index + 1)?.status, `row ${index + 1}`).toBe(status);
          return;
        }
        for (const entity of ENTITIES) {
          const want = expected[entity] as { outcome?: string; id?: number | null } | undefined;
          if (!want || want.outcome === 'none') continue;
          const got = shown.find((s) => s.row === index + 1 && s.entity === entity);
          expect(got?.outcome, `row ${index + 1} ${entity}`).toBe(want.outcome);
          if (want.id !== undefined) expect(got?.id, `row ${index + 1} ${entity} id`).toBe(want.id === null ? '' : String(want.id));
        }
      });
      await page.close();
    });
  }
});
