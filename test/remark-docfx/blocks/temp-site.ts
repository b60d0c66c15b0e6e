/**
 * Test helper: writes a small content root into a fresh temporary folder so that tests can
 * build a real `SiteIndex` with `loadSite` (the same scan the render command uses).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Write `files` (content-root relative path → text) below a new temp folder; returns its path.
 * @example writeContentRoot({ 'nl/a.md': '# A\n' }) // → '/tmp/signpost-blocks-XXXX'
 */
export function writeContentRoot(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'signpost-blocks-'));
  for (const [path, text] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  }
  return root;
}
