// A large stored set on the real page: the list renders the best 50 cards, "Show more" adds the
// next 50, the count and the search cover every posting, and a second ranking starts again from
// the first page. Waits key on this ranking's request id (`data-request` on the list). And each
// posting is prepared once: its preparation is stored, a reload ranks from it, and one left by
// another build is made again.
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
