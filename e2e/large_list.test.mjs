// A large stored set on the real page: the list renders the best 50 cards, "Show more" adds the
// next 50, the count and the search cover every posting, and a second ranking starts again from
// the first page. Waits key on this ranking's request id (`data-request` on the list). And each
// posting is prepared once: its preparation is stored, a reload ranks from it, and one left by
// another build is made again. The whole prepared index is kept as a snapshot that a reload
// reads back in one piece; a damaged one is not used, and an import clears it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { openApp, rankAndWait, untilAnswered, writePostings } from './page.mjs';

const N_POSTINGS = 130;

let browser;
let server;
let dir;
before(async () => { browser = await launch(); server = await serve(); dir = await mkdtemp(join(tmpdir(), 'candor-large-')); });
after(async () => { await browser?.close(); await server?.close(); await rm(dir, { recursive: true, force: true }); });

/** Opens the app, imports the postings and fills in the resume; returns the resume. */
async function importPostings(page) {
  await openApp(page, server.url);
  const { path, resume } = await writePostings(join(dir, 'large.json'), N_POSTINGS, { lastTitle: 'Zeppelin Pilot' });
  const report = await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', path));
  assert.match(await report.textContent(), /^Imported large\.json: /);
  assert.match(await page.getByTestId('stored-jobs').textContent(), new RegExp(`^${N_POSTINGS} jobs stored`));
  await page.fill('#resume', resume);
  return resume;
}

test('a large stored set lists the best 50 cards; "Show more" adds the next; count and search cover all', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await importPostings(page);

    await rankAndWait(page);
    const list = page.locator('#matches');
    const request = await list.getAttribute('data-request');
    assert.ok(request, 'the list names the request it shows');
    assert.equal(await list.getAttribute('data-state'), 'final');
    const cards = page.locator('#matches li.match');
    assert.equal(await cards.count(), 50);
    assert.equal(await page.getByTestId('match-count').textContent(), `Showing the best 50 of ${N_POSTINGS} matches.`);
    const firstFifty = await cards.locator('.rank').allTextContents();
    assert.deepEqual(firstFifty, Array.from({ length: 50 }, (_, i) => `${i + 1}.`));

    await page.click('#show-more');
    await page.locator('#matches li.match').nth(99).waitFor();
    assert.equal(await cards.count(), 100);
    assert.equal(await page.textContent('#show-more'), `Show ${N_POSTINGS - 100} more`);
    await page.click('#show-more');
    await page.locator(`#matches li.match`).nth(N_POSTINGS - 1).waitFor();
    assert.equal(await page.getByTestId('match-count').textContent(), `${N_POSTINGS} matches.`);
    assert.equal(await page.locator('#show-more').count(), 0, 'nothing more to show');

    // The search covers every posting, not only the rendered cards.
    await page.fill('#match-search', 'zeppelin');
    await page.getByTestId('match-count').filter({ hasText: `Showing 1 of ${N_POSTINGS} matches.` }).waitFor();
    assert.equal(await page.locator('#matches li.match .title').textContent(), 'Zeppelin Pilot');
    await page.fill('#match-search', '');

    // A new ranking shows its own list, from the first page again.
    await rankAndWait(page);
    const next = await list.getAttribute('data-request');
    assert.ok(Number(next) > Number(request), `a newer request (${next} after ${request})`);
    await page.getByTestId('match-count').filter({ hasText: `Showing the best 50 of ${N_POSTINGS} matches.` }).waitFor();
    assert.equal(await cards.count(), 50);
  } finally {
    await context.close();
  }
});

/** Every record of the `prepared` store of the user database, as `{ key, value }` with the
 * value parsed from its JSON string. With `patch` (`{ key, stamp?, suspicious? }`), that
 * record's stamp or scam flag is overwritten first, as a newer or older build might have left it. */
