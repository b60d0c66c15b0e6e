/**
 * `signpost-toc-entry-empty`: toc.yml items that lead nowhere — no `href`, no `topicHref`
 * and no children — and so render as dead text in the sidebar. Items whose href does not
 * resolve are the renderer's `link-broken` (spec §18.1) and are not repeated here; items
 * without `name` are its `frontmatter-invalid`.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type YAMLMap } from 'yaml';
import { createFinding, type Finding } from './findings.ts';

function hasKey(map: YAMLMap, key: string): boolean {
  const value: unknown = map.get(key, true);
  if (value === undefined || value === null) return false;
  if (isScalar(value)) return value.value !== null && String(value.value).trim() !== '';
  if (isSeq(value)) return value.items.length > 0;
  return true;
}

/**
 * Findings for the empty items of one toc.yml text (unparsable YAML yields none: the
 * renderer reports it).
 * @example checkTocEntries('nl/toc.yml', 'items:\n- name: Leeg\n') // one finding at line 2
 */
export function checkTocEntries(path: string, text: string): Finding[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) return [];
  const findings: Finding[] = [];
  const visit = (node: unknown): void => {
    if (!isSeq(node)) return;
    for (const item of node.items) {
      if (!isMap(item)) continue;
      const children = item.get('items', true);
      if (!hasKey(item, 'name')) {
        visit(children);
        continue;
      }
      if (!hasKey(item, 'href') && !hasKey(item, 'topicHref') && !hasKey(item, 'items')) {
        const { line, col } = lineCounter.linePos(item.range?.[0] ?? 0);
        const name = String(item.get('name'));
        findings.push(
          createFinding('signpost-toc-entry-empty', path, line, `Unexpected toc item \`${name}\` without \`href\` or \`items\`; link it to a page or remove it`, col),
        );
      }
      visit(children);
    }
  };
  const top = doc.contents;
  visit(isMap(top) ? top.get('items', true) : top);
  return findings;
}
