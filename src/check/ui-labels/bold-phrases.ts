/**
 * The bold phrases of a rendered page's final Markdown tree (the one `signpost check` already
 * builds, so nothing is parsed twice): `**x**` / `__x__` whose content is plain text on one
 * line — a button name, not a sentence with links or code. Included text is attributed to the
 * include file (`data.docfxSource`), with that file's line and column.
 */
import type { Nodes, Root, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** One bold phrase: its text and where that text starts in its source file. */
export interface BoldPhrase {
  file: string;
  line: number;
  column: number;
  text: string;
}

/**
 * Bold phrases of `tree`, the final tree of page `page`.
 * Example: the tree of `Kies **Actie**.` → `[{ file: page, line: 1, column: 8, text: 'Actie' }]`.
 */
export function collectBoldPhrases(tree: Root, page: string): BoldPhrase[] {
  const phrases: BoldPhrase[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'strong') {
      const phrase = phraseOf(node, page);
      if (phrase) phrases.push(phrase);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return phrases;
}

function phraseOf(node: Strong, page: string): BoldPhrase | undefined {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!first || !node.children.every((child) => child.type === 'text')) return undefined;
  if (!first.position || !last.position || first.position.start.line !== last.position.end.line) return undefined;
  return { file: node.data?.docfxSource ?? page, line: first.position.start.line, column: first.position.start.column, text: toString(node) };
}
