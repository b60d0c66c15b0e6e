/**
 * The content root as a boundary (issue 17), shared by build, check, render, translations,
 * dev and serve: the top-level entries of the root (locale folders, `media/`) may be symlinks
 * to anywhere — the monorepo layout — and their resolved targets become the allowed roots;
 * every other path is resolved with `realpath` and must stay inside an allowed root. Only
 * regular files are read (a FIFO would block, `/dev/zero` never ends), every read has a size
 * cap, and the directory walk never enters a folder twice (two links to `..` are a loop, not a
 * hang). What is refused is listed with its reason, for a positioned message.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** Largest text file read (Markdown, YAML, snippet source): far above any real page. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;
/** Most files one walk lists before it stops (a link to a huge tree cannot run for ever). */
const MAX_FILES = 200_000;

/** A path the guard would not read, with why. */
export interface Refusal {
  /** Content-root relative path (`/` separators). */
  path: string;
  reason: string;
}

/** The allowed roots of one content root. */
export interface RootGuard {
  /** The content root, absolute, as given. */
  root: string;
  /** Real paths whose insides may be read: the root and its top-level link targets. */
  allowed: string[];
  /** Top-level links refused (a target holding the root itself, or `/`). */
  refusedTopLevel: Refusal[];
}

const realOrUndefined = (path: string): string | undefined => {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
};

/**
 * The guard of `root`: its real path plus the real targets of its top-level symlinks.
 * @example createRootGuard('/repo/help').allowed // → ['/repo/help', '/repo/shared/media']
 */
export function createRootGuard(root: string): RootGuard {
  const absolute = resolve(root);
  const real = realOrUndefined(absolute) ?? absolute;
  const allowed = [real];
  const refusedTopLevel: Refusal[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(absolute);
  } catch {
    // an unreadable root lists nothing; the commands say so themselves
  }
  for (const name of entries) {
    const path = join(absolute, name);
    if (name.startsWith('.') || !lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) continue;
    const target = realOrUndefined(path);
    if (target === undefined) continue;
    // A link to `/` or to a folder holding the root would make the root its own inside.
    if (target === sep || isInside(real, target)) refusedTopLevel.push({ path: name, reason: `it links to \`${target}\`, which holds the content root itself` });
    else allowed.push(target);
  }
  return { root: absolute, allowed, refusedTopLevel };
}

/** Whether real path `path` is `folder` or inside it. */
function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** Whether a real path lies inside an allowed root. */
export function isAllowed(guard: RootGuard, real: string): boolean {
  return guard.allowed.some((root) => isInside(real, root));
}

/**
 * Why content-root path `path` may not be read, or its real path when it may: it must resolve
 * inside an allowed root and be a regular file.
 * @example checkPath(guard, 'nl/a.md') // → { real: '/repo/help/nl/a.md' }
 */
export function checkPath(guard: RootGuard, path: string): { real: string } | { reason: string } {
  const first = path.split('/')[0];
  if (guard.refusedTopLevel.some((refusal) => refusal.path === first)) return { reason: 'it is inside a refused top-level link' };
  const real = realOrUndefined(join(guard.root, path));
  if (real === undefined) return { reason: 'it does not exist' };
  if (!isAllowed(guard, real)) return { reason: `it resolves to \`${real}\`, outside the content root` };
  const stat = statSync(real, { throwIfNoEntry: false });
  if (!stat?.isFile()) return { reason: 'it is not a regular file' };
  return { real };
}

/**
 * The bytes of content-root file `path` when the guard allows it: inside an allowed root, a
 * regular file (opened non-blocking, so a FIFO cannot hang the read), at most `cap` bytes;
 * undefined otherwise. Decoding is read-content.ts's job.
 * @example readGuardedBytes(guardOf('/site'), 'nl/a.md') // → <Buffer 23 20 41>
 */
