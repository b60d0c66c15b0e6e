import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMapState, writeMapState } from '../../src/site/incremental/build-cache.ts';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-build-cache-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('state with a large map, written one entry at a time', () => {
  const state = () => ({
    files: new Map([['nl/a.md', 'digest-a']]),
    bodies: new Map<string, { html: string; updated?: Date }>([
      ['nl/a.md', { html: '<p>Één — ø</p>', updated: new Date('2026-01-02T00:00:00Z') }],
      ['nl/b.md', { html: 'x'.repeat(70_000) }],
    ]),
  });

  it('reads back what was written, Maps, Dates and non-Latin text included', () => {
    const dir = folder();
    writeMapState(dir, 'render', 'v1', state(), 'bodies');
    expect(readMapState(dir, 'render', 'v1')).toEqual(state());
  });

  it('an empty map reads back empty', () => {
    const dir = folder();
    writeMapState(dir, 'render', 'v1', { files: new Map(), bodies: new Map() }, 'bodies');
    expect(readMapState(dir, 'render', 'v1')).toEqual({ files: new Map(), bodies: new Map() });
  });

  it('state of another build version, a cut-off file or a missing one is not read (a cold build follows)', () => {
    const dir = folder();
    writeMapState(dir, 'render', 'v1', state(), 'bodies');
    expect(readMapState(dir, 'render', 'v2')).toBeUndefined();
    const file = join(dir, 'render.v8');
    writeFileSync(file, readFileSync(file).subarray(0, 200));
    expect(readMapState(dir, 'render', 'v1')).toBeUndefined();
    expect(readMapState(folder(), 'render', 'v1')).toBeUndefined();
  });
});
