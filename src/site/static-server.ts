/**
 * A small static file server for a built portal (node:http, no dependencies): serves `outDir`
 * under the base path, `…/` as `…/index.html`, redirects `/nl/a` to `/nl/a/`, and answers unknown
 * paths with the language's 404 page (`/nl/404/`), else the site 404.
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { isSimulatorWorkerScript, SIMULATOR_CSP } from '../simulators/csp.ts';
import { CONTENT_TYPES } from './assets.ts';
import { headerPolicyOf } from './content-security-policy.ts';

/** A running server and its URL (`http://127.0.0.1:4321/help/`). */
export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

function fileAt(outDir: string, path: string): string | undefined {
  const candidate = join(outDir, path);
  // outDir ends with a separator; the root itself (`/` requested) joins to it without one.
  if (!`${candidate}${sep}`.startsWith(outDir)) return undefined;
  try {
    // A symlink in the output leading out of it is never served (issue 17).
    if (!`${realpathSync(candidate)}${sep}`.startsWith(`${realpathSync(outDir)}${sep}`)) return undefined;
    const stat = statSync(candidate);
    if (stat.isFile()) return candidate;
    if (stat.isDirectory() && existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  } catch {
    // not there: the caller falls back to a 404 page
  }
  return undefined;
}

/**
 * Starts serving `outDir` (absolute) at `base` on `host:port` (port 0 = any free port).
 * Example: `await serveStatic('/repo/dist', '/', '127.0.0.1', 0)` → `{ url: 'http://127.0.0.1:39123/' }`.
 */
export function serveStatic(outDir: string, base: string, host: string, port: number): Promise<RunningServer> {
  const root = normalize(outDir + sep);
  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (!pathname.startsWith(base)) {
      res.writeHead(302, { Location: base }).end();
      return;
    }
    const rel = normalize(pathname.slice(base.length));
    if (rel.startsWith('..')) {
      res.writeHead(400).end('Bad request');
      return;
    }
    const found = fileAt(root, rel);
    if (found && found.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !rel.endsWith('index.html')) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const lang = rel.split(/[\\/]/)[0];
    const notFound = fileAt(root, join(lang, '404', 'index.html')) ?? fileAt(root, '404.html');
    const file = found ?? notFound;
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const html = extname(file).toLowerCase() === '.html' ? readFileSync(file, 'utf8') : undefined;
    res.writeHead(found ? 200 : 404, {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      // Every page carries the site policy as a header too (issue 17); a worker's policy comes
      // from its script's response, not from the page's <meta>.
      ...(html !== undefined ? { 'Content-Security-Policy': headerPolicyOf(html) } : {}),
      ...(isSimulatorWorkerScript(basename(file)) ? { 'Content-Security-Policy': SIMULATOR_CSP } : {}),
      // An SVG opened on its own is a document: it may not run script (content images are SVGs too).
      ...(extname(file).toLowerCase() === '.svg' ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox" } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else if (html !== undefined) res.end(html);
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}${base}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // keep-alive sockets would hold close() open
          }),
      });
    });
  });
}