async function preparedRecords(page, patch = null) {
  return page.evaluate(async (patch) => {
    const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const db = await request(indexedDB.open('candor-user'));
    if (patch) {
      const tx = db.transaction('prepared', 'readwrite');
      const store = tx.objectStore('prepared');
      const value = JSON.parse(await request(store.get(patch.key)));
      if (patch.stamp !== undefined) value.stamp = patch.stamp;
      if (patch.suspicious !== undefined) value.preparation.suspicious = patch.suspicious;
      store.put(JSON.stringify(value), patch.key);
      await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onabort = () => reject(tx.error); });
    }
    const store = db.transaction('prepared').objectStore('prepared');
    const keys = await request(store.getAllKeys());
    const values = await request(store.getAll());
    db.close();
    return keys.map((key, i) => ({ key, value: JSON.parse(values[i]) }));
  }, patch);
}

/** The snapshot records of the user database (header first, then its parts' lengths) and the
 * current jobs generation, read in one transaction. With `change`, the records are changed
 * first, as damage on disk might leave them: `{ zeppelinSuspicious }` sets the Zeppelin
 * Pilot's scam flag in the postings part, `{ cutLastPart }` cuts the last part (the keyword
 * index) to that many bytes. */
async function snapshotRecords(page, change = null) {
  return page.evaluate(async (change) => {
    const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const db = await request(indexedDB.open('candor-user'));
    const tx = db.transaction(['snapshots', 'settings']);
    const [keys, records, generation] = await Promise.all([
      request(tx.objectStore('snapshots').getAllKeys()),
      request(tx.objectStore('snapshots').getAll()),
      request(tx.objectStore('settings').get('jobs-generation')),
    ]);
    if (change?.zeppelinSuspicious !== undefined) {
      const jobs = JSON.parse(new TextDecoder().decode(records[2]));
      jobs.find((prepared) => prepared.job.title === 'Zeppelin Pilot').suspicious = change.zeppelinSuspicious;
      records[2] = new TextEncoder().encode(JSON.stringify(jobs));
    }
    if (change?.cutLastPart !== undefined) {
      records[records.length - 1] = records[records.length - 1].slice(0, change.cutLastPart);
    }
    if (change) {
      const write = db.transaction('snapshots', 'readwrite');
      keys.forEach((key, i) => write.objectStore('snapshots').put(records[i], key));
      await new Promise((resolve, reject) => { write.oncomplete = resolve; write.onabort = () => reject(write.error); });
    }
    db.close();
    return { generation, records: records.map((record) => (record instanceof Uint8Array ? record.length : record)) };
  }, change);
}

/** Waits until a snapshot of the current jobs generation is stored whose keyword index (its
 * last part) is longer than `longerThan` bytes, and returns its records. */
async function untilSnapshot(page, { longerThan = 0 } = {}) {
  for (;;) {
    const { generation, records } = await snapshotRecords(page);
    if (records.length > 0 && records[0].generation === generation && records.at(-1) > longerThan) return records;
    await page.waitForTimeout(100);
  }
}

/** Reloads the page, ranks `resume` and returns the card of the posting titled `title`. */
async function rankAfterReload(page, resume, title) {
  await openApp(page, server.url);
  assert.match(await page.getByTestId('stored-jobs').textContent(), new RegExp(`^${N_POSTINGS} jobs stored`));
  await page.fill('#resume', resume);
  await rankAndWait(page);
  await page.fill('#match-search', title);
  await page.getByTestId('match-count').filter({ hasText: `Showing 1 of ${N_POSTINGS} matches.` }).waitFor();
  return page.locator('#matches li.match');
}

