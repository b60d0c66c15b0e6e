// `npm run bench`: runs every benchmark entry bench/<name>.ts (names without a dash; files such
// as engine-run.ts are helpers of an entry), one after the other, each printing its own section.
// Entries take no arguments here; run one directly to pass its own options.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const entries = readdirSync(here).filter((name) => /^[a-z]+\.ts$/.test(name)).sort();
let failed = 0;
for (const entry of entries) {
  process.stdout.write(`\n== bench/${entry} ==\n`);
  const run = spawnSync(process.execPath, [join(here, entry)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`bench/${entry} exited with ${run.status ?? run.signal}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
