// The model worker stopping on an error nothing in it caught, mid-ranking with the model,
// mid-download and mid-import. The fault is raised in the worker's own event loop as an uncaught
// error (what a Rust panic trapping the wasm module raises). Each time the page says so in plain
// words, leaves its busy state, starts a fresh worker, keeps everything stored before exactly as
// it was (every IndexedDB record compared before and after), and the next request works.
// Last, a real fault: the real MiniLM loaded by a worker whose wasm memory is capped below what
// the model needs (the server's `wasmmax` fault), which runs out of memory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { openApp, rankAndWait, untilAnswered, writePostings } from './page.mjs';
import { SHARD, faultBase } from './worker_harness.mjs';

const DOWNLOAD_TIMEOUT = 180_000;
const IMPORTED = 1000;
const CRASHED = /^The model worker stopped on an error \(.*injected fault.*\) and was started again\. What it was doing did not finish; everything stored before is kept\./;

let browser;
let server;
let dir;
before(async () => { browser = await launch(); server = await serve(); dir = await mkdtemp(join(tmpdir(), 'candor-crash-')); });
after(async () => { await browser?.close(); await server?.close(); await rm(dir, { recursive: true, force: true }); });

/** The page's one model worker. */
function modelWorker(page) {
  const workers = page.workers().filter((worker) => worker.url().endsWith('/worker.js'));
  assert.equal(workers.length, 1, 'one model worker runs');
  return workers[0];
}

/**
 * Makes the page's model worker raise an uncaught error from its own event loop: at once, or
 * (`onNextMessage`) at the first pause of its work on the next message it gets, so the fault
 * lands inside that request.
 */
async function crashWorker(page, { onNextMessage = false } = {}) {
  await modelWorker(page).evaluate((onNextMessage) => {
    const crash = () => setTimeout(() => { throw new Error('injected fault'); });
    if (onNextMessage) self.addEventListener('message', crash, { once: true });
    else crash();
  }, onNextMessage);
}

/**
 * Crashes the worker (inside the request `start` sends, when given) and waits until the page
 * said so and listed the stored jobs again, which the fresh worker answers once it is ready;
 * returns the alert's text.
 */
async function crashAndRecover(page, start) {
  const crashed = modelWorker(page);
  const closed = new Promise((resolve) => crashed.once('close', resolve));
  const alert = await untilAnswered(page, ['error', 'stored-jobs'], async () => {
    await crashWorker(page, { onNextMessage: Boolean(start) });
    await start?.();
  });
  await closed;
  assert.notEqual(modelWorker(page), crashed, 'a fresh worker runs in place of the crashed one');
  return alert.textContent();
}

/**
 * Every record of every IndexedDB database of the origin, as `database/store` → key → digest
 * of its value (SHA-256 of its bytes, or of its JSON with bytes digested in place).
 */
function snapshot(page) {
  return page.evaluate(async () => {
    const request = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const hex = async (bytes) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
      .map((b) => b.toString(16).padStart(2, '0')).join('');
    const digest = async (value) => {
      if (value instanceof Blob) return `blob:${await hex(await value.arrayBuffer())}`;
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return `bytes:${await hex(value)}`;
      if (Array.isArray(value)) return Promise.all(value.map(digest));
      if (value && typeof value === 'object') {
        const out = {};
        for (const [key, v] of Object.entries(value)) out[key] = await digest(v);
        return out;
      }
      return value;
    };
    const out = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name));
      for (const storeName of db.objectStoreNames) {
        const store = db.transaction(storeName).objectStore(storeName);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        const records = {};
        for (const [i, key] of keys.entries()) {
          records[JSON.stringify(key)] = await hex(new TextEncoder().encode(JSON.stringify(await digest(values[i]))));
        }
        out[`${name}/${storeName}`] = records;
      }
      db.close();
    }
    return out;
  });
}

/** The records of `before` that `after` lost or changed, and the stores `after` added records to. */
function compare(before, after) {
  const changed = [];
  const grew = new Set();
  for (const [store, records] of Object.entries(before)) {
    for (const [key, digest] of Object.entries(records)) {
      if (after[store]?.[key] !== digest) changed.push(`${store} ${key}`);
    }
  }
  for (const [store, records] of Object.entries(after)) {
    if (Object.keys(records).some((key) => !(key in (before[store] ?? {})))) grew.add(store);
  }
  return { changed, grew: [...grew].sort() };
}

async function newPage(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, url);
  return { context, page };
}

test('a crash mid-ranking: the page says so, keeps what was stored, and the next ranking works', async () => {
  const { context, page } = await newPage(server.url);
  try {
    await page.click('#download-model');
    await page.getByTestId('model-status').filter({ hasText: 'stored in this browser' })
      .waitFor({ timeout: DOWNLOAD_TIMEOUT });
    const { path, resume } = await writePostings(join(dir, 'ranked.json'), 40);
    await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', path));
    await page.fill('#resume', resume);
    const stored = await snapshot(page);

    // Crash once the model has embedded some postings but not all.
    await page.click('#rank');
    await page.waitForFunction(() => {
      const progress = document.querySelector('[data-testid=match-progress] progress');
      return progress && progress.value > 0 && progress.value < progress.max;
    }, null, { timeout: DOWNLOAD_TIMEOUT });
    assert.match(await crashAndRecover(page), CRASHED);
    await page.locator('#rank[aria-disabled=false]').waitFor();

    const { changed, grew } = compare(stored, await snapshot(page));
    assert.deepEqual(changed, [], 'every record stored before the crash is there, unchanged');
    // What the ranking finished before the crash is kept, each record written whole: the
    // vectors of the postings embedded so far and the postings' preparations (and the index
    // snapshot the new worker writes once it has prepared them again).
    const derived = ['candor/vectors', 'candor-user/prepared', 'candor-user/snapshots'];
    assert.deepEqual(grew.filter((store) => !derived.includes(store)), []);
    assert.ok(grew.includes('candor/vectors'), 'some vectors were cached before the crash');

    assert.match(await rankAndWait(page, DOWNLOAD_TIMEOUT), /^Ranked by all-minilm-l6-v2 with/);
    assert.equal(await page.locator('#matches > li').count(), 40);
  } finally {
    await context.close();
  }
});

