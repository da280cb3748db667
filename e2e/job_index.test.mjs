// A published job index through the real worker: the site's sample index (built by the setup
// from the sample postings with MiniLM, `.ci/build-sample-index.sh`) added in one click, its
// postings ranked with no posting embedded in the browser, offline too; cancelled midway;
// refused, with nothing kept, when the model is missing, a shard was changed, an older version is
// offered, or it was built with another model; and replaced by a newer version that withdraws a
// posting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { axeViolations, fixture, openApp, rankAndWait, serviceWorkerState, untilAnswered } from './page.mjs';

const DOWNLOAD_TIMEOUT = 180_000;
const NURSE = 'Registered Nurse, Medical-Surgical Unit';
const SAMPLE_MANIFEST = fixture('../dist/indexes/sample/manifest.json');

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** Clicks the site's offer of the sample index and waits for the worker's answer to it. */
async function addSampleIndex(page) {
  await untilAnswered(page, 'job-index-answers',
    () => page.getByRole('button', { name: 'Add the index “Sample postings”' }).click());
}

/** Types `url` and `pin` into the form, adds, and returns the alert a refusal raised ('' when none). */
async function addByAddress(page, url, pin) {
  if (!(await page.locator('#index-url').isVisible())) {
    await page.getByText('Add a job index by its address', { exact: true }).click();
  }
  await page.fill('#index-url', url);
  await page.fill('#index-pin', pin);
  await untilAnswered(page, 'job-index-answers', () => page.click('#add-index'));
  const alert = page.getByTestId('error');
  return (await alert.count()) ? alert.textContent() : '';
}

/** Downloads MiniLM from the site's mirror and waits until it is stored and verified. */
async function downloadMiniLm(page) {
  await page.click('#download-model');
  await page.getByTestId('model-status').filter({ hasText: 'stored in this browser' })
    .waitFor({ timeout: DOWNLOAD_TIMEOUT });
}

/** Opens the app at `url`, stores MiniLM and adds the site's sample index (6 postings). */
async function withSampleIndex(page, url) {
  await openApp(page, url);
  await downloadMiniLm(page);
  await addSampleIndex(page);
  await page.getByTestId('stored-jobs').filter({ hasText: '6 jobs stored' }).waitFor();
}

const storedJobs = (page) => page.getByTestId('stored-jobs').textContent();

/** Opens the page again and returns what is stored: the jobs line and the indexes added. */
async function storedAfterReload(page) {
  await openApp(page, server.url);
  await page.waitForFunction(() =>
    Number(document.querySelector('[data-testid="added-indexes"]')?.dataset.generation ?? 0) > 0);
  return [await storedJobs(page), await page.getByTestId('added-indexes').locator('li').allTextContents()];
}

