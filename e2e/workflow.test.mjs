// The job seeker's and the recruiter's workflow on the real page, with the real worker and
// IndexedDB: profile and filters (saved, applied, and the postings they leave out listed with
// reasons), match statuses kept across a reload, free-text search, CSV and JSON export, and
// recruiter mode (resume files into a stored candidate pool, ranked for one posting). axe
// finds no violations in each view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { axeViolations, download, fixture, openApp, rankAndWait, today, untilAnswered } from './page.mjs';

const JOBS = fixture('./fixtures/jobs_filters.json');
const RESUMES = fixture('../tests/fixtures/resumes/');

const RESUME = `Sam Rivera
Senior Backend Engineer, 2018 - present, Ferris Cloud
Rust, Kubernetes, PostgreSQL and Kafka services in production.
Skills: Rust, Go, Kubernetes, PostgreSQL, Kafka, Linux`;

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });



/** Imports the jobs file; the report is shown once the stored jobs are listed again. */
async function importJobs(page) {
  const report = await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', JOBS));
  assert.match(await report.textContent(), /^Imported jobs_filters\.json: /);
}

/** Runs `action` and returns the candidate count the page shows in answer to it. */
async function candidates(page, action) {
  return (await untilAnswered(page, 'candidate-count', action)).textContent();
}

/** Ranks the pasted resume and returns the shown matches' titles, best first. */
async function rank(page) {
  await rankAndWait(page);
  return page.locator('#matches li.match .title').allTextContents();
}

async function fill(page, selector, value) {
  await page.fill(selector, value);
  // Fields save when left ("change"), as a person tabbing through the form would.
  await page.press(selector, 'Tab');
}