test('a crash mid-download: the verified shards are kept, the model is not offered as stored, Retry finishes it', async () => {
  // 4 MB/s: the 91 MB of weights take about 20 s, time enough to crash after the first shard.
  const { context, page } = await newPage(faultBase(server, 'drip=4000000', `crash-${Date.now()}`));
  try {
    const stored = await snapshot(page);
    await page.click('#download-model');
    await page.waitForFunction((bytes) => {
      const progress = document.querySelector('[data-testid=download-progress] progress');
      return progress && progress.value > bytes;
    }, SHARD + 1_000_000, { timeout: DOWNLOAD_TIMEOUT });
    assert.match(await crashAndRecover(page), CRASHED);

    const error = page.getByTestId('download-error');
    assert.match(await error.textContent(), /model worker stopped on an error/);
    assert.doesNotMatch(await page.getByTestId('model-status').textContent(), /stored in this browser/);
    const { changed } = compare(stored, await snapshot(page));
    assert.deepEqual(changed, []);

    // The shards verified before the crash are kept: Retry resumes after them.
    const retry = await page.locator('#download-model').textContent();
    const kept = Number(/^Retry: resume download \(([\d.]+) MB of 91\.3 MB stored\)$/.exec(retry)?.[1]);
    assert.ok(kept * 1e6 >= SHARD, `at least one shard is kept: ${retry}`);
    await page.click('#download-model');
    await page.getByTestId('model-status').filter({ hasText: 'stored in this browser' })
      .waitFor({ timeout: DOWNLOAD_TIMEOUT });
  } finally {
    await context.close();
  }
});

test('a crash mid-import: the import is stored whole or not at all, and importing again works', async () => {
  const { context, page } = await newPage(server.url);
  try {
    const { path } = await writePostings(join(dir, 'imported.json'), IMPORTED);
    const stored = await snapshot(page);
    assert.match(await crashAndRecover(page, () => page.setInputFiles('#import-jobs', path)), CRASHED);
    const count = Number((await page.getByTestId('stored-jobs').textContent()).match(/^(\d+) jobs stored/)?.[1] ?? 0);
    assert.ok(count === 0 || count === IMPORTED, `the import is stored whole or not at all, not ${count} jobs`);
    const after = await snapshot(page);
    assert.deepEqual(compare(stored, after).changed, []);
    assert.equal(Object.keys(after['candor-user/prepared'] ?? {}).length, count, 'each stored posting has its preparation');

    const report = await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', path));
    assert.match(await report.textContent(), /^Imported imported\.json: /);
    assert.match(await page.getByTestId('stored-jobs').textContent(), new RegExp(`^${IMPORTED} jobs stored`));
  } finally {
    await context.close();
  }
});

test('a model that does not fit in memory: the page says so, keeps everything, and ranks without it until reloaded', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await openApp(page, server.url);
    await page.click('#download-model');
    await page.getByTestId('model-status').filter({ hasText: 'stored in this browser' })
      .waitFor({ timeout: DOWNLOAD_TIMEOUT });
    const { path, resume } = await writePostings(join(dir, 'oom.json'), 40);
    await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', path));
    const stored = await snapshot(page);

    // The same origin (so the same IndexedDB), its wasm memory capped at 64 MiB: room for the
    // worker and the postings, not for MiniLM's 91 MB of weights. No fault is injected in the
    // worker: loading the real model in the real worker runs out of memory.
    await openApp(page, faultBase(server, 'wasmmax=64', `oom-${Date.now()}`));
    await page.fill('#resume', resume);
    const crashed = modelWorker(page);
    const alert = await untilAnswered(page, ['error', 'stored-jobs'], () => page.click('#rank'), { timeout: DOWNLOAD_TIMEOUT });
    assert.match(await alert.textContent(),
      /^The model worker stopped on an error \(it ran out of memory: the worker could not get [\d.]+ MB more memory\) and was started again\./);
    assert.notEqual(modelWorker(page), crashed, 'a fresh worker runs in place of the crashed one');
    await page.locator('#rank[aria-disabled=false]').waitFor();
    const { changed, grew } = compare(stored, await snapshot(page));
    assert.deepEqual(changed, [], 'every record stored before is there, unchanged');
    assert.deepEqual(grew.filter((store) => !['candor-user/prepared', 'candor-user/snapshots'].includes(store)), [],
      'no vector was cached');

    // The next ranking leaves the model out (loading it would stop the worker again) and says why.
    assert.match(await rankAndWait(page), /^Ranked by keyword, skill, experience, location and salary signals only\. Grades/);
    assert.match(await page.locator('.notes').textContent(),
      /The models were left out of this ranking: the last ranking with them stopped the model worker \(it ran out of memory: the worker could not get [\d.]+ MB more memory\)\. Reload the page to try them again\./);
    assert.equal(await page.locator('#matches > li').count(), 40);

    // With the memory to spare again, the model kept whole ranks.
    await openApp(page, server.url);
    await page.fill('#resume', resume);
    assert.match(await rankAndWait(page, DOWNLOAD_TIMEOUT), /^Ranked by all-minilm-l6-v2 with/);
  } finally {
    await context.close();
  }
});
