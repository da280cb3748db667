// The first real slice, end to end in headless Chromium: download the default model through the
// worker (verified against models.lock.toml, stored in IndexedDB), rank the sample jobs for a
// pasted resume, reload without refetching, and reject a tampered mirror (matching then runs on
// the deterministic signals alone, and says so).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { rankAndWait } from './page.mjs';

const RESUME = `Senior backend engineer. Eight years of Rust and Go building distributed
services: Tokio, gRPC, PostgreSQL, Kafka. Ran production Kubernetes clusters, wrote Terraform,
on-call for payment APIs.`;
const DOWNLOAD_TIMEOUT = 180_000;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens the app in a fresh profile and records every request the page and its workers make. */
async function openApp(server) {
  const context = await browser.newContext();
  const outgoing = [];
  context.on('request', (request) => outgoing.push({ url: request.url(), body: request.postData() ?? '' }));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('model-status').filter({ hasNotText: 'Starting' }).waitFor();
  return { context, page, outgoing };
}

/** The number of verified model files in IndexedDB (layout v2: records in `files`). */
async function storedRecordCount(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('candor');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('files')) return resolve(0);
      const all = db.transaction('files').objectStore('files').getAll();
      all.onsuccess = () => resolve(all.result.filter((record) => record.verified).length);
      all.onerror = () => reject(all.error);
    };
  }));
}

async function rankedIds(page) {
  await page.fill('#resume', RESUME);
  // A model run first shows the cheap signals' ranking ("A first ranking …"); wait for the final.
  await rankAndWait(page);
  return page.locator('#matches > li').evaluateAll((items) => items.map((li) => li.dataset.jobId));
}

test('download, verify, store, rank, and rank again after reload without refetching', async () => {
  const server = await serve();
  try {
    const { context, page, outgoing } = await openApp(server);
    const status = page.getByTestId('model-status');
    assert.match(await status.textContent(), /not downloaded yet/);

    await page.click('#download-model');
    await status.filter({ hasText: 'stored in this browser' }).waitFor({ timeout: DOWNLOAD_TIMEOUT });
    assert.equal(await storedRecordCount(page), 3, 'the three required MiniLM files are stored');

    const ids = await rankedIds(page);
    assert.match(await page.getByTestId('ranked-by').textContent(), /^Ranked by all-minilm-l6-v2 with/);
    assert.equal(ids.length, 6);
    assert.equal(ids[0], 'sample-rust-backend');
    assert.ok(ids.indexOf('sample-rust-backend') < ids.indexOf('sample-pastry-chef'));

    server.requests.length = 0;
    await page.reload();
    await status.filter({ hasText: 'stored in this browser' }).waitFor();
    assert.deepEqual(await rankedIds(page), ids, 'same ranking from the stored model');
    assert.deepEqual(server.requests.filter((path) => path.includes('/models/')), [],
      'no model file is fetched again after a reload');

    for (const { url, body } of outgoing) {
      assert.ok(url.startsWith(server.url), `only the app's own origin is contacted, not ${url}`);
      assert.ok(!url.includes('Kubernetes') && !body.includes('Kubernetes'), `resume text sent in ${url}`);
    }
    await context.close();
  } finally {
    await server.close();
  }
});

test('a tampered model file is rejected by hash and nothing is stored', async () => {
  const server = await serve({ tamper: true });
  try {
    const { context, page } = await openApp(server);
    await page.click('#download-model');
    // The download's own error (the panel clears it when a download starts).
    const alert = page.getByTestId('download-error');
    await alert.waitFor({ timeout: DOWNLOAD_TIMEOUT });
    assert.match(await alert.textContent(), /hash mismatch for all-minilm-l6-v2\/config\.json/);
    assert.match(await page.getByTestId('model-status').textContent(), /not downloaded yet/);
    assert.equal(await storedRecordCount(page), 0);
    // Matching still works without the model, on the keyword and skill signals, and says so.
    const ids = await rankedIds(page);
    assert.equal(ids[0], 'sample-rust-backend');
    assert.match(await page.getByTestId('ranked-by').textContent(), /only: no model is stored/);
    await context.close();
  } finally {
    await server.close();
  }
});
