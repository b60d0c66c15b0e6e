/**
 * Property test: documents mixing dialect constructs, broken fragments and random text never
 * make the pipeline throw, always produce messages of the closed rule set, and each renders
 * within one second. Each run also writes a generated include file into a temporary root.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { isRuleId } from '../../plugins/remark-docfx/lib/contracts.ts';
import { createDocfxProcessor } from '../../plugins/remark-docfx/lib/pipeline.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';

const root = mkdtempSync(join(tmpdir(), 'docfx-property-'));
mkdirSync(join(root, 'nl/includes'), { recursive: true });
mkdirSync(join(root, 'da'), { recursive: true });
writeFileSync(join(root, 'nl/includes/loop.md'), 'Lus [!include[x](loop.md)]\n\n[!include[y](loop.md)]\n');
writeFileSync(join(root, 'nl/doel.md'), '---\nuid: help-doel\n---\n# Doel\n');
writeFileSync(join(root, 'da/includes.md'), '# Dansk\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const site = loadSite(root);
const processor = createDocfxProcessor(site);

/** Fragments of the dialect, whole and broken. */
const fragment = fc.constantFrom(
  '[!include[a](includes/gen.md)]', '[!include[a](includes/loop.md)]', '[!INCLUDE [b](includes/weg.md)]',
  '[!include[c](../../../buiten.md)]', '[!include[d](https://x.test/a.md)]', '[!include[e](', '\\[!include[f](x.md)]',
  '[!include[g](includes/gen.md) ]', '> [!NOTE]', '> [!TIP]\n> tekst', '> [!VIDEO https://www.youtube.com/embed/x]',
  '# Tab 1 (#tab/a)', '# Tab 2 (#tab/b)', '***', '{% stepper %}', '{% step %}', '{% endstep %}', '{% hint style="info" %}',
  '{% endhint %}', '{% tabs %}', '{% tab title="X" %}', '::simulator{name="import"}', ':::merge-example', ':::',
  '::: zone pivot="a"', '::: zone-end', ':::image source="x.png" alt-text="x":::', '[!code-csharp[x](a.cs?range=1-2)]',
  '[x][1]', '[1]: doel.md', '[y][weg]', '![i][img]', '[img]: ../media/x.png', '<xref:help-doel>', '<xref:help-weg>',
  '@help-doel', '@"help doel"', '[t](xref:help-doel#a)', '---', '...', 'Ã©Ã©n', 'â€™', '<!-- c -->', '<details>',
  '</details>', '<script>x</script>', '```', '    code', '1. een', '* punt', '| a | b |', '|---|---|', '', '\t', '\\',
);
const line = fc.oneof(fragment, fc.string({ maxLength: 30 }), fc.array(fragment, { maxLength: 3 }).map((parts) => parts.join(' ')));
const document = fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n'));
const indent = fc.constantFrom('', '  ', '    ', '> ', '1. ');

describe('generated documents', () => {
  it('render without exceptions within one second each', { timeout: 600_000 }, () => {
    let run = 0;
    fc.assert(
      fc.property(document, document, indent, (page, include, prefix) => {
        run += 1;
        const includePath = `nl/includes/gen-${run}.md`;
        writeFileSync(join(root, includePath), include);
        site.files.set(includePath, { path: includePath, kind: 'include', lang: 'nl', route: null, meta: {} });
        const text = page.replaceAll('includes/gen.md', `includes/gen-${run}.md`).split('\n').map((row) => prefix + row).join('\n');
        const file = new VFile({ value: text });
        file.data.docfxPath = 'nl/gen.md';
        const started = performance.now();
        const html = String(processor.processSync(file));
        const elapsed = performance.now() - started;
        expect(typeof html).toBe('string');
        expect(elapsed).toBeLessThan(1000);
        for (const message of file.messages) {
          if (message.source === 'docfx') expect(isRuleId(message.ruleId), message.ruleId ?? '').toBe(true);
          expect(message.fatal).toBe(false);
          expect(message.ruleId, message.reason).not.toBe('signpost-transform-failed');
        }
      }),
      { numRuns: 2000 },
    );
    expect(run).toBeGreaterThanOrEqual(2000);
  });
});
