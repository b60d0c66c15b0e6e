/**
 * remark-docfx: the DocFX help-page dialect as a plain unified plugin set. See README.md.
 *
 * This is the plugin's face: everything outside `plugins/remark-docfx` (the site, the checks,
 * the CLI, benchmarks) imports from here, never from `lib/` (test/architecture.test.ts).
 */
export { default } from './lib/remark-docfx.ts';
export type { Options } from './lib/remark-docfx.ts';

// The plugin set and the processors built from it.
export { docfx, type DocfxPreset } from './lib/preset.ts';
export { createDocfxMdastProcessor, createDocfxProcessor, createDocfxSanitiseCheck } from './lib/pipeline.ts';
export { SANITIZE_SCHEMA } from './lib/sanitize-schema.ts';
export { rehypeRawWhenNeeded } from './lib/raw-when-needed.ts';

// Index a content root, render a page, read a toc.
export { indexFile, loadSite, type DocfxSite, type IndexedFile, type LoadSiteOptions } from './lib/site-index.ts';
export { docfxMessagesOf, pageFile, renderPage, type RenderOptions } from './lib/render.ts';
export { loadToc, renderToc } from './lib/toc.ts';
export { renderLanding, type RenderedLanding } from './lib/landing.ts';
export { classifyTocHref, type TocTarget } from './lib/block-toc-target.ts';

// The one render-worker pool (the site's build and `signpost check`), with the per-path work passed in.
export { serveWorkerPaths, startWorkerPool, type WorkerPool, type WorkerShare } from './lib/worker-pool.ts';

// Root-confined file access and paths, front matter, mojibake repair.
export { readRootText } from './lib/root-files.ts';
export { checkPath, guardOf, walkRoot, type RootGuard } from './lib/root-guard.ts';
export { resolvePath, safeDecode } from './lib/paths.ts';
export { findFrontMatter, frontMatterKeyLine } from './lib/frontmatter.ts';
export { repairLine } from './lib/mojibake.ts';
export { LINK_URL_PROPERTIES, REFERENCE_URL_ATTRIBUTES, URL_ATTRIBUTES, type UrlAttribute } from './lib/url-attributes.ts';

// Alert kinds and titles (spec §6.4); the `alertTitles` option overrides the titles per language.
export { ALERT_KINDS, alertTitle, type AlertKind, type AlertTitles } from './lib/block-alert-titles.ts';

// The contract types (spec §2) and the diagnostics list.
export { RULE_IDS, isRuleId } from './lib/contracts.ts';
export type { DirectiveHandler, DocfxContext, DocfxMessage, FileKind, RenderedPage, RuleId, SiteFile, SiteIndex, TocItem } from './lib/contracts.ts';
