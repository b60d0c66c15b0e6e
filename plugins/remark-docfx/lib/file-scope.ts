/**
 * What a per-file step (links, xref, reference checks) needs to know about the one file whose
 * tree it transforms: the site, the file's path and prepared text, and where to report.
 */
import type { Node } from 'unist';
import type { DocfxContext, SiteIndex } from './contracts.ts';
import { createLineIndex, type LineIndex } from './text.ts';
import type { PreparedSource } from './types.ts';

/** Per-file state of the steps of spec §1 step 6. */
export interface FileScope {
  site: SiteIndex;
  /** Content-root path of the file the tree came from. */
  path: string;
  source: PreparedSource;
  lines: LineIndex;
  /** Same contract as `DocfxContext.report`. */
  report: DocfxContext['report'];
}

/** Build a `FileScope`. */
export function createFileScope(site: SiteIndex, source: PreparedSource, report: DocfxContext['report']): FileScope {
  return { site, path: source.path, source, lines: createLineIndex(source.text), report };
}

/**
 * The raw source text of a node (escapes and entities as written), '' without offsets.
 * @example rawOf(scope, textNode) // → '\\@not-a-uid'
 */
export function rawOf(scope: FileScope, node: Node): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : scope.source.text.slice(start, end);
}
