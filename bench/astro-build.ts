/**
 * One cold `astro build` of a content tree in fresh output and cache folders, measured with GNU
 * time: wall and CPU seconds, peak RSS, pages built. Shared by bench/site.ts and bench/scale.ts.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const TIME = '/usr/bin/time';

/** What one build took. */
export interface BuildMeasure {
  seconds: number;
  /** User + system CPU seconds: what a shared, overloaded machine distorts least. */
  cpuSeconds: number;
  peakMb: number;
  pages: number;
  outDir: string;
  ok: boolean;
  /** The last lines of the build's output when it failed. */
  tail: string;
}

/** Builds `content` cold with extra environment `env`; the output stays in `outDir` (caller removes its parent). */
export function measureBuild(content: string, label: string, env: Record<string, string> = {}): BuildMeasure {
  const work = mkdtempSync(join(tmpdir(), `signpost-bench-${label}-`));
  const outDir = join(work, 'dist');
  const childEnv = {
    ...process.env, SIGNPOST_CONTENT: content, SIGNPOST_OUT: outDir, SIGNPOST_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1', ...env,
  };
  const astro = [process.execPath, join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const useTime = existsSync(TIME);
  const started = performance.now();
  // The build's output goes to a file, not a pipe: a 50k-page tree prints more diagnostics than
  // any spawnSync buffer holds (the child was killed with ENOBUFS and the build counted as failed).
  const logFile = join(work, 'build.log');
  const log = openSync(logFile, 'w');
  const child = spawnSync(useTime ? TIME : astro[0], useTime ? ['-v', ...astro] : astro.slice(1), {
    cwd: projectRoot, env: childEnv, stdio: ['ignore', log, log],
  });
  closeSync(log);
  const seconds = (performance.now() - started) / 1000;
  const output = readFileSync(logFile, 'utf8');
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? NaN);
  const cpu = (name: string) => Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? NaN);
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
  return {
    seconds, cpuSeconds: cpu('User') + cpu('System'), peakMb: peakKb / 1024, pages, outDir, ok: child.status === 0,
    tail: `${child.error ? `${child.error.message}\n` : ''}${output.trim().split('\n').slice(-5).join('\n')}`,
  };
}
