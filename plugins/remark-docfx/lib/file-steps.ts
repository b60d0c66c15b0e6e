/**
 * The per-file steps (spec §1 step 6), written once for pages (index.ts) and include files
 * (include-loader.ts): include directives marked, `reference-undefined` checked, links,
 * images, definitions and xrefs resolved — each relative to the file whose text the tree holds.
 */
import type { Root } from 'mdast';
import type { FileScope } from './file-scope.ts';
import { markIncludes } from './include-syntax.ts';
import { resolveLinks } from './links.ts';
import { checkUndefinedReferences } from './references.ts';

/** Any include keyword in a text (the directive syntax is checked on the tree). */
const INCLUDE_KEYWORD = /\[!include/i;

/**
 * Runs the per-file steps on `tree`, parsed from `text`. Cheap text pre-checks skip whole-tree
 * walks on files without the construct. `inline`: the tree is an inline include's content
 * (only inline includes are marked, and reference checks do not apply).
 * Returns whether the text may hold include directives (then the caller expands them).
 * @example runFileSteps(tree, scope, prepared.text) // → true when `[!include` occurs
 */
export function runFileSteps(tree: Root, scope: FileScope, text: string, inline = false): boolean {
  const hasIncludes = INCLUDE_KEYWORD.test(text);
  if (hasIncludes) markIncludes(tree, scope, inline);
  if (!inline && text.includes('][')) checkUndefinedReferences(tree, scope);
  resolveLinks(tree, scope);
  return hasIncludes;
}
