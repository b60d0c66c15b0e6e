/**
 * Vitest global setup: every temporary folder of a test run goes below one folder that is removed
 * when the run ends. Tests, the `astro build`s and dev servers they start and Chromium all take
 * their temporary folders from TMPDIR (`os.tmpdir()`), and nothing removed them: one `npm test`
 * left ~60 folders (~390 MB) in /tmp. Screenshots meant to be looked at after a run are written
 * to /tmp by name and stay.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'signpost-test-run-'));
  const before = process.env.TMPDIR;
  // Set before the test workers are created, so they and everything they start inherit it.
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
