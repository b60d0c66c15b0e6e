/**
 * The bundled help pages name the product's buttons and lists exactly as the product does:
 * `signpost check` finds no `ui-label-unknown` in content/ (a misspelt label fails here first).
 */
import { expect, it } from 'vitest';
import { loadDialect } from '../../src/check/dialect.ts';
import { runCheck } from '../../src/check/run-check.ts';
import { CONTENT_ROOT } from './content-tree.ts';

it('content/ uses only product labels in bold', async () => {
  const { findings } = await runCheck(CONTENT_ROOT, await loadDialect());
  expect(findings.filter((f) => f.ruleId === 'ui-label-unknown').map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
});
