// The models panel, driven through the page as a person would: the consent button names the
// size, a download shows progress with rate and time left, Cancel stops the network and keeps
// the verified shards (the button then offers to resume from them), the resume verifies, the
// diagnostics say MiniLM runs, Verify re-checks the bytes, and Delete (after an in-page
// confirmation) removes everything. A tampered source gives a hash-mismatch error in words and a
// Retry button; a browser without room refuses before any request. axe finds nothing in the
// panel at each step.
//
// Each test loads the page under its own fault prefix (see server.mjs), so the server's request
// log tells exactly what this test's worker fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { axeViolations } from './page.mjs';
import { MINILM, MINILM_FILES, MINILM_TOTAL, SHARD, faultBase, shardRange, withDatabase } from './worker_harness.mjs';

const DOWNLOAD_TIMEOUT = 180_000;
const WEIGHTS_BYTES = MINILM_FILES['model.safetensors'];
const N_SHARDS = Math.ceil(WEIGHTS_BYTES / SHARD);
const SMALL_FILES = MINILM_FILES['config.json'] + MINILM_FILES['tokenizer.json'];

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

let runs = 0;
const unique = (name) => `${name}-${Date.now()}-${runs++}`;

/** "91.3 MB", as the panel words sizes. */
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Opens the app under a fault prefix in a fresh 360 px wide profile. Every message the page
 * posts to its worker is recorded in `window.posted` (to read the consent it sends), and every
 * request of the page and its worker in `outgoing`.
 */
async function openApp(faults, tag) {
  // axe is injected as a script, which the app's own CSP would (rightly) refuse.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 800 } });
  await context.addInitScript(() => {
    window.posted = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      window.posted.push(JSON.parse(JSON.stringify(message)));
      return post.call(this, message, ...rest);
    };
  });
  const outgoing = [];
  context.on('request', (request) => outgoing.push(request.url()));
  const page = await context.newPage();
  await page.goto(faultBase(server, faults, tag));
  await page.getByTestId('model-status').filter({ hasNotText: 'Starting' }).waitFor();
  return { context, page, outgoing };
}

/** The download requests the page posted, oldest first. */
function startDownloads(page) {
  return page.evaluate(() => window.posted.filter((m) => m.body.type === 'start_download').map((m) => m.body));
}

/** axe's violations inside the models panel, as readable lines. */
const panelViolations = (page) => axeViolations(page, '#models-panel');

/** This test's requests for MiniLM's weights: {range, status, sent, aborted}. */
function weightRequests(tag) {
  return server.log.filter((entry) => entry.path.includes(`tag=${tag}/`) && entry.path.endsWith('/model.safetensors'));
}

/** Shard indexes of the weights in IndexedDB. */
function storedShards(page) {
  return withDatabase(page, 'candor', async (db, request, weights) => {
    const keys = await request(db.transaction('shards').objectStore('shards').getAllKeys());
    return keys.filter((key) => key[3] === weights).map((key) => key[4]).sort((a, b) => a - b);
  }, 'model.safetensors');
}

/** How many file records IndexedDB holds. */
function storedFileRecords(page) {
  return withDatabase(page, 'candor', async (db, request) =>
    request(db.transaction('files').objectStore('files').count()));
}

function minilmCard(page) {
  return page.locator(`.model-card[data-model-id="${MINILM}"]`);
}

