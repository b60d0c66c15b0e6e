/**
 * `reference-undefined` (spec §7.3): a full or collapsed reference (`[t][label]`, `[t][]`,
 * `![a][label]`) whose label has no definition in the same file stays literal text, as
 * CommonMark renders it, and is reported at its line. A lone shortcut `[t]` is ordinary prose
 * and is not reported.
 *
 * The check reads the raw source of each paragraph, heading and table cell — so link text with
 * formatting (`[**a**][x]`) is seen — with code spans, raw HTML and the links the parser did
 * form blanked out, so nothing inside them is mistaken for a reference.
 */
import type { Definition, Nodes, Root } from 'mdast';
import { walk } from './walk.ts';
import type { FileScope } from './file-scope.ts';

/** `[text][label]` as written, with no unescaped brackets inside the parts. */
const FULL_REFERENCE = /(?<!\\)(!?)\[((?:[^[\]\\]|\\.)*)\]\[((?:[^[\]\\]|\\.)*)\]/g;

/** Nodes whose source can hold bracket pairs that are not references. */
const OPAQUE = new Set(['inlineCode', 'html', 'link', 'image', 'linkReference', 'imageReference']);

/** CommonMark label matching: case-insensitive, internal whitespace collapsed. */
const normalizeLabel = (label: string) => label.replace(/[ \t\r\n]+/g, ' ').trim().toLowerCase();

/** The raw text of `node` with its opaque descendants replaced by spaces (offsets kept); undefined when it holds no `][`. */
function maskedSource(scope: FileScope, node: Nodes): { text: string; start: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const raw = scope.source.text.slice(start, end);
  if (!raw.includes('][')) return undefined; // the common case: nothing to look at
  const characters = raw.split('');
  walk(node, (child: Nodes) => {
    if (child === node || !OPAQUE.has(child.type)) return;
    const from = (child.position?.start.offset ?? start) - start;
    const to = (child.position?.end.offset ?? start) - start;
    for (let index = Math.max(0, from); index < Math.min(to, characters.length); index++) {
      if (characters[index] !== '\n') characters[index] = ' ';
    }
    return 'skip';
  });
  return { text: characters.join(''), start };
}

/**
 * Report undefined full/collapsed reference labels of one file (before its definitions are
 * consumed by `resolveLinks`).
 * @example `Zie [hier][ontbreekt].` without `[ontbreekt]: …` → one `reference-undefined`
 */
export function checkUndefinedReferences(tree: Root, scope: FileScope): void {
  const defined = new Set<string>();
  walk(tree, 'definition', (node: Definition) => {
    defined.add(normalizeLabel(node.label ?? node.identifier));
  });
  walk(tree, (node: Nodes) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const source = maskedSource(scope, node);
    if (!source || !source.text.includes('][')) return 'skip';
    for (const match of source.text.matchAll(FULL_REFERENCE)) {
      const label = match[3].trim() === '' ? match[2] : match[3];
      if (label.trim() === '' || defined.has(normalizeLabel(label.replace(/\\(.)/g, '$1')))) continue;
      const line = scope.lines.lineOf(source.start + match.index);
      const kind = match[1] ? 'image' : 'link';
      scope.report('reference-undefined', `Cannot find a definition for the ${kind} label \`${label}\` in this file: add \`[${label}]: <target>\` or fix the label`, node, { line });
    }
    return 'skip';
  });
}
