/**
 * The version an incremental build's caches belong to: a digest of everything besides the
 * content root that shapes the output — the project's own source (plugin, site code,
 * templates, translations, styles), the installed packages (package-lock.json), the Astro
 * config, and the settings a build reads from the environment. Any difference makes the next
 * build cold, so no cached page can come from other code or settings.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders and files of the project whose bytes shape the output. */
const SOURCES = ['src', 'plugins', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** `SIGNPOST_*` settings that never change the output (where it goes, how it is made). */
const NOT_SHAPING = new Set(['SIGNPOST_OUT', 'SIGNPOST_CACHE_DIR', 'SIGNPOST_CONTENT', 'SIGNPOST_RENDER_WORKERS', 'SIGNPOST_INCREMENTAL']);

/** The settings of `env` that may shape the output: every other `SIGNPOST_*` variable, and NODE_ENV. */
const shapingSettings = (env: NodeJS.ProcessEnv) =>
  Object.entries(env).filter(([name]) => (name.startsWith('SIGNPOST_') && !NOT_SHAPING.has(name)) || name === 'NODE_ENV').sort(([a], [b]) => (a < b ? -1 : 1));

/** Every file under `path` (or `path` itself), project-relative, sorted. */
function filesUnder(projectRoot: string, path: string): string[] {
  const absolute = join(projectRoot, path);
  try {
    const entries = readdirSync(absolute, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)).split(sep).join('/')).sort();
  } catch {
    return [path]; // a file, or absent (hashed as absent below)
  }
}

/**
 * The digest of the project at `projectRoot` built with `env` for content root `contentRoot`.
 * Example: `buildVersion('/repo', '/repo/content', process.env)` → `'3f9a…'` (hex).
 */
export function buildVersion(projectRoot: string, contentRoot: string, env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([contentRoot, shapingSettings(env)]));
  for (const path of SOURCES.flatMap((source) => filesUnder(projectRoot, source))) {
    hash.update(`\0${path}\0`);
    try {
      hash.update(readFileSync(join(projectRoot, path)));
    } catch {
      hash.update('absent');
    }
  }
  return hash.digest('hex');
}
