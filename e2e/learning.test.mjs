// Learning from the person's own choices, on the real page with the real worker and IndexedDB:
// "rate these next" asks about unrated matches, the next ranking learns from what was rated
// and says how the weights moved, and the reset ranks with the shipped weights again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { axeViolations, fixture, openApp, rankAndWait, untilAnswered } from './page.mjs';

const JOBS = fixture('./fixtures/jobs_filters.json');

const RESUME = `Sam Rivera
Senior Backend Engineer, 2018 - present, Ferris Cloud
Rust, Kubernetes, PostgreSQL and Kafka services in production.
Skills: Rust, Go, Kubernetes, PostgreSQL, Kafka, Linux`;

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const titles = (page) => page.locator('#matches li.match .title').allTextContents();

test('rate these next, learn from the choices, say how the weights moved, reset and back', async () => {
  // axe is injected as a script, which the app's own CSP would (rightly) refuse.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 900 } });
  const page = await context.newPage();
  await openApp(page, server.url);
  await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', JOBS));
  await page.fill('#resume', RESUME);

  await rankAndWait(page);
  const learning = page.getByTestId('learning');
  const next = page.getByTestId('learning-next');
  assert.match(await learning.textContent(), /^Shortlist or apply to matches you like/);
  const shipped = await titles(page);
  assert.equal(shipped.length, 6);

  // With nothing rated, the best ranked are asked about.
  const asked = page.getByTestId('rate-next').locator('li');
  assert.equal(await asked.count(), 3);
  const liked = await asked.nth(0).getAttribute('data-job-id');
  const disliked = await asked.nth(1).getAttribute('data-job-id');
  const rated = (id, status) => page.locator(`[data-testid=rate-next] li[data-job-id="${id}"][data-rated="${status}"]`);
  await asked.nth(0).locator('button[data-rate=like]').click();
  await rated(liked, 'shortlisted').waitFor();
  await asked.nth(1).locator('button[data-rate=not]').click();
  await rated(disliked, 'hidden').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe: rate these next');

  // The next ranking learns from them and says what moved.
  await rankAndWait(page);
  assert.match(await learning.textContent(), /^Your choices \(1 liked, 1 not\) (raised|lowered) the weight of (keywords|skills|required skills|experience|location|salary|recency) from \d+ % to \d+ %/);
  const rateNext = await page.getByTestId('rate-next').locator('li').evaluateAll((rows) => rows.map((row) => row.dataset.jobId));
  assert.ok(!rateNext.includes(liked) && !rateNext.includes(disliked), `rated matches are not asked about again: ${rateNext}`);
  assert.deepEqual(await axeViolations(page), [], 'axe: what the choices changed');

  // Reset: said for the next ranking (this list was ranked with the choices), which then uses
  // the shipped weights and order (the hidden match stays out of the list) and asks nothing.
  await page.click('#reset-learning');
  await next.filter({ hasText: /^Your next ranking will use the shipped weights/ }).waitFor();
  assert.match(await learning.textContent(), /^Your choices/);
  await rankAndWait(page);
  assert.equal(await page.locator(`#matches li.match[data-job-id="${disliked}"]`).count(), 0, 'the hidden match is out of the list');
  assert.match(await learning.textContent(), /^Ranked with the shipped weights/);
  assert.equal(await next.textContent(), '');
  assert.equal(await page.getByTestId('rate-next').count(), 0, 'no rating changes the shipped weights');
  const reset = await titles(page);
  assert.equal(reset.length, shipped.length - 1);
  assert.deepEqual(reset, shipped.filter((title) => reset.includes(title)), 'the shipped order');

  // And back: the choices are still there to learn from.
  await page.click('#learn-again');
  await next.filter({ hasText: /^Your next ranking will learn from your choices/ }).waitFor();
  await rankAndWait(page);
  assert.match(await learning.textContent(), /^Your choices \(1 liked, 1 not\)/);
  await context.close();
});
