/**
 * The engine stays pure and documented: no imports from outside src/engine (no DOM, Node, Astro,
 * i18n), no clock or randomness, and the README's example output is what the engine returns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';

const dir = new URL('../../src/engine/', import.meta.url);
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')] as const);

describe('engine purity', () => {
  it.each(sources)('%s imports only sibling modules and uses no clock or randomness', (_file, text) => {
    const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'/g)].map((m) => m[1] ?? m[2]);
    expect(specifiers.filter((s) => !s.startsWith('./'))).toEqual([]);
    expect(text).not.toMatch(/\b(Date\.now|new Date|Math\.random|performance\.now|localeCompare|toLocale\w*)\s*\(/);
  });
});

describe('README example', () => {
  it('prints what the README says', () => {
    const readme = readFileSync(new URL('README.md', dir), 'utf8');
    const block = /prints exactly[^\n]*\n\n```\n([\s\S]*?)```/.exec(readme)?.[1].trim().split('\n') ?? [];
    const output = simulate({
      flavour: 'superoffice',
      settings: { company: { match: 'name', action: 'merge' }, person: { match: 'none' } },
      existing: { companies: [{ id: 1, name: 'ACME Inc.', street: 'Main street 456', code: 'ACME1' }] },
      rows: [{ 'company.name': 'acme inc.', 'company.street': 'Broadway 123', 'company.vatNo': '11223344' }],
    });
    if (!output.ok) throw new Error('refused');
    const refused = simulate({ flavour: 'superoffice', settings: { lists: { position: 'default' } }, rows: [] });
    expect([JSON.stringify(output.rows[0]), JSON.stringify(output.selection), JSON.stringify(refused)]).toEqual(block);
  });
});
