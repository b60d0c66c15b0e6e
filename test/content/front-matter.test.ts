/**
 * Front matter of every help page (dialect spec §3): uids follow `help-<lang>-<slug>` with the
 * same slug for the same path in every language, `language:` matches the folder, dates are
 * valid MM.DD.YYYY, and uids are unique across the whole tree.
 */
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../plugins/remark-docfx/lib/frontmatter.ts';
import { CONTENT_ROOT, LANGUAGES, isIncludePath, listFiles, readContent } from './content-tree.ts';

const pages = listFiles(CONTENT_ROOT).filter((path) => /\.mdx?$/.test(path) && !isIncludePath(path));

/** Month-first date with a day that exists in that month (leap years honoured). */
export function isValidDocfxDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  if (!match) return false;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function metaOf(path: string): Record<string, unknown> {
  const { block, meta, findings } = parseFrontMatter(readContent(path));
  if (block === undefined) throw new Error(`${path}: no front matter`);
  if (findings.length > 0) throw new Error(`${path}: ${findings.map((f) => `${f.line} ${f.message}`).join('; ')}`);
  return meta;
}

describe('date validation', () => {
  it('accepts month-first dates only', () => {
    expect(isValidDocfxDate('02.29.2024')).toBe(true);
    expect(isValidDocfxDate('02.29.2025')).toBe(false);
    expect(isValidDocfxDate('13.01.2025')).toBe(false);
    expect(isValidDocfxDate('5.1.2025')).toBe(false);
    expect(isValidDocfxDate(2025)).toBe(false);
  });
});

describe('front matter of the help pages', () => {
  it('finds pages in every language', () => {
    for (const lang of LANGUAGES) expect(pages.some((path) => path.startsWith(`${lang}/`))).toBe(true);
  });

  it.each(pages)('%s', (path) => {
    const lang = path.split('/')[0];
    const meta = metaOf(path);
    expect(meta.uid).toMatch(new RegExp(`^help-${lang}-[a-z0-9]+(-[a-z0-9]+)*$`));
    expect(meta.language).toBe(lang);
    expect(typeof meta.title === 'string' && meta.title.trim() !== '').toBe(true);
    const dates = ['date', 'so.date'].filter((key) => key in meta);
    if (meta.redirect_url === undefined) expect(dates.length, 'a page carries date or so.date').toBeGreaterThan(0);
    for (const key of dates) expect(isValidDocfxDate(meta[key]), `${key}: ${String(meta[key])}`).toBe(true);
  });

  it('uses the same slug for the same path in every language, and no uid twice', () => {
    const slugs = new Map<string, Set<string>>();
    const seen = new Map<string, string>();
    for (const path of pages) {
      const uid = String(metaOf(path).uid);
      expect(seen.get(uid), `uid ${uid} of ${path}`).toBeUndefined();
      seen.set(uid, path);
      const rest = path.split('/').slice(1).join('/');
      const slug = uid.replace(/^help-[a-z]{2}-/, '');
      slugs.set(rest, (slugs.get(rest) ?? new Set()).add(slug));
    }
    for (const [rest, set] of slugs) expect([...set], rest).toHaveLength(1);
  });
});
