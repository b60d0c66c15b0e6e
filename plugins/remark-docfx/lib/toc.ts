/**
 * `toc.yml` navigation files (spec §18.1): `loadToc` turns one file (and the TOC files it
 * nests) into `TocItem`s with routes; `renderToc` prints them as `<nav data-toc>`. Lines of
 * diagnostics come from the `yaml` parser's source ranges, so they point at the `href` line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { DocfxMessage, RenderedPage, RuleId, SiteIndex, TocItem } from './contracts.ts';
import { classifyTocHref } from './block-toc-target.ts';
import { ENCODING_RULE } from './read-content.ts';
import { readRootContent } from './root-files.ts';
import { normalizeText } from './text.ts';

/** Per-file state of one TOC load: where to report and how to turn offsets into lines. */
interface TocFileScope {
  site: SiteIndex;
  path: string;
  lines: LineCounter;
  messages: DocfxMessage[];
  /** TOC files being expanded, to cut nested-TOC cycles (spec §18.1, SHOULD). */
  stack: string[];
}

const lineOf = (scope: TocFileScope, node: YamlNode | null | undefined): number =>
  node?.range ? scope.lines.linePos(node.range[0]).line : 1;

function report(scope: TocFileScope, ruleId: RuleId, line: number, message: string): void {
  scope.messages.push({ ruleId, file: scope.path, line, message, fatal: false });
}

/** The scalar value of `key` in `map` as a trimmed string, with its node for the line. */
function stringAt(map: YAMLMap, key: string): { value: string; node: YamlNode } | undefined {
  const node = map.get(key, true) as YamlNode | undefined;
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  return { value: String(node.value).trim(), node };
}

/** Load the items of a nested TOC file, relative to that file; `[]` on a cycle. */
function loadNested(scope: TocFileScope, tocPath: string): TocItem[] {
  if (scope.stack.includes(tocPath)) return [];
  return loadTocFile(scope.site, tocPath, scope.messages, [...scope.stack, tocPath]);
}

/** One item mapping → `TocItem`, or undefined (reported) when it has no name. */
function readItem(scope: TocFileScope, node: unknown): TocItem | undefined {
  if (!isMap(node)) {
    report(scope, 'frontmatter-invalid', lineOf(scope, node as YamlNode), 'Unexpected TOC item: expected a mapping with `name` and `href`');
    return undefined;
  }
  const name = stringAt(node, 'name');
  if (!name || name.value === '') {
    report(scope, 'frontmatter-invalid', lineOf(scope, node), 'Cannot use a TOC item without `name`: add a `name:` label');
    return undefined;
  }
  const item: TocItem = { name: name.value, items: [] };
  const expanded = node.get('expanded');
  if (typeof expanded === 'boolean') item.expanded = expanded;

  const href = stringAt(node, 'href');
  if (href && href.value !== '') {
    const target = classifyTocHref(scope.site, scope.path, href.value);
    if (target.kind === 'toc') item.items.push(...loadNested(scope, target.toc));
    else if (target.kind === 'broken') report(scope, 'link-broken', lineOf(scope, href.node), `Cannot resolve TOC href \`${href.value}\`: ${target.reason}`);
    else {
      item.href = target.href;
      if (target.kind === 'page') item.page = target.page;
    }
  }
  const topicHref = stringAt(node, 'topicHref');
  if (topicHref && topicHref.value !== '') {
    const target = classifyTocHref(scope.site, scope.path, topicHref.value);
    if (target.kind === 'page' || target.kind === 'url') {
      item.href = target.href;
      item.page = target.kind === 'page' ? target.page : undefined;
    } else {
      const reason = target.kind === 'toc' ? 'a topicHref must name a page, not a TOC' : target.reason;
      report(scope, 'link-broken', lineOf(scope, topicHref.node), `Cannot resolve TOC topicHref \`${topicHref.value}\`: ${reason}`);
    }
  }
  const children = node.get('items', true);
  if (isSeq(children)) item.items.push(...readItems(scope, children.items));
  return item;
}

function readItems(scope: TocFileScope, nodes: unknown[]): TocItem[] {
  return nodes.map((node) => readItem(scope, node)).filter((item): item is TocItem => item !== undefined);
}

function loadTocFile(site: SiteIndex, path: string, messages: DocfxMessage[], stack: string[]): TocItem[] {
  const scope: TocFileScope = { site, path, lines: new LineCounter(), messages, stack };
  const content = readRootContent(site, path);
  if (!content) {
    report(scope, 'link-broken', 1, `Cannot read TOC file \`${path}\`: missing, outside the content root, not a regular file or too large`);
    return [];
  }
  if (!content.ok) {
    report(scope, ENCODING_RULE, content.line, content.message);
    return [];
  }
  const text = normalizeText(content.text);
  const document = parseDocument(text, { lineCounter: scope.lines, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const line = scope.lines.linePos(error.pos[0]).line;
    report(scope, 'frontmatter-invalid', line, `Cannot parse TOC YAML: ${error.message.split('\n')[0]}`);
    return [];
  }
  // An alias whose anchor is not set would be read as nothing: say so (issue 17).
  visit(document, {
    Alias(_key, node) {
      if (node.resolve(document) === undefined) report(scope, 'frontmatter-invalid', lineOf(scope, node), `Cannot resolve the alias \`*${node.source}\`: no anchor \`&${node.source}\` before it; the entry is ignored`);
    },
  });
  const top = document.contents;
  const list = isMap(top) ? top.get('items', true) : top;
  if (isSeq(list)) return readItems(scope, list.items);
  if (top !== null && !(isMap(top) && list === undefined)) {
    report(scope, 'frontmatter-invalid', lineOf(scope, top), 'Unexpected TOC shape: expected `items:` or a list of items');
  }
  return [];
}

/**
 * Parse `tocPath` (content-root relative) into navigation items, expanding nested TOC files.
 * @example loadToc(site, 'nl/admin/import/toc.yml').items[0] // → { name: 'Inleiding', href: '/nl/admin/import/', page: 'nl/admin/import/index.md', items: [] }
 */
export function loadToc(site: SiteIndex, tocPath: string): { items: TocItem[]; messages: DocfxMessage[] } {
  const messages: DocfxMessage[] = [];
  const items = loadTocFile(site, tocPath, messages, [tocPath]);
  return { items, messages };
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function renderItems(items: TocItem[]): string {
  const entries = items.map((item) => {
    const label = item.href === undefined
      ? `<span>${escapeHtml(item.name)}</span>`
      : `<a href="${escapeHtml(item.href)}">${escapeHtml(item.name)}</a>`;
    const expanded = item.expanded === undefined ? '' : ` data-expanded="${item.expanded}"`;
    const children = item.items.length > 0 ? renderItems(item.items) : '';
    return `<li${expanded}>${label}${children}</li>`;
  });
  return `<ul>${entries.join('')}</ul>`;
}

/**
 * Render `tocPath` as the navigation of spec §18.1 (route null, no metadata).
 * @example renderToc(site, 'nl/toc.yml').html // → '<nav data-toc><ul><li><a href="/nl/">Start</a></li></ul></nav>'
 */
export function renderToc(site: SiteIndex, tocPath: string): RenderedPage {
  const { items, messages } = loadToc(site, tocPath);
  return { file: tocPath, route: null, html: `<nav data-toc>${renderItems(items)}</nav>`, messages, meta: {} };
}