test('the sample index is added in one click, ranked without embedding a posting, and a bad one is refused', async () => {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await openApp(page, server.url);
  assert.match(await storedJobs(page), /^No jobs stored yet/);

  // Without the model the index was built with, it is refused and says what to download.
  await addSampleIndex(page);
  assert.match(await page.getByTestId('error').textContent(),
    /built with all-minilm-l6-v2: download and verify it under Models and diagnostics first/);
  const [jobsBefore, indexesBefore] = await storedAfterReload(page);
  assert.match(jobsBefore, /^No jobs stored yet/);
  assert.deepEqual(indexesBefore, []);

  await downloadMiniLm(page);
  // Cancelled while its vectors are on their way: the download shows what arrived, and
  // nothing of the index is kept.
  const heldShard = '**/indexes/sample/vectors-f32-00000.bin';
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(heldShard, async (route) => {
    await released;
    await route.continue().catch(() => {});
  });
  const postingsBytes = (await readFile(fixture('../dist/indexes/sample/postings-00000.jsonl'))).length;
  const download = page.getByTestId('index-download');
  const arrived = `${Math.round(postingsBytes / 1000)} kB of`;
  await page.getByRole('button', { name: 'Add the index “Sample postings”' }).click();
  await download.filter({ hasText: `Fetching “Sample postings”: ${arrived}` }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe: an index downloading');
  await untilAnswered(page, 'job-index-answers', () => download.getByRole('button', { name: 'Cancel' }).click());
  await download.waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('index-cancelled').textContent(),
    'Adding the index was cancelled; nothing of it was stored.');
  release();
  await page.unroute(heldShard);
  assert.match(await storedJobs(page), /^No jobs stored yet/);
  const [jobsCancelled, indexesCancelled] = await storedAfterReload(page);
  assert.match(jobsCancelled, /^No jobs stored yet/);
  assert.deepEqual(indexesCancelled, []);

  const added = page.getByTestId('added-indexes');
  const listed = Number(await added.getAttribute('data-generation'));
  await addSampleIndex(page);
  assert.equal(await page.getByTestId('index-cancelled').count(), 0);
  assert.equal(await page.getByTestId('import-report').textContent(),
    'Imported job index Sample postings: 6 new, 0 updated, 0 duplicates, 0 failed.');
  await page.getByTestId('stored-jobs').filter({ hasText: '6 jobs stored' }).waitFor();
  await page.waitForFunction((listed) =>
    Number(document.querySelector('[data-testid="added-indexes"]').dataset.generation) > listed, listed);
  assert.deepEqual(await added.locator('li').allTextContents(), ['Sample postings: version 1, 6 postings']);
  // The same version again changes nothing: no posting is new, and none is taken as withdrawn.
  await addSampleIndex(page);
  assert.match(await page.getByTestId('import-report').textContent(),
    /^Imported job index Sample postings: 0 new, 0 updated, 6 duplicates, 0 failed\.item 1: duplicate of a stored job/);
  await page.getByTestId('stored-jobs').filter({ hasText: '6 jobs stored' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe: jobs panel with an index added');
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `no horizontal scrolling at 360 px (${widths})`);

  // The postings' vectors came with the index: the ranking embeds the resume only.
  await page.fill('#resume', 'Registered nurse, eight years on a surgical ward. Wound care, BLS.');
  assert.match(await rankAndWait(page, DOWNLOAD_TIMEOUT), /^Ranked by all-minilm-l6-v2/);
  const rankedBy = page.getByTestId('ranked-by');
  assert.equal(await rankedBy.getAttribute('data-vectors-computed'), '0');
  assert.equal(await rankedBy.getAttribute('data-vectors-cached'), '6');
  assert.equal(await page.locator('#matches li.match .title').first().textContent(), NURSE);

  // A changed shard: refused by name, and nothing of it kept.
  await page.route('**/indexes/sample/postings-00000.jsonl', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace('Registered Nurse', 'Registered Nurze');
    await route.fulfill({ response, body: text });
  });
  await addSampleIndex(page);
  assert.match(await page.getByTestId('error').textContent(),
    /postings-00000\.jsonl does not match its SHA-256 in the manifest .* nothing was kept/);
  await page.unroute('**/indexes/sample/postings-00000.jsonl');

  // An older version of the same index (a correct pin for it): refused as a rollback.
  const manifest = JSON.parse(await readFile(SAMPLE_MANIFEST, 'utf8'));
  const served = async (edited) => {
    const text = `${JSON.stringify(edited, null, 2)}\n`;
    await page.route('**/indexes/sample/manifest.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: text }));
    return sha256(text);
  };
  const manifestUrl = new URL('indexes/sample/manifest.json', server.url).href;
  const olderPin = await served({ ...manifest, version: 0 });
  assert.match(await addByAddress(page, manifestUrl, olderPin),
    /version 0 of the index, older than version 1 you already have; it was not applied/);

  // Built with another revision of the model: refused with what to download.
  const otherPin = await served({ ...manifest, version: 2, model: { ...manifest.model, revision: '0'.repeat(40) } });
  assert.match(await addByAddress(page, manifestUrl, otherPin),
    /built with all-minilm-l6-v2 at revision 0{40} \(it differs from your verified model in: revision\); download/);

  // A pin that is not this manifest's.
  assert.match(await addByAddress(page, manifestUrl, olderPin),
    /does not match its pin .* nothing was kept/);
  // The same address with a query is the same index: still refused as older.
  await page.unroute('**/indexes/sample/manifest.json');
  await served({ ...manifest, version: 0 });
  assert.match(await addByAddress(page, `${manifestUrl}?v=0`, olderPin), /older than version 1/);
  await page.unroute('**/indexes/sample/manifest.json');

  // Nothing any refusal fetched was kept, and the index is listed at the version held.
  const [jobs, indexes] = await storedAfterReload(page);
  assert.match(jobs, /^6 jobs stored in this browser \(0 expired\)\.$/);
  assert.deepEqual(indexes, ['Sample postings: version 1, 6 postings']);

  // Offline: the app comes from the service worker, the index's postings and vectors from
  // IndexedDB, and it ranks as before (the site's offer is simply not listed).
  await serviceWorkerState(page);
  await context.setOffline(true);
  const [offlineJobs, offlineIndexes] = await storedAfterReload(page);
  assert.match(offlineJobs, /^6 jobs stored/);
  assert.deepEqual(offlineIndexes, ['Sample postings: version 1, 6 postings']);
  await page.fill('#resume', 'Registered nurse, eight years on a surgical ward. Wound care, BLS.');
  assert.match(await rankAndWait(page, DOWNLOAD_TIMEOUT), /^Ranked by all-minilm-l6-v2/);
  assert.equal(await page.getByTestId('ranked-by').getAttribute('data-vectors-computed'), '0');
  assert.equal(await page.locator('#matches li.match .title').first().textContent(), NURSE);
  await context.close();
});

test('under the content security policy `make serve` sends, adding and ranking an index needs nothing it forbids', async () => {
  const enforcing = await serve({ csp: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await withSampleIndex(page, enforcing.url);
    await page.fill('#resume', 'Registered nurse, eight years on a surgical ward. Wound care, BLS.');
    assert.match(await rankAndWait(page, DOWNLOAD_TIMEOUT), /^Ranked by all-minilm-l6-v2/);
    assert.equal(await page.getByTestId('ranked-by').getAttribute('data-vectors-computed'), '0');
    assert.deepEqual(enforcing.cspReports, []);
  } finally {
    await context.close();
    await enforcing.close();
  }
});

test('a newer version of an index withdraws the posting it no longer lists', async () => {
  // Version 2 of the sample index without its last posting, built by the same CLI the setup
  // built version 1 with, and served at version 1's address.
  const dir = await mkdtemp(join(tmpdir(), 'candor-index-v2-'));
  const context = await browser.newContext();
  try {
    const samples = JSON.parse(await readFile(fixture('../crates/candor-core/data/sample_jobs.json'), 'utf8'));
    samples.pop();
    await writeFile(join(dir, 'jobs.json'), JSON.stringify(samples));
    const report = execFileSync(fixture('../target/debug/candor'), ['index', 'build', '--site', fixture('../dist'),
      '--jobs', join(dir, 'jobs.json'), '--name', 'Sample postings', '--version', '2', '--created', '2026-12-07',
      '--out', join(dir, 'index')]);
    const pin = JSON.parse(report).manifest_sha256;

    const page = await context.newPage();
    await withSampleIndex(page, server.url);

    await page.route('**/indexes/sample/*', (route) =>
      route.fulfill({ path: join(dir, 'index', basename(new URL(route.request().url()).pathname)) }));
    const manifestUrl = new URL('indexes/sample/manifest.json', server.url).href;
    assert.equal(await addByAddress(page, manifestUrl, pin), '');
    assert.match(await page.getByTestId('import-report').textContent(),
      /^Imported job index .*: 0 new, 0 updated, 5 duplicates, 0 failed, 1 withdrawn\./);
    await page.getByTestId('stored-jobs').filter({ hasText: '5 jobs stored' }).waitFor();
    assert.match(await page.getByTestId('import-report').textContent(), /item 5: duplicate of a stored job/);
    await page.unroute('**/indexes/sample/*');

    const [jobs, indexes] = await storedAfterReload(page);
    assert.match(jobs, /^5 jobs stored/);
    assert.deepEqual(indexes, ['Sample postings: version 2, 5 postings']);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
