/**
 * Builds a portal for tests: writes a content tree into a temp folder (or uses an existing one)
 * and runs `astro build` on it with its own output and cache folders, so several builds can run
 * side by side. Shared by test/site (assertions on files) and test/e2e (browser tests).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Project root (this file is test/e2e/support/fixture-site.ts). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** A finished build. */
export interface BuiltSite {
  contentRoot: string;
  outDir: string;
  base: string;
  /** Exit status of `astro build`. */
  status: number;
  /** Everything the build printed (stdout + stderr). */
  output: string;
}

/** Writes `files` (content-root relative path → text) into a new temp folder; returns it. */
export function writeContentTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'signpost-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/**
 * Runs `astro build` for `contentRoot` under `base` (default `/`), with `env` added, in `work`
 * (`dist/` and `cache/`; default a new temporary folder).
 * Example: `await buildSite({ contentRoot: writeContentTree(FIXTURE_FILES) })`.
 */
export function buildSite(options: { contentRoot: string; base?: string; env?: Record<string, string>; work?: string }): Promise<BuiltSite> {
  // A given `work` folder keeps output and cache between builds (incremental builds).
  const work = options.work ?? mkdtempSync(join(tmpdir(), 'signpost-build-'));
  const outDir = join(work, 'dist');
  const base = options.base ?? '/';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SIGNPOST_CONTENT: options.contentRoot,
    SIGNPOST_OUT: outDir,
    SIGNPOST_BASE: base,
    SIGNPOST_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    // A build as `npm run build` makes it: vitest puts its own import.meta.env into process.env
    // (NODE_ENV=test, DEV=1, MODE=test …), and Astro would then render the pages with DEV true.
    NODE_ENV: 'production',
    ...options.env,
  };
  for (const leaked of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[leaked];
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((done) => {
    const child = spawn(process.execPath, [astro, 'build'], { cwd: PROJECT_ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ contentRoot: options.contentRoot, outDir, base, status: status ?? 1, output }));
  });
}
