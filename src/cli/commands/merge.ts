/**
 * `signpost merge [--out DIR] SHARD_DIR…`: joins the outputs of every shard of a sharded build
 * (`signpost build --shard i/n`) into one site — byte for byte what a whole build writes — and
 * builds its search index. Refuses, with one line and exit 1, shards that are missing, given
 * twice, overlapping, or built from another tree or with other settings (src/site/shards/).
 */
import { join, resolve } from 'node:path';
import { mergeShards } from '../../site/shards/merge-shards.ts';
import { PROJECT_ROOT } from '../astro-build.ts';

const USAGE = 'usage: signpost merge [--out DIR] SHARD_DIR…';

/** Runs the command; resolves to the exit status. */
export async function run(args: string[]): Promise<number> {
  const dirs: string[] = [];
  let out = join(PROJECT_ROOT, 'dist');
  for (let i = 0; i < args.length; i++) {
    const problem = args[i] === '--out' ? (args[i + 1] === undefined ? '--out needs a value' : undefined) : args[i].startsWith('-') ? `unknown option \`${args[i]}\`` : undefined;
    if (problem) {
      process.stderr.write(`signpost merge: ${problem}\n${USAGE}\n`);
      return 2;
    }
    if (args[i] === '--out') out = resolve(args[++i]);
    else dirs.push(args[i]);
  }
  if (dirs.length === 0) {
    process.stderr.write(`signpost merge: give the output folder of every shard\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  try {
    const report = await mergeShards(dirs, out);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`signpost merge: joined ${report.shards} shards into ${out}: ${report.files} files (${report.shared} written alike by every shard), search index of ${report.searchPages} pages, in ${seconds} s\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`signpost merge: ${(error as Error).message.split('\n')[0]}\n`);
    return 1;
  }
}