test('download with consent, progress, cancel, resume, diagnostics, verify and delete from the page', async () => {
  const tag = unique('panel');
  // 12 MB/s: about eight seconds for MiniLM, time enough to watch it and cancel midway.
  const { context, page, outgoing } = await openApp('drip=12000000', tag);
  try {
    const status = page.getByTestId('model-status');
    const download = page.locator('#download-model');
    assert.match(await status.textContent(), /not downloaded yet/);
    assert.equal(await download.textContent(), `Download ${MINILM} (91.3 MB)`, 'the button names the size');
    assert.match(await page.locator('#models-panel').textContent(),
      /Matching works without any model: keyword, skill, experience, location and salary signals/);
    // Every model of the lock is listed with its kind, size and license.
    for (const [id, kind] of [[MINILM, 'embedding model'], ['qwen3-embedding-0.6b', 'embedding model'], ['qwen3-reranker-0.6b', 'reranker']]) {
      const card = page.locator(`.model-card[data-model-id="${id}"]`);
      await card.filter({ hasText: 'license Apache-2.0' }).waitFor();
      assert.match(await card.textContent(), new RegExp(`${kind} · [\\d.]+ [MG]B · license Apache-2.0 · runs in this build`));
    }
    assert.deepEqual(await panelViolations(page), [], 'before the download');

    // Start: the request carries consent to exactly the size on the button, same origin only.
    await download.click();
    const progress = minilmCard(page).getByTestId('download-progress');
    await progress.waitFor();
    // The request is posted once the browser answered the ask for persistent storage, which
    // can come after the progress shows.
    await page.waitForFunction(() => window.posted.some((m) => m.body.type === 'start_download'));
    const [consented] = await startDownloads(page);
    assert.equal(consented.model_id, MINILM);
    assert.equal(consented.consent.accepted_bytes, MINILM_TOTAL);
    assert.equal(consented.consent.allow_upstream, false);
    assert.equal(typeof consented.consent.persisted, 'boolean', 'the page asked for persistent storage');
    assert.match(await page.getByTestId('persist-status').textContent(), /persistent storage/);
    assert.doesNotMatch(await page.getByTestId('persist-status').textContent(), /is requested/);

    // Progress: bar, bytes, the file, then a measured rate and time left.
    const rateText = page.getByTestId('download-rate');
    await rateText.filter({ hasText: /^\d+ kB\/s|\d+\.\d MB\/s · about \d+ (s|min) left$/ }).waitFor();
    // The rate settles once the weights stream; it is measured, so never above the drip.
    await page.waitForFunction(() => /^([2-9]|\d\d+)\.\d MB\/s · about \d+ (s|min) left$/
      .test(document.querySelector('[data-testid=download-rate]')?.textContent ?? ''), null, { timeout: 30_000 });
    const rate = Number((await rateText.textContent()).split(' ')[0]);
    assert.ok(rate < 18, `${rate} MB/s under the 12 MB/s drip`);
    assert.match(await page.getByTestId('download-progress-text').textContent(),
      /^\d+\.\d MB of 91\.3 MB \(\d+%\) · (config\.json|tokenizer\.json|model\.safetensors) \(/);
    assert.equal(await progress.locator('progress').getAttribute('max'), String(MINILM_TOTAL));
    assert.equal(await page.getByTestId('download-progress-text').getAttribute('aria-live'), 'polite',
      'the progress text is announced politely');
    assert.deepEqual(await panelViolations(page), [], 'during the download');

    // Cancel at about 40 %: the network stops and the verified shards stay for the resume.
    await page.waitForFunction(() => {
      const bar = document.querySelector('[data-testid=download-progress] progress');
      return bar && Number(bar.value) >= 0.4 * Number(bar.max);
    }, null, { timeout: 60_000 });
    await minilmCard(page).getByRole('button', { name: 'Cancel download' }).click();
    await progress.waitFor({ state: 'detached' });
    const resume = page.getByRole('button', { name: /^Resume download/ });
    await resume.waitFor();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sentAtCancel = weightRequests(tag).map((entry) => entry.sent);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(weightRequests(tag).map((entry) => entry.sent), sentAtCancel,
      'no byte of the weights is sent after the cancel');
    const kept = await storedShards(page);
    assert.ok(kept.length >= 1 && kept.length < N_SHARDS, `kept shards ${kept}`);
    const storedBytes = SMALL_FILES + kept.length * SHARD;
    assert.equal(await resume.textContent(), `Resume download (${mb(storedBytes)} of 91.3 MB stored)`);
    assert.equal(await download.textContent(), await resume.textContent(), 'the resume button is #download-model');
    assert.match(await status.textContent(), /partly downloaded/);
    assert.deepEqual(await panelViolations(page), [], 'after the cancel');

    // Resume, this time allowing the upstream host: only the missing shards are fetched (this
    // site's copy is fine, so no other host is contacted), and the files verify.
    await page.getByLabel(/Also allow the model's upstream host \(huggingface\.co\)/).check();
    const requestsBefore = weightRequests(tag).length;
    await resume.click();
    await status.filter({ hasText: 'stored in this browser' }).waitFor({ timeout: DOWNLOAD_TIMEOUT });
    const resumed = (await startDownloads(page))[1];
    assert.deepEqual([resumed.consent.accepted_bytes, resumed.consent.allow_upstream],
      [MINILM_TOTAL - storedBytes, true]);
    const missing = [...Array(N_SHARDS).keys()].filter((i) => !kept.includes(i));
    assert.deepEqual(weightRequests(tag).slice(requestsBefore).map((entry) => entry.range),
      missing.map((i) => shardRange(i, WEIGHTS_BYTES)), 'only the missing shards are fetched');
    assert.equal(await storedFileRecords(page), 3);
    await minilmCard(page).filter({ hasText: 'Stored in this browser and verified.' }).waitFor();
    assert.equal(await download.count(), 0, 'no download button for a stored model');

    // Diagnostics: MiniLM runs, its three files are verified, and the user's choice shows.
    await page.getByText('Diagnostics', { exact: true }).click();
    await page.getByTestId('diagnostics-mode').filter({ hasText: /^MiniLM/ }).waitFor();
    const files = page.getByTestId('diagnostics-files').locator(`li[data-model-id="${MINILM}"]`);
    assert.equal(await files.textContent(), `${MINILM}: 3 of 3 files verified (91.3 MB of 91.3 MB)`);
    assert.match(await page.getByTestId('diagnostics-lock-hash').textContent(), /^[0-9a-f]{64}$/);
    assert.equal(await page.getByTestId('diagnostics-schema').textContent(), 'version 2');
    assert.match(await page.getByTestId('diagnostics-privacy').textContent(), /^Upstream allowed/);
    assert.match(await page.getByTestId('diagnostics-storage').textContent(),
      /^[\d.]+ [MG]B used of [\d.]+ [MG]B allowed for this site; model files 91\.3 MB; /);
    assert.match(await page.getByTestId('diagnostics-vectors').textContent(), /^\d+ valid, \d+ stale$/);
    assert.deepEqual(await panelViolations(page), [], 'diagnostics open');
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(widths[0] <= widths[1], `no horizontal scrolling at 360 px with the diagnostics open (${widths})`);

    // Verify re-reads every stored byte against the lock.
    await minilmCard(page).getByRole('button', { name: 'Verify stored files' }).click();
    const integrity = minilmCard(page).getByTestId('integrity-report');
    await integrity.waitFor();
    assert.match(await integrity.textContent(),
      /^Checked 3 files \(91\.3 MB\) in \d+\.\d s: every stored byte matches its pinned SHA-256\./);

    // Delete asks first, in the page; "Keep it" keeps it.
    await minilmCard(page).getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = minilmCard(page).getByTestId('delete-confirm');
    await confirm.waitFor();
    assert.match(await confirm.textContent(), /Delete all-minilm-l6-v2 from this browser\? Its 91\.3 MB of files/);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), `Delete ${MINILM}`,
      'focus moves to the confirmation');
    assert.deepEqual(await panelViolations(page), [], 'confirming the delete');
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await confirm.waitFor({ state: 'detached' });
    assert.equal(await storedFileRecords(page), 3, 'nothing is deleted without the confirmation');

    await minilmCard(page).getByRole('button', { name: 'Delete', exact: true }).click();
    await confirm.getByRole('button', { name: `Delete ${MINILM}` }).click();
    await status.filter({ hasText: 'not downloaded yet' }).waitFor();
    assert.equal(await download.textContent(), `Download ${MINILM} (91.3 MB)`);
    await page.getByTestId('diagnostics-mode').filter({ hasText: /^Deterministic signals only/ }).waitFor();
    assert.equal(await files.textContent(), `${MINILM}: 0 of 3 files verified (0.0 MB of 91.3 MB)`);
    assert.equal(await storedFileRecords(page), 0);
    assert.deepEqual(await storedShards(page), []);

    for (const url of outgoing) {
      assert.ok(url.startsWith(server.url), `only the app's own origin is contacted, not ${url}`);
    }
  } finally {
    await context.close();
  }
});