export function readGuardedBytes(guard: RootGuard, path: string, cap = MAX_TEXT_BYTES): Buffer | undefined {
  const checked = checkPath(guard, path);
  if (!('real' in checked)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(checked.real, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > cap) return undefined;
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const count = readSync(fd, buffer, read, stat.size - read, read);
      if (count === 0) break;
      read += count;
    }
    return buffer.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The text of content-root file `path` (UTF-8), or undefined when the guard refuses it or it is
 * larger than `cap` bytes. Opened non-blocking and checked again on the open descriptor, so a
 * file swapped for a FIFO between the check and the read cannot block.
 * @example readGuardedText(guard, 'nl/includes/a.md') // → '# A\n…'
 */
export function readGuardedText(guard: RootGuard, path: string, cap = MAX_TEXT_BYTES): string | undefined {
  return readGuardedBytes(guard, path, cap)?.toString('utf8');
}

/**
 * Every regular file below the root that the guard allows (content-root relative, sorted,
 * hidden entries skipped), and what it refused: links leading out, loops, FIFOs, devices,
 * sockets, unlistable folders.
 * @example walkRoot(guard).files // → ['en/a.md', 'media/x.png']
 */
export function walkRoot(guard: RootGuard): { files: string[]; refused: Refusal[] } {
  const files: string[] = [];
  const refused: Refusal[] = [...guard.refusedTopLevel];
  const visited = new Set<string>();
  const stack: { dir: string; prefix: string }[] = [{ dir: guard.root, prefix: '' }];
  visited.add(realOrUndefined(guard.root) ?? guard.root);
  while (stack.length > 0 && files.length < MAX_FILES) {
    const { dir, prefix } = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      refused.push({ path: prefix.replace(/\/$/, '') || '.', reason: 'the folder cannot be listed' });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = prefix + entry.name;
      const absolute = join(dir, entry.name);
      if (prefix === '' && guard.refusedTopLevel.some((refusal) => refusal.path === entry.name)) continue;
      let real = absolute;
      if (entry.isSymbolicLink()) {
        const target = realOrUndefined(absolute);
        if (target === undefined) {
          refused.push({ path, reason: 'it is a broken link' });
          continue;
        }
        if (!isAllowed(guard, target)) {
          refused.push({ path, reason: `it links to \`${target}\`, outside the content root` });
          continue;
        }
        real = target;
      }
      const stat = entry.isSymbolicLink() ? statSync(real, { throwIfNoEntry: false }) : entry;
      if (stat?.isFile()) files.push(path);
      else if (stat?.isDirectory()) {
        const realDir = entry.isSymbolicLink() ? real : (realOrUndefined(absolute) ?? absolute);
        if (visited.has(realDir)) {
          refused.push({ path, reason: 'it leads back into a folder already listed (a loop)' });
          continue;
        }
        visited.add(realDir);
        stack.push({ dir: absolute, prefix: `${path}/` });
      } else refused.push({ path, reason: 'it is not a regular file or folder (FIFO, socket or device)' });
    }
  }
  if (files.length >= MAX_FILES) refused.push({ path: '.', reason: `the content root holds more than ${MAX_FILES} files; the rest is not listed` });
  return { files: files.sort(), refused };
}

/** Guards by root, for callers holding only a `SiteIndex` (`loadSite` refreshes the entry). */
const guards = new Map<string, RootGuard>();

/**
 * The guard of content root `root`, computed once (`fresh` recomputes it: `loadSite` does, so a
 * new scan sees new top-level links).
 * @example guardOf('/repo/help').allowed
 */
export function guardOf(root: string, fresh = false): RootGuard {
  let guard = fresh ? undefined : guards.get(root);
  if (!guard) {
    guard = createRootGuard(root);
    guards.set(root, guard);
  }
  return guard;
}

/**
 * Whether the walk of `site` refused `path` or a folder above it (its `path-refused` messages).
 * @example isRefusedPath(site, 'nl/linked/secret.md') // → true when `nl/linked` leads out
 */
export function isRefusedPath(site: { rootMessages?: { file: string }[] }, path: string): boolean {
  return (site.rootMessages ?? []).some((message) => path === message.file || path.startsWith(`${message.file}/`));
}
