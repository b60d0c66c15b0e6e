/**
 * Build settings of the portal, read once from the environment so that `astro build`,
 * `astro dev`, `signpost serve` and the tests agree on them.
 *
 * - `SIGNPOST_CONTENT` — content root (one folder per locale); default `content/` of the project.
 * - `SIGNPOST_BASE` — base path the site is served under; default `/`.
 * - `SIGNPOST_STRICT=1` — fail the build when any page has a diagnostic.
 * - `SIGNPOST_OUT` — output folder; default `dist/`.
 * - `SIGNPOST_SITE` — the site's URL (canonical, hreflang, llms.txt and twin links); default `http://localhost:4321`.
 * - `SIGNPOST_LLMS=off` — no llms.txt and no Markdown twins.
 * - `SIGNPOST_SHARD=i/n` — render only slice i of n (a sharded build; `signpost merge` joins them).
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { shardFromEnv, type Shard } from './shards/shard-spec.ts';

/** Resolved settings; every path is absolute. */
export interface SiteSettings {
  /** Absolute path of the content root. */
  contentRoot: string;
  /** Base path with leading and trailing slash (`/`, `/help/`). */
  base: string;
  /** Fail the build on diagnostics. */
  strict: boolean;
  /** Absolute output folder of the build. */
  outDir: string;
  /** Write `/<lang>/llms.txt` and each page's Markdown twin `…/index.md` (default on; `SIGNPOST_LLMS=off`). */
  twins?: boolean;
  /** Origin of `SIGNPOST_SITE` (`https://help.example`): absolute links in llms.txt and the twins. */
  origin: string;
  /** The slice a sharded build renders (`SIGNPOST_SHARD=2/4`); undefined for the whole site. */
  shard?: Shard;
}

/** The site URL when `SIGNPOST_SITE` is not set (Astro's `site`, also used by astro.config.mjs). */
export const DEFAULT_SITE = 'http://localhost:4321';

/**
 * Normalises a base path: `help` → `/help/`, `` → `/`.
 * Example: `normalizeBase('/docs')` → `'/docs/'`.
 */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Reads the settings from `env`, resolving relative paths against `projectRoot`. Throws once,
 * with a fix, when the content root does not exist (a configuration error, not content).
 * Example: `readSettings({ SIGNPOST_BASE: 'help' }, '/repo').base` → `'/help/'`.
 */
export function readSettings(env: NodeJS.ProcessEnv, projectRoot: string): SiteSettings {
  const contentRoot = resolveFrom(projectRoot, env.SIGNPOST_CONTENT || 'content');
  if (!existsSync(contentRoot) || !statSync(contentRoot).isDirectory()) {
    throw new Error(
      `signpost: content root \`${contentRoot}\` does not exist. ` +
        'Set SIGNPOST_CONTENT to a folder with one sub-folder per locale (nl/, da/, en/ …).',
    );
  }
  return {
    contentRoot,
    base: normalizeBase(env.SIGNPOST_BASE),
    strict: /^(1|true|yes)$/i.test(env.SIGNPOST_STRICT ?? ''),
    outDir: resolveFrom(projectRoot, env.SIGNPOST_OUT || 'dist'),
    twins: !/^(0|off|false|no)$/i.test(env.SIGNPOST_LLMS ?? ''),
    origin: new URL(env.SIGNPOST_SITE || DEFAULT_SITE).origin,
    shard: shardFromEnv(env),
  };
}

function resolveFrom(projectRoot: string, path: string): string {
  return isAbsolute(path) ? path : resolve(projectRoot, path);
}
