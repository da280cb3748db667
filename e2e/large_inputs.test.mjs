// Inputs at and past the limits, through the real page: the most postings one import takes
// (10,000) import and rank, one more is refused in words and nothing stored changes; a 10 MB
// resume is read and ranked, a file past the 10 MiB limit is refused in words and the resume box
// keeps its text. How responsive the page stays meanwhile is measured by the page benchmark
// (e2e/bench/page.mjs, `longest_timer_gap_ms`), not timed here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { fixture, openApp, openResume, rankAndWait, untilAnswered, writePostings } from './page.mjs';

/** candor_import::jobs::MAX_JOB_ROWS and candor_import::resume::MAX_RESUME_BYTES. */
const MAX_JOB_ROWS = 10_000;
const MAX_RESUME_BYTES = 10 * 1024 * 1024;
const TIMEOUT = 300_000;

let browser;
let server;
let dir;
before(async () => { browser = await launch(); server = await serve(); dir = await mkdtemp(join(tmpdir(), 'candor-limits-')); });
after(async () => { await browser?.close(); await server?.close(); await rm(dir, { recursive: true, force: true }); });

/** Runs `action` and returns the alert it raised. */
async function alertOf(page, action) {
  return (await untilAnswered(page, 'error', action, { timeout: TIMEOUT })).textContent();
}

test('10,000 postings import and rank; 10,001 are refused in words and nothing stored changes', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await openApp(page, server.url);
    // Descriptions cut to 1,500 characters, so 10,000 postings fit the 20 MiB file limit.
    const { path, resume } = await writePostings(join(dir, 'most.json'), MAX_JOB_ROWS, { descriptionChars: 1500 });
    const report = await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', path), { timeout: TIMEOUT });
    assert.match(await report.textContent(), /^Imported most\.json: /);
    assert.match(await page.getByTestId('stored-jobs').textContent(), /^10000 jobs stored/);

    await page.fill('#resume', resume);
    assert.match(await rankAndWait(page, TIMEOUT), /^Ranked by /);
    assert.equal(await page.getByTestId('match-count').textContent(), 'Showing the best 50 of 10000 matches.');

    const { path: tooMany } = await writePostings(join(dir, 'too_many.json'), MAX_JOB_ROWS + 1, { descriptionChars: 100 });
    assert.match(await alertOf(page, () => page.setInputFiles('#import-jobs', tooMany)),
      /^This file has 10001 postings; at most 10000 are imported at once\. Split it into smaller files\./);
    assert.match(await page.getByTestId('stored-jobs').textContent(), /^10000 jobs stored/);
  } finally {
    await context.close();
  }
});

test('a 10 MB resume is read and ranked; a larger file is refused in words and the box keeps its text', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await openApp(page, server.url);
    const one = await readFile(fixture('../tests/eval/long/resumes/r-sw-3.txt'), 'utf8');
    const big = `${one}\n`.repeat(Math.ceil(10_000_000 / one.length)).slice(0, 10_000_000);
    const bigPath = join(dir, 'big.txt');
    await writeFile(bigPath, big);
    assert.match(await openResume(page, bigPath), /^Detected in big\.txt: 12 years · Senior Software Engineer/);
    assert.equal((await page.inputValue('#resume')).length, big.length);
    assert.match(await rankAndWait(page, TIMEOUT), /^Ranked by /);

    const hugePath = join(dir, 'huge.txt');
    await writeFile(hugePath, 'x'.repeat(MAX_RESUME_BYTES + 1));
    assert.match(await alertOf(page, () => page.setInputFiles('#resume-file', hugePath)),
      /^This file is 10\.0 MB; .*10\.0 MB/);
    assert.equal((await page.inputValue('#resume')).length, big.length, 'the resume box keeps its text');
  } finally {
    await context.close();
  }
});
