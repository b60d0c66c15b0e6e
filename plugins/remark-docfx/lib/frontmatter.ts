/**
 * Front matter (spec §3) — the project's one front-matter module (site loader, renderer, check,
 * translations and tests read front matter through it). `findFrontMatter` locates the fences
 * (spec §3.1 is stricter than gray-matter: whole `---` / `...` lines, an unclosed block is no
 * front matter); gray-matter then reads the block, with the `yaml` package as its YAML engine
 * (1.2 core schema, a `LineCounter`), so every key keeps its file line for diagnostics. The
 * parsed `Document` stays available to `validate`, the place for further YAML checks.
 */
import matter from 'gray-matter';
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { RuleId } from './contracts.ts';

/** Where the front matter block sits in a text (1-based lines). */
export interface FrontMatterBlock {
  /** YAML text between the fences. */
  yaml: string;
  /** Line of the closing fence. */
  closingLine: number;
  /** First line of the body (closing fence + 1). */
  bodyLine: number;
}

/** A finding positioned at a line of the file. */
export interface LineFinding {
  ruleId: RuleId;
  line: number;
  message: string;
}

/** What the front matter says about a file. */
export interface FrontMatter {
  block?: FrontMatterBlock;
  meta: Record<string, unknown>;
  uid?: string;
  uidLine?: number;
  redirectUrl?: string;
  /** Declared `language` / `so.lang` and its line, for the language check. */
  language?: { value: string; line: number };
  findings: LineFinding[];
}

const OPENING = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Locate the front matter block of a normalised text. Returns `'unclosed'` when the first
 * line is `---` without a closing fence (spec §3.1: then there is no front matter).
 * @example findFrontMatter('---\na: 1\n---\n# x') // → { yaml: 'a: 1', closingLine: 3, bodyLine: 4 }
 */
export function findFrontMatter(text: string): FrontMatterBlock | 'unclosed' | undefined {
  const firstEnd = text.indexOf('\n');
  if (!OPENING.test(firstEnd === -1 ? text : text.slice(0, firstEnd))) return undefined;
  if (firstEnd === -1) return 'unclosed';
  let start = firstEnd + 1;
  let line = 2;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end === -1 ? text.length : end);
    if (CLOSING.test(content)) {
      return { yaml: text.slice(firstEnd + 1, start), closingLine: line, bodyLine: line + 1 };
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return 'unclosed';
}

/** `MM.DD.YYYY` with a real calendar day (spec §3.3). */
export function isValidDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  if (!match) return false;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Parse and validate the front matter of a normalised text.
 * @example parseFrontMatter('---\nuid: a\n---\n').uid // → 'a'
 */
export function parseFrontMatter(text: string): FrontMatter {
  const block = findFrontMatter(text);
  if (block === undefined) return { meta: {}, findings: [] };
  if (block === 'unclosed') {
    return { meta: {}, findings: [{ ruleId: 'frontmatter-invalid', line: 1, message: 'Unexpected unclosed front matter: the opening `---` has no closing `---` line; the file is rendered as Markdown' }] };
  }
  const { document, lineCounter } = readBlock(text, block);
  if (document === undefined) return { block, meta: {}, findings: [] };
  if (document.errors.length > 0) {
    const reason = document.errors[0].message.split('\n')[0];
    return { block, meta: {}, findings: [{ ruleId: 'frontmatter-invalid', line: 1, message: `Cannot parse front matter as YAML: ${reason}` }] };
  }
  if (document.contents === null) return { block, meta: {}, findings: [] };
  if (!isMap(document.contents)) {
    return { block, meta: {}, findings: [{ ruleId: 'frontmatter-invalid', line: 1, message: 'Unexpected front matter: expected a mapping of `key: value` lines' }] };
  }
  const meta: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  const findings: LineFinding[] = [];
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const offset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0;
    const line = lineCounter.linePos(offset).line; // the YAML text starts on the opening fence's line
    if (key in meta) {
      // The first occurrence of a key wins, like `uid` resolution — said, never silent (issue 17).
      findings.push({ ruleId: 'frontmatter-invalid', line, message: `Unexpected duplicate key \`${key}\`: the value on line ${lines.get(key)} is used; remove one of them` });
      continue;
    }
    lines.set(key, line);
    try {
      meta[key] = pair.value === null || pair.value === undefined ? null : (pair.value as { toJS(doc: unknown): unknown }).toJS(document);
    } catch (error) {
      // An alias whose anchor is not set (`key: *nope`) cannot be resolved.
      meta[key] = null;
      findings.push({ ruleId: 'frontmatter-invalid', line, message: `Cannot resolve \`${key}\`: ${String((error as Error).message).split('\n')[0]}; the key is ignored` });
    }
  }
  const validated = validate(block, meta, lines);
  return findings.length === 0 ? validated : { ...validated, findings: [...findings, ...validated.findings] };
}

