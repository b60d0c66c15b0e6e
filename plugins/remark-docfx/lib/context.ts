/**
 * The `DocfxContext` of one page render (contracts.ts): where nodes come from, how problems
 * are reported as vfile messages, and the root-confined file access transforms may use.
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { DocfxContext, RuleId, SiteIndex } from './contracts.ts';
import { resolvePath } from './paths.ts';
import { readRootText } from './root-files.ts';
import type { PreparedSource } from './types.ts';

/** A vfile message with the contract fields (spec §2.3); never throws. */
function addMessage(file: VFile, source: 'docfx' | 'signpost', ruleId: string, reason: string, path: string, node: Node | undefined, at?: { line?: number; column?: number }): void {
  const start = node?.position?.start;
  const line = at?.line ?? start?.line ?? 1;
  const column = at?.column ?? (at?.line === undefined ? start?.column : undefined);
  const message = file.message(reason, { place: { line, column: column ?? 1 }, ruleId, source });
  message.file = path;
  message.fatal = false;
  if (column === undefined) message.column = undefined;
}

/**
 * Build the context for rendering `page`.
 * @param sources Prepared texts by path (the page's and its includes'), for `sourceText`.
 */
export function createContext(site: SiteIndex, page: string, lang: string, file: VFile, sources: Map<string, PreparedSource>): DocfxContext {
  const sourceOf = (node: Node | undefined) => node?.data?.docfxSource ?? page;
  return {
    page,
    lang,
    sourceOf,
    report(ruleId: RuleId, message: string, node?: Node, at?: { file?: string; line?: number; column?: number }) {
      addMessage(file, 'docfx', ruleId, message, at?.file ?? sourceOf(node), node, at);
    },
    reportPortal(ruleId, message, node) {
      addMessage(file, 'signpost', ruleId, message, sourceOf(node), node);
    },
    resolvePath,
    readText: (path) => readRootText(site, path),
    sourceText: (path) => sources.get(path)?.text,
  };
}
