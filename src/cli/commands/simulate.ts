/**
 * `signpost simulate --input FILE [--output FILE] [--format json|ndjson]`: runs the import engine
 * on a JSON input file and writes the output (conformance contract, ../shared/conformance/README.md).
 * Output is streamed while the engine runs (`simulateStream`): each row result is written out as
 * it is made and the final database record by record, so a run of any size comes out whole and
 * neither is held in memory. The bytes are those of `JSON.stringify(simulate(input))`.
 * Validation failures are ordinary output; an unreadable, oversized or non-JSON input exits 2, an
 * unexpected engine failure exits 1 — both with one line on stderr, never a stack trace.
 */
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { simulateStream, type SimulationFailure, type SimulationStream } from '../../engine/index.ts';
import { jsonPieces, writePieces } from '../json-stream.ts';

const USAGE = 'usage: signpost simulate --input <file> [--output <file>] [--format json|ndjson]\n';
const FORMATS = ['json', 'ndjson'] as const;
type Format = (typeof FORMATS)[number];
interface Options { input: string; output?: string; format: Format }

/** Parses `--name VALUE` / `--name=VALUE` for input, output and format; `null` on anything else. */
function parseArgs(args: readonly string[]): Options | null {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--(input|output|format)(?:=(.*))?$/.exec(args[i]);
    if (!match || match[1] in values) return null;
    const value = match[2] ?? (i + 1 < args.length ? args[++i] : undefined);
    if (!value) return null;
    values[match[1]] = value;
  }
  const format = (values.format ?? 'json') as Format;
  if (!values.input || !FORMATS.includes(format)) return null;
  return { input: values.input, output: values.output, format };
}

function fail(status: number, message: string): number {
  process.stderr.write(`signpost simulate: ${message}\n`);
  return status;
}

/**
 * The output as text pieces, made while the engine runs. `json`: the object `simulate` returns,
 * keys in its order (`ok`, `rows`, `database`, `selection`, `summary`, `erp`). `ndjson`: one
 * line per row result, then one line with everything else; a refused input is its one line.
 */
function* outputPieces(output: SimulationFailure | SimulationStream, format: Format): Generator<string> {
  if (!output.ok) {
    yield* jsonPieces(output);
  } else if (format === 'json') {
    yield '{"ok":true,"rows":[';
    let separator = '';
    for (const row of output.rows) {
      yield `${separator}${JSON.stringify(row)}`;
      separator = ',';
    }
    yield ']';
    for (const [key, value] of Object.entries(output.rest())) {
      if (value === undefined) continue;
      yield `,${JSON.stringify(key)}:`;
      yield* jsonPieces(value, 1);
    }
    yield '}';
  } else {
    for (const row of output.rows) yield `${JSON.stringify(row)}\n`;
    yield* jsonPieces({ ok: true, ...output.rest() });
  }
  yield '\n';
}

/** An error of the engine while the output is being made (as opposed to one of writing it). */
class EngineFailure extends Error {}

/** `pieces`, with any error made while producing one turned into an `EngineFailure`. */
function* engineGuarded(pieces: Iterator<string>): Generator<string> {
  for (;;) {
    let step: IteratorResult<string>;
    try {
      step = pieces.next();
    } catch (error) {
      throw new EngineFailure(String((error as Error)?.message ?? error).split('\n')[0]);
    }
    if (step.done) return;
    yield step.value;
  }
}

async function readInput(path: string): Promise<{ input: unknown } | { status: number }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    // V8 cannot hold a string over ~512 MB: say so instead of a bare code.
    if (code === 'ERR_STRING_TOO_LONG') return { status: fail(2, `\`${path}\` is too large to read (over 512 MB of text)`) };
    return { status: fail(2, `cannot read \`${path}\` (${code})`) };
  }
  try {
    return { input: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0];
    return { status: fail(2, `\`${path}\` is not JSON: ${detail}`) };
  }
}

async function writeOutput(pieces: Iterable<string>, path: string | undefined): Promise<void> {
  if (!path) return writePieces(pieces, process.stdout);
  const file: Writable = createWriteStream(path);
  await new Promise<void>((resolve, reject) => file.once('open', () => resolve()).once('error', reject));
  await writePieces(pieces, file);
  await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Runs the command; resolves to the exit status (0 also for refused inputs, 2 on usage or input errors, 1 on failure). */
export async function run(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (!options) return fail(2, `unexpected arguments \`${args.join(' ')}\`\n${USAGE.trimEnd()}`);
  const read = await readInput(options.input);
  if ('status' in read) return read.status;
  const engineFailed = (message: string) => fail(1, `the engine failed on \`${options.input}\`: ${message}`);
  let output: SimulationFailure | SimulationStream;
  try {
    output = simulateStream(read.input);
  } catch (error) {
    return engineFailed(String((error as Error)?.message ?? error).split('\n')[0]);
  }
  try {
    await writeOutput(engineGuarded(outputPieces(output, options.format)), options.output);
  } catch (error) {
    if (error instanceof EngineFailure) {
      // A half-written file would read as a truncated output: leave none.
      if (options.output) await rm(options.output, { force: true });
      return engineFailed(error.message);
    }
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return fail(1, `cannot write ${options.output ? `\`${options.output}\`` : 'the output'} (${code})`);
  }
  return 0;
}
