// A static server for dist/ used by the e2e tests and `make serve`.
//
// It records every request path (so tests can prove what the page fetched) and can misbehave on
// purpose for model files: `tamper` flips one byte of each served model file, which the app must
// reject by hash before storing anything.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const DIST = resolve(fileURLToPath(new URL('../dist', import.meta.url)));

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 picks a free port).
 * Options: `tamper` (flip a byte in files under /models/), `cors` (allow any origin, for the
 * wasm-bindgen test runner's own origin).
 * Returns { url, requests, close() } where `requests` lists every request path in order.
 */
export async function serve({ root = DIST, port = 0, tamper = false, cors = false } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (cors) res.setHeader('Access-Control-Allow-Origin', '*');
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return send(res, 403, 'forbidden');
    try {
      if (!(await stat(file)).isFile()) return send(res, 404, 'not found');
      let body = await readFile(file);
      if (tamper && path.includes('/models/') && body.length > 0) {
        body = Buffer.from(body);
        body[body.length >> 1] ^= 0x01;
      }
      res.writeHead(200, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, requests, close: () => new Promise((done) => server.close(done)) };
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(text);
}

// `node e2e/server.mjs [--port N] [--tamper] [--cors]` serves until interrupted.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const { url } = await serve({
    port: portAt >= 0 ? Number(args[portAt + 1]) : 8080,
    tamper: args.includes('--tamper'),
    cors: args.includes('--cors'),
  });
  console.log(`Candor is being served at ${url} (Ctrl-C to stop)`);
}