/**
 * gray-matter over the text up to the closing fence, with the `yaml` package as its engine.
 * The closing delimiter is the fence line itself plus its newline, so gray-matter ends the block
 * exactly where `findFrontMatter` did. The engine keeps the `Document` (gray-matter only hands on
 * plain data); `document` stays undefined when gray-matter found nothing to parse (a block of
 * blank or `#` comment lines).
 */
function readBlock(text: string, block: FrontMatterBlock): { document?: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  let document: Document | undefined;
  const lines = text.split('\n', block.closingLine);
  const parse = (yaml: string): object => {
    document = parseDocument(yaml, { version: '1.2', schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: false });
    return {};
  };
  matter(`${lines.join('\n')}\n`, { delimiters: ['---', `${lines[block.closingLine - 1]}\n`], engines: { yaml: { parse } } });
  return { document, lineCounter };
}

/** Check the keys of spec §3.2–§3.4 and collect the derived fields. */
function validate(block: FrontMatterBlock, meta: Record<string, unknown>, lines: Map<string, number>): FrontMatter {
  const result: FrontMatter = { block, meta, findings: [] };
  const invalid = (key: string, message: string) =>
    result.findings.push({ ruleId: 'frontmatter-invalid', line: lines.get(key) ?? 1, message });
  if ('uid' in meta) {
    if (isNonEmptyString(meta.uid)) Object.assign(result, { uid: meta.uid.trim(), uidLine: lines.get('uid') });
    else invalid('uid', 'Unexpected `uid` value: expected a non-empty string; the uid is ignored');
  }
  if ('redirect_url' in meta) {
    if (isNonEmptyString(meta.redirect_url)) result.redirectUrl = meta.redirect_url.trim();
    else invalid('redirect_url', 'Unexpected `redirect_url` value: expected a non-empty string; the file is treated as a content page');
  }
  if ('redirect_from' in meta) {
    const value = meta.redirect_from;
    const ok = typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    if (!ok) invalid('redirect_from', 'Unexpected `redirect_from` value: expected a string or a list of strings; it is ignored');
  }
  for (const key of ['date', 'so.date']) {
    if (key in meta && !isValidDate(meta[key])) {
      invalid(key, `Unexpected \`${key}\` value \`${String(meta[key] ?? '')}\`: expected a date written MM.DD.YYYY (month first); the date is ignored`);
      delete meta[key];
    }
  }
  for (const key of ['language', 'so.lang']) {
    if (isNonEmptyString(meta[key]) && result.language === undefined) {
      result.language = { value: meta[key].trim(), line: lines.get(key) ?? 1 };
    }
  }
  return result;
}

/**
 * 1-based line of the front matter key `key` in `text`, or 1 when it is not found there — for
 * findings about metadata the site index holds without positions (`redirect_from`, `title` …).
 * Reads only the front matter block (spec §3.1 delimiters).
 * @example frontMatterKeyLine('---\ntitle: A\nuid: a\n---\n', 'uid') // 3
 */
export function frontMatterKeyLine(text: string, key: string): number {
  const lines = text.split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return 1;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^['"]?${escaped}['"]?[ \\t]*:`);
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)[ \t]*$/.test(lines[i])) break;
    if (pattern.test(lines[i])) return i + 1;
  }
  return 1;
}
