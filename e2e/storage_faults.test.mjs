// Storage faults through the real page and worker: the browser clearing (or evicting) the
// site's data while the page is open and between visits, two tabs importing and ranking at once,
// and a database upgrade while another tab holds the older version. The data is cleared the way
// the browser's own eviction does it (CDP Storage.clearDataForOrigin: every database deleted,
// open connections closed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { openApp, rankAndWait, untilAnswered, writePostings } from './page.mjs';

const DOWNLOAD_TIMEOUT = 180_000;
const STORED = 'stored in this browser';
const NOT_DOWNLOADED = /^all-minilm-l6-v2 is not downloaded yet/;
const NO_JOBS = /^No jobs stored yet/;

let browser;
let server;
let dir;
before(async () => { browser = await launch(); server = await serve(); dir = await mkdtemp(join(tmpdir(), 'candor-storage-')); });
after(async () => { await browser?.close(); await server?.close(); await rm(dir, { recursive: true, force: true }); });

/**
 * Clears every IndexedDB database of the app's origin in `context`, as the browser's eviction
 * does; from a blank page of the context, which holds no connection of its own.
 */
async function evict(context) {
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  try {
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(server.url).origin, storageTypes: 'indexeddb' });
  } finally {
    await cdp.detach();
    await blank.close();
  }
}

/** Opens the app, downloads the model, imports `count` postings and fills in the resume. */
async function storeEverything(page, name, count = 20) {
  await openApp(page, server.url);
  await page.click('#download-model');
  await page.getByTestId('model-status').filter({ hasText: STORED }).waitFor({ timeout: DOWNLOAD_TIMEOUT });
  const { path, resume } = await writePostings(join(dir, `${name}.json`), count);
  await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', path));
  await page.fill('#resume', resume);
  assert.match(await rankAndWait(page, DOWNLOAD_TIMEOUT), /^Ranked by all-minilm-l6-v2 with/);
}

test('data cleared while the page is open: the page says so, offers the download, never uses a partial model', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await storeEverything(page, 'open');
    const alert = await untilAnswered(page, ['error', 'stored-jobs'], () => evict(context));
    assert.match(await alert.textContent(), /^This browser cleared the data Candor keeps on this device/);
    await page.getByTestId('model-status').filter({ hasText: NOT_DOWNLOADED }).waitFor();
    assert.match(await page.getByTestId('stored-jobs').textContent(), NO_JOBS);
    assert.match(await page.locator('#download-model').textContent(), /^Download all-minilm-l6-v2/);

    // Ranking goes on without the model (nothing of it is left to use) ...
    assert.match(await rankAndWait(page), /^Ranked by keyword, skill, experience, location and salary signals only: no model is stored/);
    // ... and the download brings it back.
    await page.click('#download-model');
    await page.getByTestId('model-status').filter({ hasText: STORED }).waitFor({ timeout: DOWNLOAD_TIMEOUT });
    assert.match(await rankAndWait(page, DOWNLOAD_TIMEOUT), /^Ranked by all-minilm-l6-v2 with/);
  } finally {
    await context.close();
  }
});

test('data cleared between visits: the next visit offers the download and the import, with no error', async () => {
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    await storeEverything(first, 'visit');
    await first.close();
    await evict(context);
    const page = await context.newPage();
    await openApp(page, server.url);
    assert.match(await page.getByTestId('model-status').textContent(), NOT_DOWNLOADED);
    assert.match(await page.getByTestId('stored-jobs').textContent(), NO_JOBS);
    assert.equal(await page.getByTestId('error').count(), 0, 'no error is shown');
  } finally {
    await context.close();
  }
});

test('two tabs import and rank at once: both imports are kept and each ranking covers both', async () => {
  const context = await browser.newContext();
  try {
    const tabs = [await context.newPage(), await context.newPage()];
    await Promise.all(tabs.map((tab) => openApp(tab, server.url)));
    // Ids differ per file: writePostings numbers them, so the second file's are renamed.
    const files = await Promise.all(['left', 'right'].map((name) => writePostings(join(dir, `${name}.json`), 30)));
    const right = JSON.parse(await readFile(files[1].path, 'utf8')).map((posting) => ({ ...posting, external_job_id: `right-${posting.external_job_id}` }));
    await writeFile(files[1].path, JSON.stringify(right));

    await Promise.all(tabs.map((tab, i) => untilAnswered(tab, 'import-report', () => tab.setInputFiles('#import-jobs', files[i].path))));
    for (const tab of tabs) await tab.fill('#resume', files[0].resume);
    await Promise.all(tabs.map((tab) => rankAndWait(tab)));
    for (const tab of tabs) {
      assert.equal(await tab.getByTestId('match-count').textContent(), 'Showing the best 50 of 60 matches.');
    }
  } finally {
    await context.close();
  }
});

test('a tab holding an older database version: the page says what to do, and works once it closes', async () => {
  const context = await browser.newContext();
  try {
    // An old Candor's tab: version 1 of the user database, open, and deaf to upgrades.
    const old = await context.newPage();
    await old.goto(`${server.url}__blank`);
    await old.evaluate(() => new Promise((resolve, reject) => {
      const request = indexedDB.open('candor-user', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('jobs');
      request.onsuccess = () => { window.held = request.result; resolve(); };
      request.onerror = () => reject(request.error);
    }));
    const page = await context.newPage();
    const alert = await untilAnswered(page, 'error', () => page.goto(server.url));
    assert.match(await alert.textContent(), /another Candor tab keeps an older version of your data open; close it and retry/);

    await old.close();
    const report = await untilAnswered(page, 'import-report', () => page.click('#use-sample-jobs'));
    assert.match(await report.textContent(), /^Imported /);

    // The other way round: a newer Candor in another tab upgrades the database; this page's
    // connections step aside rather than block it.
    const newer = await context.newPage();
    await newer.goto(`${server.url}__blank`);
    const upgraded = await newer.evaluate(() => new Promise((resolve) => {
      const request = indexedDB.open('candor-user', 1000);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => { request.result.close(); resolve('upgraded'); };
      request.onerror = () => resolve(`error: ${request.error}`);
    }));
    assert.equal(upgraded, 'upgraded');
  } finally {
    await context.close();
  }
});
