/**
 * The Content Security Policy of every page with a simulator (issue 5: own data never leaves the
 * browser). `connect-src 'self'` is the guarantee: a dropped file is parsed in the page, and no
 * script on the page can send anything to another origin (test/e2e/simulator-site.test.ts).
 * A `<meta>` policy does not reach dedicated workers (theirs comes from the worker script's
 * response headers): `signpost serve` sends this policy as a header with the simulation worker's
 * script (`isSimulatorWorkerScript`), and another host that wants the same guarantee there does
 * likewise. The site search works under it (Pagefind
 * compiles its WebAssembly in its own worker).
 */
export const SIMULATOR_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // read-excel-file reads large XLSX files in a `blob:` worker it creates (issue 17).
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
].join('; ');

/**
 * Whether a served file is the simulation worker's bundle (`_astro/simulation.worker-<hash>.js`),
 * whose response must carry `SIMULATOR_CSP` as a header for the policy to reach the worker.
 * Only that worker: Pagefind's own worker compiles WebAssembly, which this policy forbids.
 */
export function isSimulatorWorkerScript(fileName: string): boolean {
  return /^simulation\.worker-[\w-]+\.js$/.test(fileName);
}
