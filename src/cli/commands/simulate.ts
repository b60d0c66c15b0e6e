/**
 * `signpost simulate --input FILE`: runs the import engine on a JSON input file and prints the
 * output JSON on stdout (conformance contract, ../shared/conformance/README.md). Validation
 * failures are ordinary output; an unreadable or non-JSON file exits 2 with one line on stderr.
 */
import { readFile } from 'node:fs/promises';
import { simulate } from '../../engine/index.ts';

const USAGE = 'usage: signpost simulate --input <file>\n';

/** Parses `--input FILE` / `--input=FILE`; `null` on anything else. */
function parseArgs(args: readonly string[]): { input: string } | null {
  let input: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--input' && i + 1 < args.length && input === undefined) input = args[++i];
    else if (arg.startsWith('--input=') && input === undefined) input = arg.slice('--input='.length);
    else return null;
  }
  return input ? { input } : null;
}

/** Runs the command; resolves to the exit status (0 also for refused inputs, 2 on usage or file errors). */
export async function run(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (!parsed) {
    process.stderr.write(`signpost simulate: unexpected arguments \`${args.join(' ')}\`\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(parsed.input, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    process.stderr.write(`signpost simulate: cannot read \`${parsed.input}\` (${code})\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0];
    process.stderr.write(`signpost simulate: \`${parsed.input}\` is not JSON: ${detail}\n`);
    return 2;
  }
  const output = simulate(input);
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(`${JSON.stringify(output)}\n`, (error) => (error ? reject(error) : resolve()));
  });
  return 0;
}
