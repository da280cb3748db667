// The job-vector cache in headless Chromium: `node e2e/bench/cache.mjs` (after
// `BENCH_VARIANTS=simd e2e/bench/build.sh`). Prints JSON; not a test.
//
// For 200 and 2,000 cached 384-d vectors, in a dedicated worker's IndexedDB: writing them one
// per transaction against in batches of 8 (one transaction per embedding batch, as a match
// does), and reading them one per transaction against all in one transaction (as a match
// does), side by side in one run; median of 5, milliseconds, with the ratios.
import { launch } from '../browser.mjs';
import { serveRoutes } from './serve.mjs';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

const server = await serveRoutes([['/bench/', HERE]]);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/bench/page.html`);
  const results = await page.evaluate(
    (url) => new Promise((resolve, reject) => {
      const worker = new Worker(url, { type: 'module' });
      worker.onerror = (event) => reject(new Error(event.message));
      worker.onmessage = ({ data }) => (data.type === 'error' ? reject(new Error(data.error)) : resolve(data.results));
    }),
    '/bench/cache_worker.mjs?counts=200,2000&dim=384&repeats=5',
  );
  console.log(JSON.stringify({
    bench: `job-vector cache (headless Chromium ${browser.version()}, dedicated worker, IndexedDB, median of 5)`,
    date: new Date().toISOString(),
    results: results.map((row) => ({
      ...Object.fromEntries(Object.entries(row).map(([key, value]) => [key, key.endsWith('_ms') ? round(value) : value])),
      put_speedup: round(row.put_one_per_transaction_ms / row.put_batches_of_8_ms, 2),
      get_speedup: round(row.get_one_per_transaction_ms / row.get_one_transaction_ms, 2),
    })),
  }, null, 2));
} finally {
  await browser.close();
  await server.close();
}
