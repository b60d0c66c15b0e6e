/**
 * `signpost build` and `signpost merge` on bad command lines: exit 2 with the problem and the
 * usage, before anything is built or read.
 */
import { describe, expect, it, vi } from 'vitest';
import { run as build } from '../../src/cli/commands/build.ts';
import { run as merge } from '../../src/cli/commands/merge.ts';

async function stderrOf(command: (args: string[]) => Promise<number>, args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { status: await command(args), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('signpost build and merge usage', () => {
  it('refuses a shard outside 1…n, naming the form it wants', async () => {
    const result = await stderrOf(build, ['--shard', '5/4']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^signpost build: bad shard `5\/4`: give it as i\/n with 1 ≤ i ≤ n ≤ 256, e\.g\. 2\/4\nusage: signpost build /);
  });

  it('refuses unknown options and options without a value', async () => {
    expect((await stderrOf(build, ['--shards', '1/2'])).stderr).toMatch(/^signpost build: unknown option `--shards`/);
    expect((await stderrOf(build, ['--shard'])).stderr).toMatch(/^signpost build: --shard needs a value/);
    expect((await stderrOf(merge, ['--out'])).stderr).toMatch(/^signpost merge: --out needs a value/);
    expect((await stderrOf(merge, [])).status).toBe(2);
  });
});
