/**
 * In `astro dev`: collects the files saved under the content root and hands them, a few at a
 * time, to `refresh` — which asks Astro to run the loader again with those paths
 * (`refreshContent`), so the loader re-renders only what depends on them and Astro writes the
 * store at once instead of after its own half-second debounce.
 *
 * Astro skips a refresh silently while it reloads the content config, and it reloads it on
 * every saved `.md` or `.yml` file it sees — the same saves. So `refresh` reports whether the
 * loader took the paths, and paths not taken are offered again shortly after.
 */
import { relative, sep } from 'node:path';

/** The part of Vite's chokidar watcher this needs. */
export interface ContentWatcher {
  add(path: string): unknown;
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
}

/** Timing of `watchContent` (tests shorten it). */
export interface WatchTiming {
  /** Saves closer together than this are one reload (an editor saving several files, a rename). */
  batchMs: number;
  /** Wait before offering paths the loader did not take again. */
  retryMs: number;
  /** Give up offering paths after this long (a content config that does not load). */
  giveUpMs: number;
}

const TIMING: WatchTiming = { batchMs: 40, retryMs: 30, giveUpMs: 30_000 };

/**
 * Watches `contentRoot` and calls `refresh` with the content-root relative paths (`/`
 * separators) changed since the last call that the loader took; hidden files (`.git/…`,
 * editor swap files) are skipped like the site scan skips them. Calls never overlap.
 * Example: `watchContent(server.watcher, root, async (paths) => …took them…, logError)`.
 */
export function watchContent(
  watcher: ContentWatcher,
  contentRoot: string,
  refresh: (paths: string[]) => Promise<boolean>,
  onError: (error: Error) => void,
  timing: WatchTiming = TIMING,
): void {
  watcher.add(contentRoot);
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let waitingSince: number | undefined;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(flush, ms);
  };
  async function flush(): Promise<void> {
    if (running) return; // the running call reschedules when it ends
    running = true;
    const paths = [...pending].sort();
    pending.clear();
    let taken = false;
    try {
      taken = await refresh(paths);
    } catch (error) {
      taken = true; // the loader ran and failed: offering the same paths again would fail again
      onError(error as Error);
    }
    running = false;
    if (!taken) {
      waitingSince ??= Date.now();
      if (Date.now() - waitingSince < timing.giveUpMs) for (const path of paths) pending.add(path);
      else onError(new Error(`Astro did not reload the content for ${paths.join(', ')}; save again or restart \`astro dev\``));
    }
    if (taken || pending.size === 0) waitingSince = undefined;
    if (pending.size > 0) schedule(taken ? timing.batchMs : timing.retryMs);
  }
  watcher.on('all', (_event, absolute) => {
    const path = relative(contentRoot, absolute).split(sep).join('/');
    if (path === '' || path.startsWith('..') || path.split('/').some((segment) => segment.startsWith('.'))) return;
    pending.add(path);
    if (!running) schedule(timing.batchMs);
  });
}
