/**
 * `signpost check [DIR] [--format text|json] [--strict] [--fix] [--jobs N]` — reports the
 * diagnostics of a content tree without building the site (rendering on N worker threads,
 * default one per CPU but one). Exit status: 1 when errors were found (with
 * `--strict` also warnings), 0 otherwise, 2 on a usage error.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDialect } from '../../check/dialect.ts';
import { runCheck } from '../../check/run-check.ts';
import { defaultJobs } from '../../check/render-all.ts';
import { formatJson, formatText } from '../../check/format-findings.ts';
import { applyFixes } from '../../check/fix.ts';
import { repairLine } from '../../../plugins/remark-docfx/index.ts';

const USAGE = 'usage: signpost check [DIR] [--format text|json] [--strict] [--fix] [--jobs N]\n';

/** Runs the command; resolves to the exit status. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`signpost check: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`signpost check: unknown format \`${format}\` (expected text or json)\n${USAGE}`);
    return 2;
  }
  if (positionals.length > 1) {
    process.stderr.write(`signpost check: expected one directory, got ${positionals.length}\n${USAGE}`);
    return 2;
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(`signpost check: --jobs expects a whole number ≥ 1, got \`${values.jobs}\`\n${USAGE}`);
    return 2;
  }
  const dir = positionals[0] ?? 'content';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`signpost check: cannot find content directory \`${dir}\`\n`);
    return 2;
  }
  const dialect = await loadDialect();
  let result = await runCheck(resolve(dir), dialect, { jobs });
  if (values.fix) {
    const changes = applyFixes(result.root, result.findings, repairLine);
    // Changes go to stderr under --format json so that stdout stays one JSON document.
    const out = format === 'json' ? process.stderr : process.stdout;
    for (const c of changes) out.write(`${dir.replace(/\/+$/, '')}/${c.file}:${c.line}  fixed  ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}\n`);
    out.write(`${changes.length} line${changes.length === 1 ? '' : 's'} fixed\n\n`);
    if (changes.length > 0) result = await runCheck(resolve(dir), dialect, { jobs });
  }
  process.stdout.write(format === 'json' ? formatJson(result) : formatText(result, dir));
  const failing = result.errors + (values.strict ? result.warnings : 0);
  return failing > 0 ? 1 : 0;
}
