/**
 * The Content Security Policy of every page with a simulator (issue 5: own data never leaves the
 * browser). `connect-src 'self'` is the guarantee: a dropped file is parsed in the page, and no
 * script on the page can send anything to another origin (test/e2e/simulator-site.test.ts).
 * A `<meta>` policy does not reach dedicated workers (theirs comes from the worker script's
 * response headers): the simulation worker only runs the engine, and a host that wants the same
 * guarantee there sends this policy as a header too. The site search works under it (Pagefind
 * compiles its WebAssembly in its own worker).
 */
export const SIMULATOR_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
].join('; ');
