/**
 * The one-way ties between the parts (README "Folder map"), checked on the import specifiers of
 * every source file, like the engine's purity test (test/engine/module.test.ts):
 * - nothing in `src/` reaches into `plugins/remark-docfx/lib/`: the plugin's face
 *   (`plugins/remark-docfx/index.ts`) is its only door;
 * - the Astro site (`src/site`, `src/pages`, `src/layouts`, `src/components`) never imports the
 *   writers' checks (`src/check`); the checks may use the site (`check → site`), not back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const project = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/;

/** Project-relative paths of the source files under `dir`. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(join(project, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => relative(project, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Project-relative targets of the relative imports of `file`: static and dynamic imports,
 * re-exports, side-effect imports and worker URLs (`new URL('./x.ts', import.meta.url)`).
 */
export function importsOf(file: string, text = readFileSync(join(project, file), 'utf8')): string[] {
  const pattern = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\bimport\s+['"]([^'"]+)['"]|new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g;
  return [...text.matchAll(pattern)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? match[4])
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(project, resolve(project, dirname(file), specifier)));
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
const SITE_FOLDERS = ['src/site', 'src/pages', 'src/layouts', 'src/components'];

describe('import boundaries', () => {
  it('finds the imports the rules are about (the scanner itself works)', () => {
    const text = "import a from '../../plugins/remark-docfx/lib/x.ts';\nconst b = await import('../check/y.ts');\nnew Worker(new URL('./w.ts', import.meta.url));\nexport { c } from './c.ts';";
    expect(importsOf('src/site/z.ts', text)).toEqual(['plugins/remark-docfx/lib/x.ts', 'src/check/y.ts', 'src/site/w.ts', 'src/site/c.ts']);
  });

  it.each(sourcesUnder('src'))('%s imports the DocFX plugin only through its face', (file) => {
    expect(importsOf(file).filter((target) => inside(target, 'plugins/remark-docfx/lib'))).toEqual([]);
  });

  it.each(SITE_FOLDERS.flatMap(sourcesUnder))('%s (the site) imports nothing from src/check', (file) => {
    expect(importsOf(file).filter((target) => inside(target, 'src/check'))).toEqual([]);
  });
});
