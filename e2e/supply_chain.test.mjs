// The model supply chain end to end in headless Chromium: the real worker (dist/worker.js), the
// real IndexedDB, and the fault-injecting server. Each test drives the worker with the page's own
// messages from an empty page, and reads the server's request log to prove what was fetched.
//
// MiniLM's model.safetensors is pinned per 16 MiB shard (6 shards) in models.lock.toml.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import {
  CONSENT, MINILM, MINILM_DIR, MINILM_FILES, MINILM_TOTAL, SHARD, answer, ask, faultBase, launch,
  openWorker, progressOf, send, shardRange, startWorker, waitForDone, withDatabase,
} from './worker_harness.mjs';

const WEIGHTS = `${MINILM_DIR}/model.safetensors`;
const WEIGHTS_BYTES = MINILM_FILES['model.safetensors'];
const N_SHARDS = Math.ceil(WEIGHTS_BYTES / SHARD);

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

let runs = 0;
const unique = (name) => `${name}-${Date.now()}-${runs++}`;

/** The ranges requested for the weights under `tag`, with status and whether the client hung up. */
function weightRequests(tag) {
  return server.log
    .filter((entry) => entry.path.includes(`tag=${tag}/`) && entry.path.endsWith('/model.safetensors'))
    .map(({ range, status, aborted }) => ({ range, status, aborted }));
}

function modelRequests(tag) {
  return server.log.filter((entry) => entry.path.includes(`tag=${tag}/`) && entry.path.includes('/models/'));
}

/** Shard indexes of the weights stored in IndexedDB right now. */
function storedShards(page) {
  return withDatabase(page, 'candor', async (db, request, weights) => {
    const keys = await request(db.transaction('shards').objectStore('shards').getAllKeys());
    return keys.filter((key) => key[3] === weights).map((key) => key[4]).sort((a, b) => a - b);
  }, 'model.safetensors');
}

