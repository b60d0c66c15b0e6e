/**
 * `signpost serve [--content DIR] [--base PATH] [--port N] [--no-build]`: builds the portal
 * (pages, redirects, search index) with Astro and serves it on localhost, printing the URL.
 * `npm start` runs it on the bundled `content/`.
 */
import { resolve } from 'node:path';
import { readSettings } from '../../site/build-settings.ts';
import { serveStatic } from '../../site/static-server.ts';
import { PROJECT_ROOT, runAstroBuild } from '../astro-build.ts';

/** Parsed command line; `error` is set on bad usage. */
interface ServeOptions {
  content?: string;
  base?: string;
  port: number;
  build: boolean;
  error?: string;
}

function parseArgs(args: string[]): ServeOptions {
  const options: ServeOptions = { port: Number(process.env.PORT) || 4321, build: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => args[++i];
    if (arg === '--content') options.content = value();
    else if (arg === '--base') options.base = value();
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--no-build') options.build = false;
    else options.error = `unknown option \`${arg}\``;
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) options.error = 'bad --port';
  return options;
}

/** Runs the command; resolves to the exit status (never resolves while serving). */
export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (options.error) {
    process.stderr.write(`signpost serve: ${options.error}\nusage: signpost serve [--content DIR] [--base PATH] [--port N] [--no-build]\n`);
    return 2;
  }
  const env = { ...process.env };
  if (options.content) env.SIGNPOST_CONTENT = resolve(options.content);
  if (options.base) env.SIGNPOST_BASE = options.base;
  let settings;
  try {
    settings = readSettings(env, PROJECT_ROOT);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (options.build) {
    const status = await runAstroBuild(env);
    if (status !== 0) {
      process.stderr.write(`signpost serve: the build failed (exit ${status})\n`);
      return status;
    }
  }
  const running = await serveStatic(settings.outDir, settings.base, '127.0.0.1', options.port).catch((error: Error) => {
    process.stderr.write(`signpost serve: cannot listen on port ${options.port}: ${error.message}\n`);
    return undefined;
  });
  if (!running) return 1;
  process.stdout.write(`\nSignpost is running at ${running.url}  (Ctrl+C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = () => void running.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
