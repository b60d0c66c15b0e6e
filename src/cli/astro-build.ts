/**
 * Runs `astro build` of the portal in a child process with the given environment (the
 * settings travel as `SIGNPOST_*` variables, src/site/build-settings.ts), its output shown.
 * Used by `signpost build` and `signpost serve`.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder: Astro runs there, whatever the caller's working folder. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds with `env`; resolves to the exit status (1 when the child cannot start). */
export function runAstroBuild(env: NodeJS.ProcessEnv): Promise<number> {
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((done) => {
    const child = spawn(process.execPath, [astro, 'build'], { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
    child.on('exit', (code) => done(code ?? 1));
    child.on('error', () => done(1));
  });
}
