// Measures the verified model fetch in headless Chromium and prints JSON:
//
// * download: all-MiniLM-L6-v2 (3 files, 91.3 MB, model.safetensors as six 16 MiB shards) from
//   the local server into IndexedDB through the real worker: range requests, SHA-256 per shard
//   and over each whole file, one transaction per shard. MB/s is decimal megabytes of the
//   pinned files over the wall time from the request to the verified answer.
// * reverify: the worker's `verify_model`, which reads every stored shard back and re-hashes it
//   (what loading does before bytes reach Candle), timed inside the worker.
//
// Usage: `node e2e/bench/fetch.mjs [runs]` after `make site models`. Not a test: nothing fails
// on a slow machine; compare figures from one machine only.
import { serve } from '../server.mjs';
import {
  CONSENT, MINILM, MINILM_FILES, MINILM_TOTAL, ask, faultBase, launch, openWorker,
} from '../worker_harness.mjs';

const runs = Number(process.argv[2] ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => bytes / 1e6;

const browser = await launch();
const server = await serve();
try {
  const context = await browser.newContext();
  const page = await openWorker(context, faultBase(server, '', `bench-${Date.now()}`));
  const downloads = [];
  const reverifies = [];
  for (let run = 0; run < runs; run++) {
    await ask(page, { type: 'delete_model', model_id: MINILM });
    const fetched = await ask(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    if (fetched.body.type !== 'model_status' || fetched.body.stored_bytes !== MINILM_TOTAL) {
      throw new Error(`download failed: ${JSON.stringify(fetched.body)}`);
    }
    downloads.push(fetched.elapsed);
    const check = await ask(page, { type: 'verify_model', model_id: MINILM });
    if (!check.body.files?.every((file) => file.ok)) {
      throw new Error(`re-verify failed: ${JSON.stringify(check.body)}`);
    }
    reverifies.push(check.body.elapsed_ms);
  }
  await context.close();
  const downloadMs = median(downloads);
  const reverifyMs = median(reverifies);
  console.log(JSON.stringify({
    browser: `chromium ${browser.version()}`,
    model: MINILM,
    files: MINILM_FILES,
    bytes: MINILM_TOTAL,
    runs,
    download_ms: downloads.map(Math.round),
    reverify_ms: reverifies.map(Math.round),
    median_download_ms: Math.round(downloadMs),
    median_download_mb_per_s: Number((mb(MINILM_TOTAL) / (downloadMs / 1000)).toFixed(1)),
    median_reverify_ms: Math.round(reverifyMs),
    median_reverify_mb_per_s: Number((mb(MINILM_TOTAL) / (reverifyMs / 1000)).toFixed(1)),
  }, null, 2));
} finally {
  await browser.close();
  await server.close();
}