test('a download needs consent for its size, and reports per-file and total bytes, rate and ETA', async () => {
  const tag = unique('consent');
  const context = await browser.newContext();
  try {
    // 30 MB/s: slow enough for several progress messages, fast enough for a short test.
    const page = await openWorker(context, faultBase(server, 'drip=30000000', tag));
    const refused = await ask(page, {
      type: 'start_download', model_id: MINILM,
      consent: { accepted_bytes: MINILM_TOTAL - 1, allow_upstream: false },
    });
    assert.equal(refused.body.type, 'error');
    assert.match(refused.body.message, /still needs 91335235 bytes, more than the 91335234 agreed to/);
    assert.deepEqual(modelRequests(tag), [], 'nothing is fetched without consent');

    const id = await send(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    const final = await answer(page, id);
    assert.equal(final.body.type, 'model_status', JSON.stringify(final.body));
    assert.equal(final.body.stored_bytes, MINILM_TOTAL);
    assert.ok(final.body.files.filter((f) => f.required).every((f) => f.verified));

    const progress = await progressOf(page, id);
    assert.ok(progress.length >= 5, `${progress.length} progress messages`);
    const weights = progress.filter((p) => p.path === 'model.safetensors');
    assert.ok(weights.every((p) => p.file_total_bytes === WEIGHTS_BYTES && p.total_bytes === MINILM_TOTAL));
    for (let i = 1; i < progress.length; i++) {
      assert.ok(progress[i].done_bytes >= progress[i - 1].done_bytes, 'done bytes never go back');
    }
    const measured = weights.filter((p) => p.bytes_per_second > 0 && p.eta_seconds > 0);
    assert.ok(measured.length > 0, 'rate and ETA are reported');
    const rate = measured[measured.length - 1].bytes_per_second;
    // Measured, not made up: never above what the server's 30 MB/s drip lets through.
    assert.ok(rate > 1e5 && rate < 45e6, `rate ${rate} B/s under the 30 MB/s drip`);
    const last = progress[progress.length - 1];
    assert.equal(last.done_bytes, MINILM_TOTAL);
  } finally {
    await context.close();
  }
});

test('cancel at about half stops the network within a second; resume fetches only the missing shards', async () => {
  const tag = unique('cancel');
  const context = await browser.newContext();
  try {
    const page = await openWorker(context, faultBase(server, 'drip=15000000', tag));
    const id = await send(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    await waitForDone(page, id, MINILM_TOTAL / 2);
    const cancel = await ask(page, { type: 'cancel_download', model_id: MINILM });
    assert.equal(cancel.body.type, 'model_status');
    const stopped = await answer(page, id);
    assert.equal(stopped.body.type, 'download_cancelled', JSON.stringify(stopped.body));
    const stopMs = stopped.at - cancel.at + cancel.elapsed;
    assert.ok(stopMs < 1000, `the download stopped ${stopMs} ms after the cancel`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = weightRequests(tag);
    const kept = await storedShards(page);
    assert.ok(kept.length >= 2 && kept.length < N_SHARDS, `kept shards ${kept}`);
    assert.deepEqual(kept, [...kept.keys()], 'the kept shards are the first ones');
    // Every request but the one in flight at the cancel (abandoned by the client) delivered a
    // shard that is kept; nothing was requested after the cancel.
    assert.deepEqual(before.filter((r) => !r.aborted).map((r) => r.range),
      kept.map((i) => shardRange(i, WEIGHTS_BYTES)));
    assert.ok(before.filter((r) => r.aborted).length <= 1, JSON.stringify(before));
    assert.equal(stopped.body.stored_bytes, 612 + 466247 + kept.length * SHARD);

    const resumed = await ask(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    assert.equal(resumed.body.type, 'model_status', JSON.stringify(resumed.body));
    assert.equal(resumed.body.stored_bytes, MINILM_TOTAL);
    const after = weightRequests(tag).slice(before.length).map((r) => r.range);
    const missing = [...Array(N_SHARDS).keys()].filter((i) => !kept.includes(i));
    assert.deepEqual(after, missing.map((i) => shardRange(i, WEIGHTS_BYTES)),
      'only the missing shards are fetched after the resume');
    assert.equal(modelRequests(tag).filter((e) => e.path.endsWith('/config.json')).length, 1,
      'verified files are not fetched again');
  } finally {
    await context.close();
  }
});

test('a reload mid-download resumes from the stored shards', async () => {
  const tag = unique('reload');
  const context = await browser.newContext();
  try {
    const page = await openWorker(context, faultBase(server, 'drip=15000000', tag));
    const id = await send(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    await waitForDone(page, id, MINILM_TOTAL / 2);
    await page.reload();
    const before = weightRequests(tag);
    const kept = await storedShards(page);
    assert.ok(kept.length >= 2 && kept.length < N_SHARDS, `kept shards ${kept}`);

    await startWorker(page);
    const status = await ask(page, { type: 'model_status', model_id: MINILM });
    assert.equal(status.body.partial_bytes, kept.length * SHARD, 'the stored shards are reported');
    const resumed = await ask(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    assert.equal(resumed.body.type, 'model_status', JSON.stringify(resumed.body));
    const after = weightRequests(tag).slice(before.length).map((r) => r.range);
    const missing = [...Array(N_SHARDS).keys()].filter((i) => !kept.includes(i));
    assert.deepEqual(after, missing.map((i) => shardRange(i, WEIGHTS_BYTES)));
    const check = await ask(page, { type: 'verify_model', model_id: MINILM });
    assert.deepEqual(check.body.files.map((f) => f.ok), [true, true, true]);
  } finally {
    await context.close();
  }
});

test('a flipped byte is rejected, nothing of it is kept, and the diagnostics show the source', async () => {
  const tag = unique('flip');
  const context = await browser.newContext();
  try {
    // Byte 20 000 000 is in shard 1 of the weights.
    const page = await openWorker(context, faultBase(server, 'flip=20000000', tag));
    const failed = await ask(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    assert.equal(failed.body.type, 'error');
    assert.match(failed.body.message,
      /^could not get all-minilm-l6-v2\/model\.safetensors from any source: hash mismatch for all-minilm-l6-v2\/model\.safetensors shard 1 \(bytes 16777216-33554431\) from http:\/\/127\.0\.0\.1:\d+\/_f\/flip=20000000,/);
    assert.deepEqual(weightRequests(tag).map((r) => r.range), [0, 1].map((i) => shardRange(i, WEIGHTS_BYTES)),
      'the source was dropped at its first bad shard');
    assert.deepEqual(await storedShards(page), [], 'no shard of the bad source is kept');

    const diagnostics = (await ask(page, { type: 'diagnostics' })).body;
    assert.equal(diagnostics.type, 'diagnostics');
    assert.equal(diagnostics.mode, 'deterministic');
    const minilm = diagnostics.models.find((m) => m.model_id === MINILM);
    assert.equal(minilm.complete, false);
    const weights = minilm.files.find((f) => f.path === 'model.safetensors');
    assert.deepEqual([weights.verified, weights.present, weights.stored_bytes], [false, false, 0]);
    assert.equal(weights.rejected.length, 1);
    assert.match(weights.rejected[0].source, /_f\/flip=20000000,.*model\.safetensors$/);
    assert.match(weights.rejected[0].reason, /shard 1 .*expected sha256 5391589e/);
    const config = minilm.files.find((f) => f.path === 'config.json');
    assert.deepEqual([config.verified, config.rejected.length], [true, 0]);
  } finally {
    await context.close();
  }
});

test('a record corrupted in IndexedDB is reported missing, never ranked, and refetched alone', async () => {
  const tag = unique('corrupt');
  const context = await browser.newContext();
  try {
    const page = await openWorker(context, faultBase(server, '', tag));
    const done = await ask(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    assert.equal(done.body.type, 'model_status');
    await page.reload();
    await withDatabase(page, 'candor', async (db, request) => {
      const tx = db.transaction('shards', 'readwrite');
      const store = tx.objectStore('shards');
      const keys = await request(store.getAllKeys());
      const key = keys.find((k) => k[3] === 'model.safetensors' && k[4] === 2);
      const record = await request(store.get(key));
      record.bytes = record.bytes.slice();
      record.bytes[12345] ^= 0x01;
      store.put(record, key);
      await new Promise((resolve) => { tx.oncomplete = resolve; });
    });
    await startWorker(page);
    // A match reads the weights back shard by shard, finds the damage and ranks without the
    // model, saying why.
    const matched = await ask(page, { type: 'match', resume: 'Rust engineer', jobs: [] });
    assert.equal(matched.body.type, 'matched', JSON.stringify(matched.body));
    assert.equal(matched.body.mode, 'deterministic');
    assert.equal(matched.body.notes.length, 1, JSON.stringify(matched.body.notes));
    assert.match(matched.body.notes[0],
      /^The MiniLM model was skipped: all-minilm-l6-v2\/model\.safetensors was damaged in browser storage and has been removed; download the model again \(shard 2 hashes to/);
    const status = await ask(page, { type: 'model_status', model_id: MINILM });
    assert.equal(status.body.stored_bytes, 612 + 466247, 'the damaged file is not counted as stored');
    assert.deepEqual(await storedShards(page), [0, 1, 3, 4, 5], 'only the damaged shard is dropped');

    const before = weightRequests(tag).length;
    const again = await ask(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    assert.equal(again.body.type, 'model_status');
    assert.deepEqual(weightRequests(tag).slice(before).map((r) => r.range), [shardRange(2, WEIGHTS_BYTES)]);
    const check = await ask(page, { type: 'verify_model', model_id: MINILM });
    assert.deepEqual(check.body.files.map((f) => f.ok), [true, true, true]);
  } finally {
    await context.close();
  }
});

test('a quota error mid-download keeps the verified files and says what to do', async () => {
  const tag = unique('quota');
  const context = await browser.newContext();
  try {
    const page = await openWorker(context, faultBase(server, '', tag));
    const cdp = await context.newCDPSession(page);
    const origin = server.url.replace(/\/$/, '');

    // A quota with room for the small files and about two shards: the browser's own
    // QuotaExceededError stops the download midway. (Chromium applies the override to writes but
    // not to `navigator.storage.estimate()`, so the check before the start, which reads the
    // estimate, passes here; it is unit-tested on its own.)
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 40_000_000 });
    const id = await send(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    const failed = await answer(page, id);
    assert.equal(failed.body.type, 'error', JSON.stringify(failed.body));
    assert.match(failed.body.message,
      /^not enough browser storage to save all-minilm-l6-v2\/model\.safetensors; files already verified are kept/);
    const status = (await ask(page, { type: 'model_status', model_id: MINILM })).body;
    const verified = status.files.filter((f) => f.verified).map((f) => f.path);
    assert.deepEqual(verified, ['config.json', 'tokenizer.json']);
    assert.ok(status.partial_bytes >= SHARD, `partial ${status.partial_bytes}`);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    const resumed = await ask(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    assert.equal(resumed.body.type, 'model_status', JSON.stringify(resumed.body));
    assert.equal(resumed.body.stored_bytes, MINILM_TOTAL);
  } finally {
    await context.close();
  }
});

test('diagnostics report mode, lock, files, storage, vectors and privacy, and delete removes the model', async () => {
  const tag = unique('diagnostics');
  const context = await browser.newContext();
  try {
    const page = await openWorker(context, faultBase(server, '', tag));
    const empty = (await ask(page, { type: 'diagnostics' })).body;
    assert.equal(empty.mode, 'deterministic');
    await ask(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    const marker = 'Zanzibar-private-marker';
    const matched = await ask(page, {
      type: 'match', resume: `Rust engineer ${marker}`,
      jobs: [{ id: 'j', title: 'Rust engineer', company: 'c', location: 'l', description: 'd' }],
    });
    assert.equal(matched.body.type, 'matched', JSON.stringify(matched.body));
    assert.equal(matched.body.mode, 'mini_lm');

    const reply = await ask(page, { type: 'diagnostics' });
    const diagnostics = reply.body;
    assert.ok(!JSON.stringify(reply).includes(marker), 'no user text in the diagnostics');
    assert.equal(diagnostics.mode, 'mini_lm');
    assert.match(diagnostics.lock_hash, /^[0-9a-f]{64}$/);
    assert.equal(diagnostics.schema_version, 2);
    assert.deepEqual(diagnostics.models.map((m) => m.model_id),
      ['qwen3-embedding-0.6b', 'qwen3-reranker-0.6b', MINILM]);
    const minilm = diagnostics.models.find((m) => m.model_id === MINILM);
    assert.deepEqual([minilm.complete, minilm.runnable, minilm.backend, minilm.native_dimension],
      [true, true, 'candle-bert', 384]);
    const weights = minilm.files.find((f) => f.path === 'model.safetensors');
    assert.deepEqual([weights.present, weights.verified, weights.stored_bytes, weights.shards_stored, weights.shards_total],
      [true, true, WEIGHTS_BYTES, 6, 6]);
    // This build runs Qwen3; it is simply not stored.
    const qwen = diagnostics.models.find((m) => m.model_id === 'qwen3-embedding-0.6b');
    assert.deepEqual([qwen.complete, qwen.runnable], [false, true]);
    assert.ok(diagnostics.storage.usage_bytes >= WEIGHTS_BYTES, JSON.stringify(diagnostics.storage));
    assert.ok(diagnostics.storage.quota_bytes > diagnostics.storage.usage_bytes);
    assert.equal(diagnostics.storage.model_bytes, MINILM_TOTAL);
    // The ranked posting's vector is cached (never the resume's).
    assert.deepEqual(diagnostics.vectors, { valid: 1, stale: 0 });
    assert.equal(diagnostics.privacy, 'same_origin_only');
    assert.deepEqual(diagnostics.downloading, []);

    const deleted = await ask(page, { type: 'delete_model', model_id: MINILM });
    assert.equal(deleted.body.type, 'model_status');
    assert.deepEqual([deleted.body.stored_bytes, deleted.body.partial_bytes], [0, 0]);
    const left = await withDatabase(page, 'candor', async (db, request) => [
      await request(db.transaction('files').objectStore('files').count()),
      await request(db.transaction('shards').objectStore('shards').count()),
    ]);
    assert.deepEqual(left, [0, 0]);
    const after = (await ask(page, { type: 'diagnostics' })).body;
    assert.equal(after.mode, 'deterministic');
    assert.deepEqual(after.vectors, { valid: 0, stale: 0 }, 'the model\'s cached vectors go with it');
  } finally {
    await context.close();
  }
});
