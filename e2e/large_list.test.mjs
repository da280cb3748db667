// A large stored set on the real page: the list renders the best 50 cards, "Show more" adds the
// next 50, the count and the search cover every posting, and a second ranking starts again from
// the first page. Waits key on this ranking's request id (`data-request` on the list).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { fixture, openApp, rankAndWait } from './page.mjs';

const N_POSTINGS = 130;

let browser;
let server;
let dir;
before(async () => { browser = await launch(); server = await serve(); dir = await mkdtemp(join(tmpdir(), 'candor-large-')); });
after(async () => { await browser?.close(); await server?.close(); await rm(dir, { recursive: true, force: true }); });

/** `N_POSTINGS` postings from the real-length eval set, each under its own id; one is unique. */
async function postingsFile() {
  const lines = (await readFile(fixture('../tests/eval/long/long_dev.jsonl'), 'utf8'))
    .split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const docs = lines.filter((line) => line.type === 'doc');
  const posted = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const postings = Array.from({ length: N_POSTINGS }, (_, i) => {
    const doc = docs[i % docs.length];
    return {
      platform: 'Test Board',
      external_job_id: `large-${i}`,
      title: i === N_POSTINGS - 1 ? 'Zeppelin Pilot' : doc.title,
      company: doc.company ?? '',
      location: doc.location ?? '',
      description: doc.text,
      posted_date: posted,
    };
  });
  const path = join(dir, 'large.json');
  await writeFile(path, JSON.stringify(postings));
  return { path, resume: lines.find((line) => line.type === 'query').text };
}

test('a large stored set lists the best 50 cards; "Show more" adds the next; count and search cover all', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await openApp(page, server.url);
    const { path, resume } = await postingsFile();
    await page.setInputFiles('#import-jobs', path);
    await page.getByTestId('import-report').filter({ hasText: 'Imported large.json' }).waitFor();
    await page.getByTestId('stored-jobs').filter({ hasText: `${N_POSTINGS} jobs stored` }).waitFor();
    await page.fill('#resume', resume);

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
