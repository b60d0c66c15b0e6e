/**
 * Every relative target written in content/ exists: include paths, snippet files and their line
 * ranges, reference definitions and inline links/images, toc.yml hrefs, #anchors on our own
 * pages (explicit `<a id>` or heading ids of spec §8), and xref uids. A cheap guard that does
 * not need the renderer; `signpost check content` is the full check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT, listFiles, readContent, splitFrontMatter } from './content-tree.ts';

const all = listFiles(CONTENT_ROOT);
const markdown = all.filter((path) => path.endsWith('.md'));
const uids = new Set(markdown.map((path) => /^uid: (\S+)$/m.exec(readContent(path))?.[1]).filter(Boolean));

/** Heading id per spec §8 (lower-case, keep letters/digits/space/-/_, spaces → `-`). */
const headingId = (text: string): string =>
  text.replace(/<[^>]+>/g, '').replace(/[*`]/g, '').trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

function anchorsOf(path: string): Set<string> {
  const body = splitFrontMatter(readContent(path)).body;
  const anchors = new Set([...body.matchAll(/<a id="([^"]+)">/g)].map((m) => m[1]));
  for (const m of body.matchAll(/^#{1,6} (.+)$/gm)) anchors.add(headingId(m[1]));
  return anchors;
}

/** Resolves `target` written in `from` to a content-relative path, or null when it leaves content/. */
function resolveTarget(from: string, target: string): string | null {
  const resolved = normalize(join(dirname(from), decodeURIComponent(target))).split('\\').join('/');
  return resolved.startsWith('..') ? null : resolved;
}

function problemsOf(path: string): string[] {
  const text = readContent(path);
  const problems: string[] = [];
  const check = (raw: string, what: string): void => {
    if (/^[a-z]+:/i.test(raw) || raw.startsWith('#') || raw.startsWith('/')) {
      if (raw.startsWith('xref:') && !uids.has(raw.slice(5).split('#')[0])) problems.push(`${what} ${raw}: unknown uid`);
      return;
    }
    const [file, fragment] = raw.split('#');
    const target = resolveTarget(path, file.replace(/\?.*$/, ''));
    if (target === null || !existsSync(join(CONTENT_ROOT, target))) return void problems.push(`${what} ${raw}: missing`);
    if (fragment && target.endsWith('.md') && !/^L\d+/.test(fragment) && !anchorsOf(target).has(fragment)) {
      problems.push(`${what} ${raw}: no anchor #${fragment}`);
    }
  };
  for (const m of text.matchAll(/\[!include\[[^\]]*\]\(([^)\s]+)\)\]/g)) check(m[1], 'include');
  for (const m of text.matchAll(/^\[[^\]]+\]: (\S+)$/gm)) check(m[1], 'definition');
  for (const m of text.matchAll(/(?<!\[!include|\[!code-\w+)\[[^\]\n]*\]\(([^)\s]+)\)/g)) check(m[1], 'link');
  for (const m of text.matchAll(/^\s*(?:topicH|h)ref: (\S+)$/gm)) check(m[1], 'toc href');
  for (const m of text.matchAll(/<xref:([^>#]+)/g)) if (!uids.has(m[1])) problems.push(`xref ${m[1]}: unknown uid`);
  for (const m of text.matchAll(/(?:^|\s)@(help-[a-z0-9-]+)/gm)) if (!uids.has(m[1])) problems.push(`@${m[1]}: unknown uid`);
  for (const m of text.matchAll(/^\[!code-\w+\[[^\]]*\]\(([^)?#]+)(?:\?range=(\d+)-(\d+)|#L(\d+)-L(\d+))?\)\]$/gm)) {
    const target = resolveTarget(path, m[1]);
    if (target === null || !existsSync(join(CONTENT_ROOT, target))) { problems.push(`snippet ${m[1]}: missing`); continue; }
    const lines = readFileSync(join(CONTENT_ROOT, target), 'utf8').trimEnd().split('\n').length;
    const end = Number(m[3] ?? m[5] ?? 0);
    if (end > lines) problems.push(`snippet ${m[1]}: line ${end} past end (${lines} lines)`);
  }
  return problems;
}

describe('relative targets in content/ exist', () => {
  it('knows the uids of the tree', () => {
    expect(uids.size).toBeGreaterThan(40);
  });

  it('resolves paths and heading ids like the dialect does (self-check of the scanner)', () => {
    expect(resolveTarget('nl/import/index.md', '../../../outside.md')).toBeNull();
    expect(resolveTarget('nl/import/settings/products.md', 'duplicates.md')).toBe('nl/import/settings/duplicates.md');
    expect(headingId('Nøgle og handling')).toBe('nøgle-og-handling');
    expect(anchorsOf('nl/import/settings/duplicates.md')).toContain('acme');
  });

  it.each(all.filter((path) => /\.(md|yml)$/.test(path)))('%s', (path) => {
    expect(problemsOf(path)).toEqual([]);
  });
});
