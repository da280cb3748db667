// A static server for dist/ used by the e2e tests, the wasm tests and `make serve`, and the
// fault-injecting model mirror the supply-chain tests run against.
//
// It serves byte ranges (`Range: bytes=a-b`, 206 + Content-Range), records every request (so
// tests can prove what was fetched, and how often), and misbehaves on purpose for files under
// /models/ when asked:
//
// * `tamper` (option or `--tamper`) flips the middle byte of every model file.
// * A path prefix `/_f/<faults>/` turns faults on for the request it starts; the rest of the path
//   is served as usual, so `/_f/fail=2/models/x` is `/models/x` failing twice. A page loaded under
//   the prefix gets its worker and mirror URLs under it too. `<faults>` is a comma-separated list:
//     tag=<id>          no effect; makes request counts unique to one test
//     flip=<offset>     XOR 0x01 into the byte at this file offset (repeatable)
//     fail=<k>          answer 500 to the first k requests of each path
//     status=<code>     answer every request with this status (e.g. 404)
//     drip=<bytes/s>    send the body slowly
//     stall=<offset>    stop sending at this file offset and keep the connection open
//     truncate=<offset> cut the connection at this file offset (headers promise the full length)
//     short=<bytes>     serve the file as if it were only this long (consistent headers)
//     lendelta=<n>      declare a Content-Length n bytes off the real body length
//     norange           ignore Range headers: always 200 with the whole file
//     first=<k>         apply the body faults (flip, drip, stall, truncate, short, lendelta) to
//                       the first k requests of each path only; later ones are honest
//     wasmmax=<MiB>     serve every .wasm module (the model worker's, the page's) with its
//                       memory capped at this many MiB, as on a device with no more to give
// * `GET /__blank` (also under a fault prefix) is an empty page on the server's origin, from which
//   tests start the worker themselves.
// * `GET /__log` returns every request as JSON: {path, method, range, status, count, sent, aborted}
//   where `count` is the request's number for its path (1 for the first), `sent` the body bytes
//   written so far and `aborted` whether the client closed the connection before the end.
// * `prefix` (option or `--prefix /some/sub/path/`) serves the site under that path only, as a
//   static host serving the app from a sub-directory would; every other path is a 404 (except
//   `/__log` and `/__csp`, which stay at the root). Paths in `requests` and `log` keep the prefix.
// * `csp` (option or `--csp`) sends the policy of the site's own index.html meta tag as a
//   `Content-Security-Policy` header on every response, the way a real host should: a worker
//   (the model worker, the service worker) takes its policy from its script's response headers,
//   never from the page's meta tag. The header adds `report-uri /__csp`, so violations in the
//   page and in both workers are POSTed to the server and listed in `cspReports`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capMemory } from './wasm_memory.mjs';

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

/** Parses the `<faults>` segment of `/_f/<faults>/...`; throws on an unknown fault. */
export function parseFaults(segment) {
  const faults = { flips: [] };
  for (const item of segment.split(',').filter(Boolean)) {
    const [key, value] = item.split('=');
    const number = Number(value);
    switch (key) {
      case 'tag': faults.tag = value; break;
      case 'flip': faults.flips.push(number); break;
      case 'norange': faults.norange = true; break;
      case 'fail': case 'status': case 'drip': case 'stall': case 'truncate': case 'short':
      case 'lendelta': case 'first': case 'wasmmax':
        if (!Number.isFinite(number)) throw new Error(`fault ${key} needs a number, got ${value}`);
        faults[key] = number;
        break;
      default: throw new Error(`unknown fault ${JSON.stringify(key)}`);
    }
  }
  return faults;
}

/** Parses a single `bytes=` range against a length: {start, end} (end inclusive), null when
 * absent or not a single range, or 'unsatisfiable'. */
function parseRange(header, length) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start;
  let end;
  if (match[1] === '') {
    start = Math.max(0, length - Number(match[2]));
    end = length - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? length - 1 : Math.min(Number(match[2]), length - 1);
  }
  if (start >= length || start > end) return 'unsatisfiable';
  return { start, end };
}