test('each posting is prepared once and stored; a reload ranks from what was stored, and a stale preparation is made again', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const resume = await importPostings(page);
    await rankAndWait(page);
    // A reload would read the index back from its snapshot, not these records (see the next
    // test): without one, it reads the preparations.
    await untilSnapshot(page);
    const clearSnapshot = () => page.evaluate(async () => {
      const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      const db = await request(indexedDB.open('candor-user'));
      await request(db.transaction('snapshots', 'readwrite').objectStore('snapshots').clear());
      db.close();
    });
    await clearSnapshot();

    const stored = await preparedRecords(page);
    assert.equal(stored.length, N_POSTINGS, 'one stored preparation per posting');
    const stamps = new Set(stored.map(({ value }) => value.stamp));
    assert.equal(stamps.size, 1, 'all made by this build');
    const [stamp] = stamps;

    // Mark the Zeppelin Pilot's stored preparation as a scam: only a ranking that reads the
    // stored preparation, rather than preparing the posting again, can show the warning.
    const zeppelin = stored.find(({ key }) => key.endsWith('large-129'));
    assert.ok(zeppelin, "the Zeppelin Pilot's preparation is stored");
    assert.equal(zeppelin.value.preparation.suspicious, false);
    await preparedRecords(page, { key: zeppelin.key, suspicious: true });
    let card = await rankAfterReload(page, resume, 'zeppelin');
    await card.locator('.warning').filter({ hasText: 'scam markers' }).waitFor();

    // A preparation of another build (another stamp) is not used: the posting is prepared
    // again, the warning goes, and the stored record is current again.
    await untilSnapshot(page);
    await clearSnapshot();
    await preparedRecords(page, { key: zeppelin.key, stamp: 'an older build' });
    card = await rankAfterReload(page, resume, 'zeppelin');
    assert.equal(await card.locator('.warning').count(), 0, 'prepared again, without the forged flag');
    const again = (await preparedRecords(page)).find(({ key }) => key === zeppelin.key);
    assert.equal(again.value.stamp, stamp);
    assert.equal(again.value.preparation.suspicious, false);
  } finally {
    await context.close();
  }
});

test('a reload reads the prepared index back from its snapshot; a damaged one is not used; an import clears it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const resume = await importPostings(page);
    await rankAndWait(page);
    const [header, ...parts] = await untilSnapshot(page);
    assert.equal(typeof header.generation, 'string', 'it names the jobs generation it was built at');
    assert.equal(header.parts, parts.length);
    assert.ok(parts.length >= 3 && parts.every((bytes) => bytes > 0), `header, postings, BM25: ${parts}`);

    // Flag the Zeppelin Pilot as a scam in the snapshot only: a ranking after a reload shows
    // the warning only if it ranked from the snapshot.
    await snapshotRecords(page, { zeppelinSuspicious: true });
    let card = await rankAfterReload(page, resume, 'zeppelin');
    await card.locator('.warning').filter({ hasText: 'scam markers' }).waitFor();

    // Damaged keyword index: the snapshot is not used (no warning), every posting still ranks,
    // and the worker writes a whole one again.
    await snapshotRecords(page, { cutLastPart: 10 });
    card = await rankAfterReload(page, resume, 'zeppelin');
    assert.equal(await card.locator('.warning').count(), 0, 'ranked from the stored postings');
    await page.fill('#match-search', '');
    await page.getByTestId('match-count').filter({ hasText: `Showing the best 50 of ${N_POSTINGS} matches.` }).waitFor();
    await untilSnapshot(page, { longerThan: 10 });

    // An import changes the jobs: the snapshot goes with the same write, and the next one
    // holds the new posting.
    const { path } = await writePostings(join(dir, 'one-more.json'), 1, { lastTitle: 'Airship Navigator', idPrefix: 'more' });
    await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', path));
    // (The worker may already have written the next one for the new generation.)
    const { records: afterImport } = await snapshotRecords(page);
    assert.ok(afterImport.length === 0 || afterImport[0].generation !== header.generation,
      'the snapshot of the old generation went with the import');
    await rankAndWait(page);
    const [after] = await untilSnapshot(page);
    assert.notEqual(after.generation, header.generation);
  } finally {
    await context.close();
  }
});