test('profile, filters, statuses, search, export, and recruiter mode; axe is clean', async () => {
  // axe is injected as a script, which the app's own CSP would (rightly) refuse.
  const context = await browser.newContext({
    bypassCSP: true, acceptDownloads: true, viewport: { width: 360, height: 900 },
  });
  const page = await context.newPage();
  await openApp(page, server.url);
  await importJobs(page);
  await page.fill('#resume', RESUME);

  // With no filters every posting is ranked.
  const unfiltered = await rank(page);
  assert.equal(unfiltered.length, 6, `all six postings ranked: ${unfiltered}`);

  // Profile and filters, saved as each field is left.
  await page.click('#profile summary');
  await fill(page, '#profile-years', '9');
  await fill(page, '#profile-salary', '$150k');
  await fill(page, '#filter-companies', 'blocked corp');
  await fill(page, '#filter-platforms', 'LinkedIn, Indeed');
  await fill(page, '#filter-salary', '$120k');
  // The answer to the last edit marks the profile saved.
  await untilAnswered(page, 'profile-saved', () => page.check('#filter-remote-only'));
  assert.match(await page.getByTestId('profile-saved').textContent(), /^Saved/);
  assert.deepEqual(await axeViolations(page), [], 'axe: profile form open');

  const filtered = await rank(page);
  assert.deepEqual(filtered.sort(), ['Data Engineer (Rust, Kafka)', 'Rust Platform Engineer']);
  const leftOut = page.getByTestId('left-out');
  assert.match(await leftOut.locator('summary').textContent(), /4 postings left out by your filters/);
  await leftOut.locator('summary').click();
  const reasons = (await leftOut.locator('li').allTextContents()).join('\n');
  for (const expected of [
    /Backend Engineer \(Go\).*pays at most 110k a year, below your floor of 120k/,
    /Site Reliability Engineer.*Blocked Corp is blocked/,
    /Senior Rust Developer.*it is on-site, not remote/,
    /Staff Rust Engineer.*hacker news is not one of the platforms you chose/i,
  ]) {
    assert.match(reasons, expected);
  }

  // Statuses: shortlist one, hide the other; hidden matches leave the list until asked for.
  const card = (title) => page.locator('#matches li.match', { has: page.locator('.title', { hasText: title }) });
  await card('Rust Platform Engineer').locator('button[data-status=shortlisted]').click();
  await card('Rust Platform Engineer').locator('.badge.status', { hasText: 'shortlisted' }).waitFor();
  assert.equal(await card('Rust Platform Engineer').locator('button[data-status=shortlisted]').getAttribute('aria-pressed'), 'true');
  await card('Data Engineer').locator('button[data-status=hidden]').click();
  await card('Data Engineer').waitFor({ state: 'detached' });
  assert.match(await page.getByTestId('match-count').textContent(), /Showing 1 of 2 matches/);
  await page.check('#show-hidden');
  await card('Data Engineer').locator('.badge.status', { hasText: 'hidden' }).waitFor();
  await page.uncheck('#show-hidden');

  // A status change answered while a field is being typed into (the profile the answer brings
  // is the one shown) leaves the typing alone. The click is dispatched so the field keeps focus.
  await page.fill('#filter-companies', 'blocked corp, Acme');
  await card('Rust Platform Engineer').locator('button[data-status=applied]').dispatchEvent('click');
  await card('Rust Platform Engineer').locator('.badge.status', { hasText: 'applied' }).waitFor();
  assert.equal(await page.inputValue('#filter-companies'), 'blocked corp, Acme');
  await fill(page, '#filter-companies', 'blocked corp');
  await card('Rust Platform Engineer').locator('button[data-status=shortlisted]').click();
  await card('Rust Platform Engineer').locator('.badge.status', { hasText: 'shortlisted' }).waitFor();

  // Free-text search over the shown matches.
  await page.check('#show-hidden');
  await page.fill('#match-search', 'kafka stream');
  assert.deepEqual(await page.locator('#matches li.match .title').allTextContents(), ['Data Engineer (Rust, Kafka)']);
  await page.fill('#match-search', 'no such words');
  assert.equal(await page.locator('#matches li.match').count(), 0);
  await page.fill('#match-search', '');
  assert.deepEqual(await axeViolations(page), [], 'axe: matches with statuses');

  // Export: files built in the page, with the statuses.
  const csv = await download(page, '#export-csv');
  assert.equal(csv.name, 'candor-matches.csv');
  const rows = csv.text.trim().split('\r\n');
  assert.equal(rows[0], 'rank,grade,score,status,status_history,title,company,location,matched_skills,missing_skills,blockers,job_id,url');
  assert.equal(rows.length, 3, csv.text);
  assert.ok(rows.some((row) => row.includes(`,shortlisted,shortlisted ${today()}; applied ${today()}; shortlisted ${today()},Rust Platform Engineer,"Ferris Systems, Inc.",`)), csv.text);
  assert.ok(rows.some((row) => row.includes(`,hidden,hidden ${today()},"Data Engineer (Rust, Kafka)",Stream Co,`)), csv.text);
  const json = JSON.parse((await download(page, '#export-json')).text);
  assert.deepEqual(json.map((row) => row.rank), [1, 2]);
  assert.equal(json.find((row) => row.title === 'Rust Platform Engineer').status, 'shortlisted');
  assert.ok(json[0].combined.contributions.length > 0, 'the export carries the score breakdown');

  // A reload keeps the profile, the filters and the statuses (IndexedDB), not the list.
  await openApp(page, server.url);
  await page.click('#profile summary');
  assert.equal(await page.inputValue('#profile-years'), '9');
  assert.equal(await page.inputValue('#filter-companies'), 'blocked corp');
  assert.ok(await page.isChecked('#filter-remote-only'));
  await page.fill('#resume', RESUME);
  assert.deepEqual(await rank(page), ['Rust Platform Engineer'], 'the hidden match stays hidden');
  await card('Rust Platform Engineer').locator('.badge.status', { hasText: 'shortlisted' }).waitFor();
  // Pressing the status again takes it back, one change at a time (shortlisted, applied,
  // shortlisted), until none is left.
  const rust = card('Rust Platform Engineer');
  for (const [press, after] of [['shortlisted', 'applied'], ['applied', 'shortlisted']]) {
    await rust.locator(`button[data-status=${press}]`).click();
    await rust.locator('.badge.status', { hasText: after }).waitFor();
  }
  await rust.locator('button[data-status=shortlisted]').click();
  await rust.locator('.badge.status').waitFor({ state: 'detached' });
  assert.equal(await rust.getByTestId('history').textContent(), '');

  // Deleting the jobs forgets their statuses too: imported again, the hidden one is back.
  await card('Rust Platform Engineer').locator('button[data-status=applied]').click();
  await card('Rust Platform Engineer').locator('.badge.status', { hasText: 'applied' }).waitFor();
  await untilAnswered(page, 'stored-jobs', () => page.click('#delete-jobs'));
  assert.match(await page.getByTestId('stored-jobs').textContent(), /^No jobs stored yet/);
  await importJobs(page);
  assert.match(await page.getByTestId('stored-jobs').textContent(), /^6 jobs stored/);
  assert.deepEqual((await rank(page)).sort(), ['Data Engineer (Rust, Kafka)', 'Rust Platform Engineer']);
  assert.equal(await page.locator('#matches .badge.status').count(), 0, 'no status survives the deletion');

  // Recruiter mode: resumes into the pool, ranked for the Rust posting.
  assert.match(await candidates(page, () => page.click('#mode-recruiter')), /^No candidates/);
  assert.equal(await page.getAttribute('#mode-recruiter', 'aria-pressed'), 'true');
  assert.match(await candidates(page, () => page.setInputFiles('#candidate-files', [
    `${RESUMES}jose_nunez.pdf`, `${RESUMES}zoe_two_column.docx`, `${RESUMES}jose_nunez.resume.json`,
  ])), /^3 candidates stored/);
  const names = await page.locator('#stored-candidates li .title').allTextContents();
  assert.ok(names.includes('José Núñez'), `names: ${names}`);
  assert.ok(names.some((name) => name.startsWith('Zoë Brontë')), `names: ${names}`);
  // The same resume again replaces it instead of adding a fourth.
  assert.match(await candidates(page, () => page.setInputFiles('#candidate-files', `${RESUMES}jose_nunez.pdf`)),
    /^3 candidates stored/);

  const options = await page.locator('#recruit-job option').allTextContents();
  const rustJob = options.findIndex((option) => option.startsWith('Rust Platform Engineer'));
  assert.ok(rustJob >= 0, `the stored jobs are offered: ${options}`);
  await page.selectOption('#recruit-job', String(rustJob));
  await untilAnswered(page, 'candidates-ranked-by', () => page.click('#rank-candidates'));
  const ranked = page.locator('#ranked-candidates li.match');
  assert.equal(await ranked.count(), 3);
  assert.match(await page.locator('#ranked-candidates-heading').textContent(), /Rust Platform Engineer/);
  const best = await ranked.first().locator('.title').textContent();
  assert.equal(best, 'José Núñez', 'the Rust/Kafka backend engineer ranks first for a Rust platform job');
  assert.ok(await ranked.first().locator('.chip.matched', { hasText: 'Rust' }).count() > 0);
  assert.deepEqual(await axeViolations(page), [], 'axe: recruiter view');

  // The pool survives a reload; removing one removes only that one.
  await openApp(page, server.url);
  assert.match(await candidates(page, () => page.click('#mode-recruiter')), /^3 candidates stored/);
  assert.match(await candidates(page, () => page.getByRole('button', { name: 'Remove José Núñez' }).first().click()),
    /^2 candidates stored/);
  assert.match(await candidates(page, () => page.click('#delete-candidates')), /^No candidates/);
  await context.close();
});
