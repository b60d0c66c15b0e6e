/**
 * Options of `remarkDocfx` and their frozen defaults.
 */
import type { AlertTitles } from './block-alert-titles.ts';
import type { DirectiveHandler, SiteIndex } from './contracts.ts';

/** Configuration of the plugin; every field is optional. */
export interface Options {
  /** The content-root index (from `loadSite`). Default: `loadSite(root)` when `root` is given. */
  site?: SiteIndex;
  /** Content root folder, used when `site` is not given. Default: none (one of the two is required). */
  root?: string;
  /** Portal directive handlers on top of the built-in `::simulator` (spec §14.5). Default: `{}`. */
  directives?: Record<string, DirectiveHandler>;
  /** Fail the file (`file.fail`) when any dialect warning was raised. Default: `false`. */
  strict?: boolean;
  /** Also emit the page-level messages of the index (front matter, uid, route). Default: `true`. */
  pageMessages?: boolean;
  /**
   * Parse each file with only the syntax constructs its text can contain (lib/syntax-subset.ts:
   * the same tree, about half the parse time). `false` parses with every registered extension:
   * the reference the tests compare against. Default: `true`.
   */
  syntaxSubsets?: boolean;
  /**
   * Alert titles per page language and kind, over the spec's table (§6.4: nl, da, en; any
   * other language gets English) — e.g. the portal passes its UI catalogues, so `de` pages
   * read "Hinweis". Default: none (the spec's table only).
   */
  alertTitles?: AlertTitles;
}

/** Defaults applied under the given options. */
export const DEFAULT_OPTIONS = Object.freeze({
  directives: Object.freeze({}) as Readonly<Record<string, DirectiveHandler>>,
  strict: false,
  pageMessages: true,
  syntaxSubsets: true,
});
