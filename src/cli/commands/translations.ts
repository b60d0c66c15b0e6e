/**
 * `signpost translations [DIR] [--format text|json] [--source LANG] [--all]` — translation
 * status of a content tree (pages × locales: missing, possibly untranslated, stale). Exit
 * status 0 (a report, not a gate), 2 on a usage error.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSite, readRootText } from '../../../plugins/remark-docfx/index.ts';
import { formatStatusJson, formatStatusText } from '../../translations/format.ts';
import { translationStatus } from '../../translations/status.ts';

const USAGE = 'usage: signpost translations [DIR] [--format text|json] [--source LANG] [--all]\n';

/** Runs the command; resolves to the exit status. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        source: { type: 'string' },
        all: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`signpost translations: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    process.stderr.write(`signpost translations: unknown format \`${values.format}\` (expected text or json)\n${USAGE}`);
    return 2;
  }
  const dir = positionals[0] ?? 'content';
  if (positionals.length > 1 || !existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`signpost translations: cannot find content directory \`${positionals.join(' ')}\`\n${USAGE}`);
    return 2;
  }
  const site = loadSite(resolve(dir));
  if (values.source !== undefined && !site.languages.includes(values.source)) {
    process.stderr.write(`signpost translations: unknown source language \`${values.source}\` (the tree has ${site.languages.join(', ')})\n`);
    return 2;
  }
  const status = translationStatus(site, { source: values.source, readText: (path) => readRootText(site, path) ?? '' });
  process.stdout.write(values.format === 'json' ? formatStatusJson(status) : formatStatusText(status, values.all));
  return 0;
}
