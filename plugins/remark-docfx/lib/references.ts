/**
 * `reference-undefined` (spec §7.3): a full or collapsed reference (`[t][label]`, `[t][]`,
 * `![a][label]`) whose label has no definition in the same file stays literal text, as
 * CommonMark renders it, and is reported at its line. A lone shortcut `[t]` is ordinary prose
 * and is not reported.
 */
import type { Definition, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { rawOf, type FileScope } from './file-scope.ts';

/** `[text][label]` as written, with no unescaped brackets inside the parts. */
const FULL_REFERENCE = /(?<!\\)(!?)\[((?:[^[\]\\]|\\.)*)\]\[((?:[^[\]\\]|\\.)*)\]/g;

/** CommonMark label matching: case-insensitive, internal whitespace collapsed. */
const normalizeLabel = (label: string) => label.replace(/[ \t\r\n]+/g, ' ').trim().toLowerCase();

/**
 * Report undefined full/collapsed reference labels of one file (before its definitions are
 * consumed by `resolveLinks`).
 * @example `Zie [hier][ontbreekt].` without `[ontbreekt]: …` → one `reference-undefined`
 */
export function checkUndefinedReferences(tree: Root, scope: FileScope): void {
  const defined = new Set<string>();
  visit(tree, 'definition', (node: Definition) => {
    defined.add(normalizeLabel(node.label ?? node.identifier));
  });
  visit(tree, 'text', (node: Text) => {
    const raw = rawOf(scope, node);
    if (!raw.includes('][')) return;
    const start = node.position?.start.offset ?? 0;
    for (const match of raw.matchAll(FULL_REFERENCE)) {
      const label = match[3].trim() === '' ? match[2] : match[3];
      if (label.trim() === '' || defined.has(normalizeLabel(label.replace(/\\(.)/g, '$1')))) continue;
      const line = scope.lines.lineOf(start + match.index);
      const kind = match[1] ? 'image' : 'link';
      scope.report('reference-undefined', `Cannot find a definition for the ${kind} label \`${label}\` in this file: add \`[${label}]: <target>\` or fix the label`, node, { line });
    }
  });
}