test('a tampered source gives a readable hash-mismatch error and a Retry button that recovers', async () => {
  const tag = unique('tampered');
  // Byte 20 000 000 (in shard 1 of the weights) is flipped on the first two requests for each
  // file; the retry's requests are honest.
  const { context, page } = await openApp('flip=20000000,first=2', tag);
  try {
    await page.click('#download-model');
    const error = minilmCard(page).getByTestId('download-error');
    await error.waitFor({ timeout: DOWNLOAD_TIMEOUT });
    const text = await error.textContent();
    assert.match(text, /did not match its pinned SHA-256, so it was rejected and none of its bytes were kept/);
    assert.match(text, /hash mismatch for all-minilm-l6-v2\/model\.safetensors shard 1 \(bytes 16777216-33554431\)/);
    assert.equal(await page.getByRole('alert').count(), 1, 'the error is shown once, in the panel');
    // The small files verified before the bad shard are kept, so the retry resumes after them.
    const retry = page.getByRole('button', { name: `Retry: resume download (${mb(SMALL_FILES)} of 91.3 MB stored)` });
    await retry.waitFor();
    assert.equal(await retry.getAttribute('id'), 'download-model');
    assert.deepEqual(await storedShards(page), [], 'no shard of the bad source is kept');
    assert.deepEqual(await panelViolations(page), [], 'after the error');

    await retry.click();
    await page.getByTestId('model-status').filter({ hasText: 'stored in this browser' }).waitFor({ timeout: DOWNLOAD_TIMEOUT });
    assert.equal(await error.count(), 0, 'the error goes with the successful retry');
    assert.equal(await storedFileRecords(page), 3);
  } finally {
    await context.close();
  }
});

test('a browser without room for the model refuses before any request, in megabytes', async () => {
  const tag = unique('room');
  const { context, page } = await openApp('', tag);
  try {
    // The page reads the estimate itself; this browser now says 50 MB are left.
    await page.evaluate(() => {
      StorageManager.prototype.estimate = async () => ({ usage: 1_000_000, quota: 51_000_000 });
    });
    await page.click('#download-model');
    const error = minilmCard(page).getByTestId('download-error');
    await error.waitFor();
    assert.match(await error.textContent(),
      /Not enough room: all-minilm-l6-v2 needs 91\.3 MB more, but this browser lets this site store only 50\.0 MB more/);
    assert.deepEqual(await startDownloads(page), [], 'no download was asked of the worker');
    assert.deepEqual(server.log.filter((entry) => entry.path.includes(`tag=${tag}/`) && entry.path.includes('/models/')), []);
    assert.match(await page.locator('#download-model').textContent(), /^Retry download of all-minilm-l6-v2 \(91\.3 MB\)$/);
  } finally {
    await context.close();
  }
});
