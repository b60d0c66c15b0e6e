/**
 * One benchmark size in its own process (so peak RSS belongs to that size alone): generates the
 * input, times `simulate`, prints one JSON line. Usage: node bench/engine-run.ts <size>.
 */
import { simulate } from '../src/engine/index.ts';
import { benchInput } from './engine-data.ts';

const size = Number(process.argv[2]);
if (!Number.isSafeInteger(size) || size <= 0) {
  process.stderr.write('usage: node bench/engine-run.ts <size>\n');
  process.exit(2);
}
const input = benchInput(size);
const started = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();
const output = simulate(input);
const cpu = process.cpuUsage(cpuBefore);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
// CPU time too: the machine is shared, so wall time alone says little.
const cpuMs = (cpu.user + cpu.system) / 1000;
if (!output.ok) {
  process.stderr.write(`refused: ${JSON.stringify(output.errors).slice(0, 500)}\n`);
  process.exit(1);
}
const { companies, persons } = output.summary;
process.stdout.write(`${JSON.stringify({
  size, ms, cpuMs, perRowUs: (ms * 1000) / size, cpuPerRowUs: (cpuMs * 1000) / size, peakRssMb: process.resourceUsage().maxRSS / 1024, companies, persons,
})}\n`);
