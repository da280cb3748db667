// Searching the stored postings from the page, through the real worker: by keywords and skills
// with no model; with MiniLM stored, by meaning too once the model has read the postings (a
// ranking with it caches their vectors). A query that shares no word with any posting finds
// the nurse's posting only by meaning, so the test fails if the model's vectors say nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { axeViolations, openApp, rankAndWait, untilAnswered, useSampleJobs } from './page.mjs';

const DOWNLOAD_TIMEOUT = 180_000;
const NURSE = 'Registered Nurse, Medical-Surgical Unit';
// Not one of these words is in the sample postings.
const IN_OTHER_WORDS = 'looking after poorly folks recovering from surgery';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Searches for `query` and returns what the page says it found and the titles, best first. */
async function search(page, query) {
  await page.fill('#search-postings', query);
  const results = await untilAnswered(page, 'search-results', () => page.click('#search-button'));
  const lines = await results.locator('p.note').allTextContents();
  return { lines, titles: await page.locator('#search-hits li .title').allTextContents() };
}

test('search postings by keywords, then by meaning once the model has read them', async () => {
  // A phone-sized window: the search and its hits fit without sideways scrolling.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await openApp(page, server.url);
  await useSampleJobs(page);

  const byKeywords = await search(page, 'wound care');
  assert.equal(byKeywords.titles[0], NURSE);
  assert.match(byKeywords.lines[0], /^\d postings? for “wound care”, by keywords and skills\.$/);

  await page.click('#download-model');
  await page.getByTestId('model-status').filter({ hasText: 'stored in this browser' })
    .waitFor({ timeout: DOWNLOAD_TIMEOUT });
  // The model has not read the postings yet: the search says so and answers at once.
  const unread = await search(page, IN_OTHER_WORDS);
  assert.deepEqual(unread.titles, []);
  assert.match(unread.lines[1], /all-minilm-l6-v2 has not read the postings yet/);

  await page.fill('#resume', 'Registered nurse, eight years on a surgical ward.');
  await rankAndWait(page, DOWNLOAD_TIMEOUT);
  const byMeaning = await search(page, IN_OTHER_WORDS);
  assert.equal(byMeaning.titles[0], NURSE, `found by meaning: ${byMeaning.titles}`);
  assert.match(byMeaning.lines[0], /by meaning \(all-minilm-l6-v2\), keywords and skills\.$/);
  assert.equal(byMeaning.lines[1], '');
  assert.deepEqual(await axeViolations(page), [], 'axe: search results');
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `no horizontal scrolling at 360 px (${widths})`);

  // A hit opens to its posting, which marks it viewed on the application track.
  const hit = page.locator('#search-hits li').first();
  await hit.locator('details.posting summary').click();
  await hit.getByTestId('posting').locator('.posting-text').waitFor();
  await page.locator('.pipeline button[data-stage=viewed][data-count="1"]').waitFor();
  await context.close();
});
