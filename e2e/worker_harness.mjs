// Drives the real model worker (dist/worker.js) from an empty page on the server's origin, with
// the same JSON messages the app sends, so tests and benchmarks see exactly what the page would.
import { launch } from './browser.mjs';

export const MINILM = 'all-minilm-l6-v2';
export const MINILM_DIR = '/models/sentence-transformers/all-MiniLM-L6-v2/resolve/1110a243fdf4706b3f48f1d95db1a4f5529b4d41';
export const MINILM_FILES = { 'config.json': 612, 'tokenizer.json': 466247, 'model.safetensors': 90868376 };
export const MINILM_TOTAL = 612 + 466247 + 90868376;
export const SHARD = 16 * 1024 * 1024;
export { launch };

/** The Range header of shard `index` of a file of `bytes`. */
export function shardRange(index, bytes) {
  return `bytes=${index * SHARD}-${Math.min((index + 1) * SHARD, bytes) - 1}`;
}

/** A base URL on `server` whose model requests get `faults` (see server.mjs), unique to `tag`. */
export function faultBase(server, faults, tag) {
  const spec = [faults, `tag=${tag}`].filter(Boolean).join(',');
  return `${server.url}_f/${spec}/`;
}

/** Opens an empty page at `base` in `context` and starts the worker there. */
export async function openWorker(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}__blank`);
  await startWorker(page);
  return page;
}

/** Starts the worker in `page` and waits for its `ready` message. */
export async function startWorker(page) {
  await page.evaluate(() => new Promise((resolve, reject) => {
    const worker = new Worker('./worker.js', { type: 'module' });
    window.candor = { worker, messages: [], nextId: 1 };
    worker.onerror = (event) => reject(new Error(`worker failed: ${event.message}`));
    worker.onmessage = (event) => {
      // Responses travel as JSON text (candor_worker::protocol::Response::to_json).
      const data = JSON.parse(event.data);
      window.candor.messages.push({ at: performance.now(), ...data });
      if (data?.body?.type === 'ready') resolve();
    };
  }));
}

/** Posts `body` and returns its request id at once. */
export function send(page, body) {
  return page.evaluate((body) => {
    const id = window.candor.nextId++;
    window.candor.worker.postMessage({ id, body });
    window.candor[`sent${id}`] = performance.now();
    return id;
  }, body);
}

/** The final answer to request `id` (anything but a `*_progress` message or a preview), with `elapsed` ms since it was
 * sent. */
export function answer(page, id, timeout = 300_000) {
  return page.evaluate(({ id, timeout }) => new Promise((resolve, reject) => {
    const { candor } = window;
    const started = performance.now();
    const check = () => {
      const final = candor.messages.find((m) => m.id === id && !m.body.type.endsWith('_progress')
        && m.body.type !== 'match_preview');
      if (final) return resolve({ ...final, elapsed: final.at - candor[`sent${id}`] });
      if (performance.now() - started > timeout) return reject(new Error(`no answer to request ${id}`));
      setTimeout(check, 10);
    };
    check();
  }), { id, timeout });
}

/** Sends `body` and waits for its final answer. */
export async function ask(page, body, timeout) {
  return answer(page, await send(page, body), timeout);
}

/** Every progress message of request `id` so far. */
export function progressOf(page, id) {
  return page.evaluate((id) => window.candor.messages
    .filter((m) => m.id === id && m.body.type === 'download_progress')
    .map((m) => m.body), id);
}

/** Waits until request `id` reported at least `bytes` done. */
export function waitForDone(page, id, bytes, timeout = 120_000) {
  return page.evaluate(({ id, bytes, timeout }) => new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      const reached = window.candor.messages.some((m) => m.id === id
        && m.body.type === 'download_progress' && m.body.done_bytes >= bytes);
      if (reached) return resolve();
      if (performance.now() - started > timeout) return reject(new Error(`request ${id} never reached ${bytes} bytes`));
      setTimeout(check, 10);
    };
    check();
  }), { id, bytes, timeout });
}

/** Consent to download all of MiniLM from the same origin. */
export const CONSENT = { accepted_bytes: MINILM_TOTAL, allow_upstream: false };

/** Runs `fn` against a raw IndexedDB database `name` in the page (layout v2 stores). */
export function withDatabase(page, name, fn, arg) {
  return page.evaluate(async ({ name, source, arg }) => {
    const request = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const db = await request(indexedDB.open(name));
    try {
      // eslint-disable-next-line no-new-func
      return await new Function('db', 'request', 'arg', `return (${source})(db, request, arg);`)(db, request, arg);
    } finally {
      db.close();
    }
  }, { name, source: fn.toString(), arg });
}
