// Accessibility of the real page: axe-core finds no violations on each state of the main view,
// and the whole flow works from the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { axeViolations, rankAndWait } from './page.mjs';

const DOWNLOAD_TIMEOUT = 180_000;

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });


test('keyboard only: download, type a resume, rank, shortlist; axe is clean at every step', async () => {
  // axe is injected as a script, which the app's own CSP would (rightly) refuse.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  const status = page.getByTestId('model-status');
  await status.filter({ hasNotText: 'Starting' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'first visit');

  // Tab order: the link to the models (a settings view at the end of the page), the job
  // seeker / recruiter switch. The link takes the keyboard to the models' download button.
  const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.tagName.toLowerCase());
  for (const id of ['settings-link', 'mode-seeker', 'mode-recruiter']) {
    await page.keyboard.press('Tab');
    assert.equal(await focused(), id);
  }
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'settings-link');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'download-model');
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'stored in this browser' }).waitFor({ timeout: DOWNLOAD_TIMEOUT });

  // Focus stays in the models panel as its buttons change (Cancel while downloading, then
  // Verify and Delete), and Tab leaves the panel after its last control (the diagnostics).
  const focusedInPanel = () => page.evaluate(() => document.getElementById('models-panel').contains(document.activeElement));
  await page.waitForFunction(() => document.activeElement?.textContent === 'Verify stored files');
  for (let n = 0; await focusedInPanel(); n++) {
    assert.ok(n < 12, 'Tab walks the models panel, then leaves it');
    await page.keyboard.press('Tab');
  }

  // From the top of the page again: the switch, then the resume (a file, or the text box).
  for (let n = 0; await focused() !== 'resume-file'; n++) {
    assert.ok(n < 6, `Tab comes back round to the resume (at ${await focused()})`);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'resume');
  await page.keyboard.type('Registered nurse, ICU, BLS and ACLS certified, eight years of patient care.');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rank');
  // The model refines the first ranking; focus stays on Rank meanwhile.
  const rankedBy = await rankAndWait(page, DOWNLOAD_TIMEOUT, () => page.keyboard.press('Enter'));
  assert.match(rankedBy, /^Ranked by all-minilm-l6-v2/);
  assert.equal(await focused(), 'rank');
  assert.deepEqual(await axeViolations(page), [], 'with results');

  // The jobs (import a file, the samples, the site's job index, a closed disclosure to add
  // another by its address), the profile (a closed disclosure), the list's
  // tools and the stages of the application track, then the first match's status actions:
  // shortlist it from the keyboard.
  for (const id of ['import-jobs', 'use-sample-jobs', 'add-offered-index-0', 'summary', 'summary', 'search-postings', 'search-button', 'match-search', 'min-grade', 'show-hidden', 'export-csv', 'export-json']) {
    await page.keyboard.press('Tab');
    assert.equal(await focused(), id);
  }
  const stages = ['suggested', 'viewed', 'shortlisted', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn'];
  for (const stage of stages) {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.stage), stage);
  }
  // "Rate these next": a like and a not-for-me for each match asked about.
  const rateButtons = await page.locator('[data-testid=rate-next] button').count();
  assert.equal(rateButtons, 6, 'three matches to rate, two buttons each');
  for (let i = 0; i < rateButtons; i += 1) {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.rate), i % 2 === 0 ? 'like' : 'not');
  }
  await page.keyboard.press('Tab');
  const first = page.locator('#matches li.match').first();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.status), 'shortlisted');
  await page.keyboard.press('Enter');
  await first.locator('.badge.status', { hasText: 'shortlisted' }).waitFor();
  assert.equal(await first.locator('button[data-status=shortlisted]').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await axeViolations(page), [], 'with a status set');

  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `no horizontal scrolling at 360 px (${widths})`);
  await context.close();
});
