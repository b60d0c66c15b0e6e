/**
 * `signpost build [--content DIR] [--base PATH] [--out DIR] [--shard I/N]`: builds the portal
 * with Astro (`npm run build`, with options). `--shard 2/4` renders only the second of four
 * deterministic slices of the site (src/site/shards/shard-plan.ts) into `dist-shard-2-of-4/`;
 * `signpost merge` joins the four into the site a whole build writes.
 */
import { join, resolve } from 'node:path';
import { readSettings } from '../../site/build-settings.ts';
import { parseShard, type Shard } from '../../site/shards/shard-spec.ts';
import { PROJECT_ROOT, runAstroBuild } from '../astro-build.ts';

const USAGE = 'usage: signpost build [--content DIR] [--base PATH] [--out DIR] [--shard I/N]';

/** Parsed command line; `error` is set on bad usage. */
interface BuildOptions {
  content?: string;
  base?: string;
  out?: string;
  shard?: Shard;
  error?: string;
}

function parseArgs(args: string[]): BuildOptions {
  const options: BuildOptions = {};
  for (let i = 0; i < args.length && !options.error; i++) {
    const arg = args[i];
    const value = args[i + 1];
    if (!['--content', '--base', '--out', '--shard'].includes(arg)) options.error = `unknown option \`${arg}\``;
    else if (value === undefined) options.error = `${arg} needs a value`;
    else if (arg === '--content') options.content = resolve(value);
    else if (arg === '--base') options.base = value;
    else if (arg === '--out') options.out = resolve(value);
    else options.shard = shardOrError(value, options);
    i++;
  }
  return options;
}

function shardOrError(value: string, options: BuildOptions): Shard | undefined {
  try {
    return parseShard(value);
  } catch (error) {
    options.error = (error as Error).message.replace(/^signpost: /, '');
    return undefined;
  }
}

/** Runs the command; resolves to the exit status. */
export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (options.error) {
    process.stderr.write(`signpost build: ${options.error}\n${USAGE}\n`);
    return 2;
  }
  const env = { ...process.env };
  if (options.content) env.SIGNPOST_CONTENT = options.content;
  if (options.base) env.SIGNPOST_BASE = options.base;
  if (options.out) env.SIGNPOST_OUT = options.out;
  if (options.shard) {
    const name = `shard-${options.shard.index}-of-${options.shard.count}`;
    env.SIGNPOST_SHARD = `${options.shard.index}/${options.shard.count}`;
    env.SIGNPOST_OUT ||= join(PROJECT_ROOT, `dist-${name}`);
    // Its own Astro cache: shards built one after another on one machine never share a data store.
    env.SIGNPOST_CACHE_DIR ||= join(PROJECT_ROOT, 'node_modules', `.astro-${name}`);
  }
  try {
    readSettings(env, PROJECT_ROOT);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const status = await runAstroBuild(env);
  if (status !== 0) process.stderr.write(`signpost build: the build failed (exit ${status})\n`);
  return status;
}
