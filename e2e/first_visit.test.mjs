// A first-time visitor's whole flow on the real page: the bundled sample jobs in one click, a
// real PDF resume (LibreOffice), a ranking at once from the cheap signals with no model, then
// the model downloaded with consent and the list re-ranked by meaning; then the same person as a
// recruiter. The README's screenshots are taken here (e2e/screenshots/), so they always show
// the app as it is. (The returning offline visitor is e2e/pwa.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { fixture, openApp, openResume, rankAndWait, untilAnswered, useSampleJobs } from './page.mjs';

const RESUMES = fixture('../tests/fixtures/resumes/');
const SCREENSHOTS = fixture('./screenshots/');
const DOWNLOAD_TIMEOUT = 180_000;

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

async function screenshot(locator, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await locator.screenshot({ path: `${SCREENSHOTS}${name}.png`, animations: 'disabled' });
}

async function rank(page, by) {
  assert.ok((await rankAndWait(page, DOWNLOAD_TIMEOUT)).startsWith(by));
  return page.locator('#matches li.match .title').allTextContents();
}

test('first visit: sample jobs, a PDF resume, a ranking at once, then the model; recruiter mode', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await openApp(page, server.url);
  assert.match(await page.getByTestId('stored-jobs').textContent(), /^No jobs stored yet/);

  assert.match(await useSampleJobs(page), /^Imported sample jobs: 6 new/);
  assert.match(await page.getByTestId('stored-jobs').textContent(), /^6 jobs stored/);
  assert.match(await openResume(page, `${RESUMES}jose_nunez.pdf`), /^Detected in jose_nunez\.pdf: /);

  // No model yet: the deterministic signals rank at once, and the page says so.
  const first = await rank(page, 'Ranked by keyword');
  assert.equal(first[0], 'Senior Backend Engineer (Rust)');
  assert.match(await page.getByTestId('ranked-by').textContent(), /no model is stored/);

  // The model, with consent (the button names the size), then the same list by meaning too.
  assert.match(await page.textContent('#download-model'), /MB/);
  await page.click('#download-model');
  await page.getByTestId('model-status').filter({ hasText: 'stored in this browser' })
    .waitFor({ timeout: DOWNLOAD_TIMEOUT });
  const second = await rank(page, 'Ranked by all-minilm-l6-v2');
  assert.equal(second[0], 'Senior Backend Engineer (Rust)');
  assert.equal(second.at(-1) !== second[0], true);
  const best = page.locator('#matches li.match').first();
  assert.ok(await best.locator('.chip.matched').count() >= 3, 'the best match shows its matched skills');
  // The breakdown draws a bar for each signal with a learned weight (data/hybrid_weights.json);
  // with a model stored, meaning is one of them.
  const bars = await best.locator('.signal .signal-name').allTextContents();
  assert.ok(bars.length >= 2, `and its score breakdown: ${bars}`);
  assert.ok(bars.some((name) => /meaning|semantic/i.test(name)), `with the model's share: ${bars}`);
  await best.locator('button[data-status=shortlisted]').click();
  await best.locator('.badge.status', { hasText: 'shortlisted' }).waitFor();

  await screenshot(page.locator('section', { has: page.locator('#matches-heading') }), 'matches');
  await screenshot(page.locator('#models-panel'), 'models');
  await page.click('#profile summary');
  await screenshot(page.locator('section', { has: page.locator('#profile-heading') }), 'profile');

  // The same visitor as a recruiter: two resumes, ranked for the Rust posting.
  // The panel lists the stored candidates when it opens: the wait for the import below keys
  // on the count that listing shows.
  await untilAnswered(page, 'candidate-count', () => page.click('#mode-recruiter'));
  const count = await untilAnswered(page, 'candidate-count', () => page.setInputFiles('#candidate-files',
    [`${RESUMES}jose_nunez.docx`, `${RESUMES}zoe_two_column.pdf`]));
  assert.match(await count.textContent(), /^2 candidates stored/);
  await untilAnswered(page, 'candidates-ranked-by', () => page.click('#rank-candidates'));
  assert.equal(await page.locator('#ranked-candidates li.match .title').first().textContent(), 'José Núñez');
  await screenshot(page.locator('main'), 'recruiter');

  // A phone-sized window: the same page, no sideways scrolling.
  await page.click('#mode-seeker');
  await page.setViewportSize({ width: 360, height: 780 });
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `no horizontal scrolling at 360 px (${widths})`);
  await page.locator('#matches-heading').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('#matches-heading').scrollIntoView());
  await page.screenshot({ path: `${SCREENSHOTS}phone.png` });
  await context.close();
});