/** The Content-Security-Policy of `root`/index.html's meta tag (throws when it has none). */
export async function metaPolicy(root = DIST) {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!match) throw new Error(`${root}/index.html has no Content-Security-Policy meta tag`);
  return match[1];
}

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 picks a free port).
 * Options: `tamper` (flip the middle byte of files under /models/), `cors` (allow any origin, for
 * the wasm-bindgen test runner's own origin), `prefix` (serve the site under this path, such as
 * `/some/sub/path/`; other paths 404), `csp` (send index.html's policy as a header, reporting
 * violations to `/__csp`).
 * Returns { url, base, requests, log, cspReports, countOf(path), close() } where `base` is the
 * site's URL (`url` + the prefix), `requests` lists every request path in order, `log` every
 * request's {path, method, range, status, count} and `cspReports` every CSP violation report
 * received.
 */
export async function serve({
  root = DIST, port = 0, tamper = false, cors = false, prefix = '/', csp = false,
} = {}) {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) {
    throw new Error(`prefix must start and end with "/", got ${JSON.stringify(prefix)}`);
  }
  const requests = [];
  const log = [];
  const counts = new Map();
  const cache = new Map();
  const cspReports = [];
  const policy = csp ? `${await metaPolicy(root)}; report-uri /__csp` : null;

  async function fileBytes(file) {
    const info = await stat(file);
    if (!info.isFile()) return null;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.bytes;
    const bytes = await readFile(file);
    cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, bytes });
    return bytes;
  }

  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(res, 400, 'bad path');
    }
    if (cors) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Length, Accept-Ranges');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Allow-Headers': 'Range',
        'Access-Control-Max-Age': '600',
      });
      return res.end();
    }
    if (path === '/__log') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return res.end(JSON.stringify(log));
    }
    if (path === '/__csp' && req.method === 'POST') {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      try {
        const report = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        cspReports.push(report['csp-report'] ?? report);
      } catch {
        cspReports.push({ unreadable: Buffer.concat(chunks).toString('utf8') });
      }
      res.writeHead(204);
      return res.end();
    }
    if (policy) res.setHeader('Content-Security-Policy', policy);
    requests.push(path);
    const count = (counts.get(path) ?? 0) + 1;
    counts.set(path, count);
    // `url` is the request line's target as sent, query string included.
    const entry = { path, url: req.url, method: req.method, range: req.headers.range ?? null, status: 0, count, sent: 0, aborted: false };
    log.push(entry);
    const reply = (status, text) => { entry.status = status; send(res, status, text); };

    if (!path.startsWith(prefix)) return reply(404, 'not found (outside the site prefix)');
    let faults = { flips: [] };
    let servedPath = path.slice(prefix.length - 1);
    const prefixed = /^\/_f\/([^/]*)(\/.*)$/.exec(servedPath);
    if (prefixed) {
      try {
        faults = parseFaults(prefixed[1]);
      } catch (error) {
        return reply(400, error.message);
      }
      servedPath = prefixed[2];
    }
    if (servedPath === '/__blank') {
      // An empty same-origin page, for tests that drive the worker directly.
      entry.status = 200;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><title>blank</title>');
    }
    const isModel = servedPath.includes('/models/');
    const file = normalize(join(root, servedPath.endsWith('/') ? `${servedPath}index.html` : servedPath));
    if (!file.startsWith(root)) return reply(403, 'forbidden');
    if (isModel && faults.fail !== undefined && count <= faults.fail) return reply(500, 'injected failure');
    if (isModel && faults.status !== undefined) return reply(faults.status, 'injected status');

    let bytes;
    try {
      bytes = await fileBytes(file);
    } catch {
      bytes = null;
    }
    if (!bytes) return reply(404, 'not found');

    const bodyFaults = isModel && (faults.first === undefined || count <= faults.first);
    if (isModel && tamper) {
      bytes = Buffer.from(bytes);
      bytes[bytes.length >> 1] ^= 0x01;
    }
    if (faults.wasmmax !== undefined && extname(file) === '.wasm') bytes = capMemory(bytes, faults.wasmmax);
    if (bodyFaults && faults.short !== undefined) bytes = bytes.subarray(0, faults.short);
    if (bodyFaults && faults.flips.some((offset) => offset < bytes.length)) {
      bytes = Buffer.from(bytes);
      for (const offset of faults.flips) if (offset < bytes.length) bytes[offset] ^= 0x01;
    }

    const headers = {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'Accept-Ranges': 'bytes',
    };
    let status = 200;
    let start = 0;
    let end = bytes.length - 1;
    const range = isModel && faults.norange ? null : parseRange(req.headers.range, bytes.length);
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${bytes.length}`);
      return reply(416, 'range not satisfiable');
    }
    if (range) {
      ({ start, end } = range);
      status = 206;
      headers['Content-Range'] = `bytes ${start}-${end}/${bytes.length}`;
    }
    const body = bytes.subarray(start, end + 1);
    headers['Content-Length'] = body.length + (bodyFaults && faults.lendelta ? faults.lendelta : 0);
    if (bodyFaults && faults.lendelta) headers.Connection = 'close';
    entry.status = status;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    // A client that goes away before the body is complete (a cancelled download) shows up as
    // `aborted` with the bytes `sent` so far.
    res.on('close', () => { if (!res.writableFinished) entry.aborted = true; });

    // The offset (relative to `body`) at which the connection is cut or stalls, if any.
    const cutAt = bodyFaults && faults.truncate !== undefined ? faults.truncate - start : Infinity;
    const stallAt = bodyFaults && faults.stall !== undefined ? faults.stall - start : Infinity;
    const stopAt = Math.max(0, Math.min(cutAt, stallAt, body.length));
    const rate = bodyFaults && faults.drip ? faults.drip : Infinity;
    await writeBody(res, body.subarray(0, stopAt), rate, entry);
    if (stopAt < body.length) {
      if (cutAt <= stallAt) {
        await new Promise((done) => res.write(Buffer.alloc(0), done));
        res.socket?.destroy();
      }
      // A stall keeps the connection open until the client gives up.
      return;
    }
    if (bodyFaults && faults.lendelta > 0) {
      // The body is shorter than promised: end the connection so the client sees the cut.
      await new Promise((done) => res.write(Buffer.alloc(0), done));
      return res.socket?.destroy();
    }
    res.end();
  });
  // A WebSocket handshake is logged like any request (method UPGRADE) and refused, so a test
  // can tell that one reached the server at all.
  server.on('upgrade', (req, socket) => {
    log.push({ path: req.url, url: req.url, method: 'UPGRADE', range: null, status: 0, count: 0, sent: 0, aborted: true });
    socket.destroy();
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    base: new URL(prefix, url).href,
    requests,
    log,
    cspReports,
    countOf: (path) => counts.get(path) ?? 0,
    close: () => {
      server.closeAllConnections?.();
      return new Promise((done) => server.close(done));
    },
  };
}

/** Writes `body` to `res`, at most `rate` bytes per second, stopping if the client goes away;
 * counts the bytes handed to the socket in `entry.sent`. */
async function writeBody(res, body, rate, entry) {
  if (rate === Infinity) {
    entry.sent += body.length;
    if (body.length > 0 && !res.write(body)) await drained(res);
    return;
  }
  const tickMs = 50;
  const chunk = Math.max(1, Math.floor((rate * tickMs) / 1000));
  for (let offset = 0; offset < body.length; offset += chunk) {
    if (res.destroyed || res.writableEnded) return;
    const piece = body.subarray(offset, offset + chunk);
    entry.sent += piece.length;
    if (!res.write(piece)) await drained(res);
    await new Promise((done) => setTimeout(done, tickMs));
  }
}

function drained(res) {
  return new Promise((done) => {
    const finish = () => {
      res.off('drain', finish);
      res.off('close', finish);
      done();
    };
    res.on('drain', finish);
    res.on('close', finish);
  });
}

function send(res, status, text) {
  if (res.headersSent) return res.end();
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(text);
}

// `node e2e/server.mjs [--port N] [--root DIR] [--tamper] [--cors] [--prefix /P/] [--csp]` serves
// until interrupted.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const rootAt = args.indexOf('--root');
  const prefixAt = args.indexOf('--prefix');
  const { base } = await serve({
    ...(rootAt >= 0 ? { root: resolve(args[rootAt + 1]) } : {}),
    ...(prefixAt >= 0 ? { prefix: args[prefixAt + 1] } : {}),
    port: portAt >= 0 ? Number(args[portAt + 1]) : 8080,
    tamper: args.includes('--tamper'),
    cors: args.includes('--cors'),
    csp: args.includes('--csp'),
  });
  console.log(`Candor is being served at ${base} (Ctrl-C to stop)`);
}
